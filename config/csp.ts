import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** What the build writes where each response's nonce goes (Vite's `html.cspNonce`). */
export const NONCE_PLACEHOLDER = '__ACAC_CSP_NONCE__';

/**
 * A3 hardening: scripts and styles only from this origin, and style elements only with this
 * response's nonce (Fluent's style engine, Griffel, is given it). No inline script, no eval, no
 * other origin; the page can't be framed.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response of the preview carries. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * An HTML page of the app as it is served: the build's index.html with this response's own
 * nonce, and the headers that go with it. Both hosts of the production build use it: the preview
 * and `npm start`.
 */
export function pageResponse(html: string): { headers: Record<string, string>; body: string } {
  const nonce = randomBytes(18).toString('base64');
  return {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(nonce),
      // The nonce is for this response only: it must not be served again from a cache.
      'Cache-Control': 'no-store',
      ...SECURITY_HEADERS,
    },
    body: html.replaceAll(NONCE_PLACEHOLDER, nonce),
  };
}

/** Whether a path is a page of the app (index.html) rather than one of the build's files. */
export function isPagePath(pathname: string): boolean {
  return !path.extname(pathname) || pathname === '/index.html';
}

/**
 * The production preview serves every page with a Content-Security-Policy and a fresh nonce:
 * the build marks where the nonce goes, and each HTML response gets its own.
 */
export function contentSecurityPolicyPreview(): Plugin {
  let outDir = 'dist';
  return {
    name: 'acac:content-security-policy',
    config: (_, { command }) =>
      command === 'build' ? { html: { cspNonce: NONCE_PLACEHOLDER } } : undefined,
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const { pathname } = new URL(req.url ?? '/', 'http://preview');
        // Files are served as they are; every other path is a route of the app: index.html.
        if (!isPagePath(pathname)) return next();
        readFile(path.join(outDir, 'index.html'), 'utf8').then((html) => {
          const page = pageResponse(html);
          res.statusCode = 200;
          for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
          res.end(req.method === 'HEAD' ? undefined : page.body);
        }, next);
      });
    },
  };
}
