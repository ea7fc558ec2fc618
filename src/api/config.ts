import { API_BASE_PATH } from './contract/route';

/** Where the API lives. The mock server answers on the same base path. */
export const API_BASE = (import.meta.env.VITE_API_BASE_URL ?? API_BASE_PATH).replace(/\/$/, '');

/**
 * Mock mode is on unless a build is explicitly pointed at a real API. To load mock-only code,
 * write `__MOCK_MODE__` itself beside the `import()`: the build then drops the branch and its
 * chunk (a constant read through this export is folded too late for that).
 */
export const MOCK_MODE = __MOCK_MODE__;
