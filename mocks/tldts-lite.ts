/**
 * What MSW's cookie store (tough-cookie) asks of `tldts`, the Public Suffix List: the registrable
 * domain of a host. The mock serves one origin, a loopback name or address, so the list's 250 KB
 * (a quarter of the mock's chunks, parsed on the page's main thread at start) buys nothing: a
 * host's last two labels stand in for it, and an IP address or a single label has none, as with
 * the list. Only the browser's builds use it (vite.config.ts); Node keeps the real one.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (/^\d+(\.\d+){3}$/.test(host) || host.includes(':')) return null;
  const labels = host.split('.');
  return labels.length >= 2 ? labels.slice(-2).join('.') : null;
}
