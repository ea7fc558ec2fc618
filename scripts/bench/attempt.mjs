/**
 * Runs one part of the bench: { value } on success, { error } (its first line) on failure, so a
 * part that fails shows up in its figures instead of ending the run.
 */
export async function attempt(name, run, log) {
  try {
    return { value: await run() };
  } catch (error) {
    log(`${name} failed: ${error?.stack ?? error}`);
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

/** The value of a part that was attempted, or throws its error (for parts built on it). */
export function valueOf(part) {
  if (part.error) throw new Error(part.error);
  return part.value;
}
