import { http, type HttpHandler } from 'msw';

/**
 * The mock's routes behind one MSW handler. MSW tries its handlers one by one, and each one it
 * tries parses the request first (its URL against the handler's path, and every cookie of the
 * document): for a search, that was about 8 ms of the page's main thread (decision 019). Here
 * a request tries only the routes whose method and path can match it, in their order, so the
 * first route that answers is the one MSW would have chosen.
 *
 * The table only narrows the choice: each candidate still runs through MSW (`run`), which checks
 * the match itself and gives the resolver its parameters, cookies and cleanup as before.
 */
export function dispatchInOrder(handlers: HttpHandler[], basePath: string): HttpHandler[] {
  const prefix = `${pathnameOf(basePath)}/`;
  const outside: HttpHandler[] = [];
  const table: { handler: HttpHandler; method: string; pattern: RegExp }[] = [];
  for (const handler of handlers) {
    const pathname = pathnameOf(String(handler.info.path));
    if (!pathname.startsWith(prefix)) outside.push(handler);
    else
      table.push({
        handler,
        method: String(handler.info.method).toUpperCase(),
        pattern: pathPattern(pathname),
      });
  }
  if (table.length === 0) return handlers;
  const front = http.all(`${basePath}/*`, async ({ request, requestId }) => {
    const { pathname, origin } = new URL(request.url);
    const method = request.method.toUpperCase();
    for (const { handler, method: routeMethod, pattern } of table) {
      if (routeMethod !== method && routeMethod !== 'ALL') continue;
      if (!pattern.test(pathname)) continue;
      // A relative route path is resolved against the request's own origin: this handler only
      // saw the request because MSW resolved its own relative path to that origin.
      const result = await handler.run({
        request,
        requestId,
        resolutionContext: { baseUrl: origin },
      });
      if (result?.response) return result.response;
    }
    // Nothing here answers it: MSW goes on as it would have (unhandled: passed through).
    return undefined;
  });
  return [...outside, front];
}

/** The path part of a handler's path, whether it names an origin or not. */
function pathnameOf(path: string): string {
  return new URL(path, 'http://mock.invalid').pathname.replace(/\/$/, '');
}

/**
 * A pattern as loose as MSW's own matching (path-to-regexp): case-insensitive, a `:param` is one
 * segment, an optional trailing slash. Looser would only cost time; stricter would lose routes.
 */
export function pathPattern(pathname: string): RegExp {
  const source = pathname
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`, 'i');
}
