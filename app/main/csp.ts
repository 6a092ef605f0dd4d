// No electron import: the renderer's <meta> CSP and the main process's header CSP share this module.

export interface CspOptions {
  /**
   * Served by the Vite dev server: React Refresh injects one inline module script (its preamble),
   * so script-src must allow inline scripts. Never set for a build.
   */
  dev?: boolean;
  /** For a <meta> element, where browsers ignore frame-ancestors and log a warning about it. */
  meta?: boolean;
}

export function contentSecurityPolicy({ dev = false, meta = false }: CspOptions = {}): string {
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
    "form-action 'none'",
  ].join('; ');
}

/** The strict policy, as sent in the response header for the packaged app. */
export const CONTENT_SECURITY_POLICY: string = contentSecurityPolicy();
