import { describe, expect, it } from 'vitest';
import {
  baseSecurityHeaders,
  createNonce,
  NON_PAGE_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
} from '@/lib/http/security-headers';

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('pageContentSecurityPolicy', () => {
  const nonce = 'abc123XYZ+/=';
  const production = directives(pageContentSecurityPolicy({ nonce, development: false }));

  it('lets scripts run only with the nonce or from a nonced script, never inline or eval in production', () => {
    expect(production.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(production.get('script-src')).not.toContain("'unsafe-inline'");
    expect(production.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('allows eval only under next dev', () => {
    const dev = directives(pageContentSecurityPolicy({ nonce, development: true }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('needs the nonce for style elements but allows style attributes', () => {
    expect(production.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(production.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('lets next dev inject its stylesheets as style elements without a nonce (a nonce would cancel unsafe-inline)', () => {
    const dev = directives(pageContentSecurityPolicy({ nonce, development: true }));
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it.each([
    ['default-src', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
  ])('sets %s to %j', (name, sources) => {
    expect(production.get(name)).toEqual(sources);
  });

  it('names no other site anywhere (no third-party scripts, DESIGN.md §7)', () => {
    expect(pageContentSecurityPolicy({ nonce, development: false })).not.toMatch(/https?:|\*/);
  });
});

describe('NON_PAGE_CONTENT_SECURITY_POLICY', () => {
  it('allows nothing to load or run, and nothing to frame the response', () => {
    const policy = directives(NON_PAGE_CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('baseSecurityHeaders', () => {
  it('sends the fixed headers in every mode', () => {
    for (const production of [true, false]) {
      const headers = baseSecurityHeaders({ production });
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['X-Frame-Options']).toBe('DENY');
      expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
      expect(headers['Permissions-Policy']).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()');
    }
  });

  it('sends HSTS (two years, subdomains) only in production', () => {
    expect(baseSecurityHeaders({ production: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(baseSecurityHeaders({ production: false })).not.toHaveProperty('Strict-Transport-Security');
  });
});

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    }
  });
});
