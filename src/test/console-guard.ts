import { afterEach, beforeEach, vi } from 'vitest';

/**
 * console.error during a test is a failure unless the test expects it (vi.spyOn +
 * mockImplementation). `cleanUp` runs first, after each test.
 */
export function failOnConsoleError(cleanUp: () => void = () => {}): void {
  let consoleErrors: unknown[][] = [];
  beforeEach(() => {
    consoleErrors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args);
    });
  });
  afterEach(() => {
    cleanUp();
    const errors = consoleErrors;
    vi.restoreAllMocks();
    if (errors.length > 0) {
      throw new Error(
        `console.error was called:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`,
      );
    }
  });
}
