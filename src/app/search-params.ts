/**
 * Search params as plain `key=value` pairs, a repeated key for a list (`filter=a&filter=b`), so
 * that a filtered users URL stays readable and can be shared. Route schemas coerce the strings.
 */
export function parseSearch(searchStr: string): Record<string, string | string[]> {
  const params = new URLSearchParams(searchStr);
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  // A colon needs no escaping in a query string, and `filter=pinLocked:eq:true` reads better.
  const text = params.toString().replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}
