export function findChromium(purpose: string): { path: string; bundled: boolean };
export const CHROMIUM_ARGS: string[];
