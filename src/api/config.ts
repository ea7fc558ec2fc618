/** Where the API lives. The mock server answers on the same base path. */
export const API_BASE = (import.meta.env.VITE_API_BASE_URL ?? '/api').replace(/\/$/, '');

/** Mock mode is on unless a build is explicitly pointed at a real API. */
export const MOCK_MODE = import.meta.env.VITE_API_MOCKING !== 'false';
