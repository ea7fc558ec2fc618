/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_API_MOCKING?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** Whether this build has the mock (set at build time from VITE_API_MOCKING; see config/mock-boundary.ts). */
declare const __MOCK_MODE__: boolean;
