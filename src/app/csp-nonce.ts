/**
 * The Content-Security-Policy nonce the server gave this page (the production preview puts it
 * in `<meta property="csp-nonce">`), for the style elements Fluent's style engine adds.
 * Undefined in development and tests, where no policy applies.
 */
export function cspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  // Browsers hide the attribute once parsed; the property keeps it.
  return meta?.nonce || meta?.getAttribute('nonce') || undefined;
}
