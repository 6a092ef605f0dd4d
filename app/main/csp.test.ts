import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './csp';

describe('content security policy', () => {
  it('is the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('drops only frame-ancestors for a meta element', () => {
    const meta = contentSecurityPolicy({ meta: true });
    expect(meta).not.toContain('frame-ancestors');
    expect(meta.split('; ')).toHaveLength(CONTENT_SECURITY_POLICY.split('; ').length - 1);
  });

  it('allows inline scripts only in the dev variant', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(contentSecurityPolicy({ dev: true })).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('matches the <meta> CSP in renderer/index.html', async () => {
    const html = await readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/s.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy({ meta: true }));
  });
});
