// Security headers as a real browser receives them from the production build (DESIGN.md §7): every
// page, API route and static file; a fresh CSP nonce per page that its scripts carry; no CSP
// violation while the pages run; framing and cross-site writes refused by the browser and the server.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { APIResponse, Page, Response } from '@playwright/test';
import { NON_PAGE_CONTENT_SECURITY_POLICY } from '@/lib/http/security-headers';
import { createListWithApi, ignoreExpectedHttpErrors, INTERNAL_MEDICINE_PLAN, newAccount, signInWithApi } from './account-fixtures';
import { expect, test } from './fixtures';

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  // `next start` is production: HSTS is sent (and ignored by browsers over plain http).
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

function expectBaseHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(BASE_HEADERS)) expect(headers[name], `${name} on ${what}`).toBe(value);
  expect(headers['permissions-policy'], `permissions-policy on ${what}`).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

/** The page's CSP nonce, after checking the policy around it. */
function pageNonce(headers: Record<string, string>, what: string): string {
  const policy = directives(headers['content-security-policy'] ?? '');
  const scripts = policy.get('script-src') ?? [];
  expect(scripts, `script-src on ${what}`).not.toContain("'unsafe-inline'");
  expect(scripts, `script-src on ${what}`).not.toContain("'unsafe-eval'");
  expect(scripts).toContain("'strict-dynamic'");
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  const nonce = scripts.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, `a nonce in script-src on ${what}`).toBeTruthy();
  expect(policy.get('style-src')).toContain(`'nonce-${nonce}'`);
  return nonce!;
}

/** Every <script> (and <style>) in the page's HTML carries the response's nonce. */
function expectNoncedTags(html: string, nonce: string, what: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `scripts on ${what}`).toBeGreaterThan(0);
  for (const tag of [...scripts, ...(html.match(/<style\b[^>]*>/g) ?? [])]) expect(tag, what).toContain(`nonce="${nonce}"`);
}

async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['listener missing']);
}

/** Sign-up through the API (the e2e server allows many sign-ups from 127.0.0.1: SIGN_UP_RATE_LIMIT in playwright.config.ts). */
async function registerFromOwnAddress(request: Page['request'], account: { email: string; password: string }) {
  const response = await request.post('/api/register', { data: account });
  expect(response.status(), await response.text()).toBe(201);
}

async function programIds(request: Page['request'], count: number): Promise<string[]> {
  const response = await request.get(`/api/programs?limit=${count}`);
  return ((await response.json()) as { programs: { id: string }[] }).programs.map((program) => program.id);
}

test.describe('security headers', () => {
  test('every page: the headers, a fresh nonce on all its scripts, scripts that run, and no CSP violation', async ({ page, consoleErrors }) => {
    test.slow();
    await watchCspViolations(page);
    const account = newAccount('headers');
    await registerFromOwnAddress(page.request, account);
    await signInWithApi(page.request, account);
    // The session cookie the real sign-in set: HttpOnly and SameSite=Lax (not Secure: this is http).
    const session = (await page.context().cookies()).find((cookie) => cookie.name === 'next-auth.session-token');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    const list = await createListWithApi(page.request, 'Headers list', 2);
    const [first, second] = await programIds(page.request, 2);

    const paths = [
      '/',
      '/',
      '/plan',
      '/results',
      '/how-we-estimate',
      '/programs',
      `/programs/${first}`,
      `/programs/compare?ids=${first},${second}`,
      '/signin',
      '/signup',
      '/lists',
      `/lists/${list.id}`,
      '/no-such-page',
    ];
    const nonces = new Set<string>();
    for (const path of paths) {
      const response = (await page.goto(path)) as Response;
      expect(response.status(), path).toBe(path === '/no-such-page' ? 404 : 200);
      const headers = response.headers();
      expectBaseHeaders(headers, path);
      const nonce = pageNonce(headers, path);
      nonces.add(nonce);
      expectNoncedTags(await response.text(), nonce, path);
      // The browser hides nonce attributes from the DOM but keeps the property.
      const inDom = await page.locator('script[src^="/_next/"]').evaluateAll((tags) => tags.map((tag) => (tag as HTMLScriptElement).nonce));
      expect(new Set(inDom), path).toEqual(new Set([nonce]));
      await page.waitForLoadState('networkidle');
      expect(await cspViolations(page), path).toEqual([]);
    }
    expect(nonces.size, 'one nonce per response').toBe(paths.length);

    // The scripts really ran under the policy: the form unlocks only once React has hydrated it.
    await page.goto('/plan');
    await expect(page.getByLabel('Graduation year')).toBeEnabled();
    expect(await cspViolations(page)).toEqual([]);
    ignoreExpectedHttpErrors(consoleErrors, 404);
  });

  test('API routes and static files: the headers and a policy that lets nothing load or run', async ({ page, request }) => {
    const [first] = await programIds(request, 1);
    const html = await (await request.get('/')).text();
    const bundle = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(bundle && stylesheet).toBeTruthy();

    const responses: Array<[string, APIResponse, number]> = [
      ['GET /api/specialties', await request.get('/api/specialties'), 200],
      ['GET /api/programs', await request.get('/api/programs?limit=1'), 200],
      [`GET /api/programs/${first}`, await request.get(`/api/programs/${first}`), 200],
      ['GET /api/lists (signed out)', await request.get('/api/lists'), 401],
      ['GET /api/auth/csrf', await request.get('/api/auth/csrf'), 200],
      ['GET /api/auth/session', await request.get('/api/auth/session'), 200],
      ['POST /api/recommendations', await request.post('/api/recommendations', { data: { ...INTERNAL_MEDICINE_PLAN, limit: 1 } }), 200],
      ['POST /api/recommendations (bad body)', await request.post('/api/recommendations', { data: { profile: {} } }), 400],
      ['GET /api/nothing-here', await request.get('/api/nothing-here'), 404],
      ['GET /favicon.ico', await request.get('/favicon.ico'), 200],
      ['GET /icon.svg', await request.get('/icon.svg'), 200],
      [`GET ${bundle}`, await request.get(bundle!), 200],
      [`GET ${stylesheet}`, await request.get(stylesheet!), 200],
    ];
    for (const [what, response, status] of responses) {
      expect(response.status(), what).toBe(status);
      const headers = response.headers();
      expectBaseHeaders(headers, what);
      expect(headers['content-security-policy'], what).toBe(NON_PAGE_CONTENT_SECURITY_POLICY);
    }
    await page.close();
  });
});

test.describe('what another site can do in a real browser', () => {
  // Another site on this machine: http://localhost:<E2E_PORT + 1> is cross-site to our 127.0.0.1 (a
  // different host), and, being loopback too, the browser lets it reach us (Local Network Access).
  let evil: Server;
  let evilOrigin: string;
  test.beforeAll(async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port) + 1;
    evilOrigin = `http://localhost:${port}`;
    evil = createServer((request, response) => {
      const url = new URL(request.url ?? '/', evilOrigin);
      const page = (body: string) => response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>another site</title>${body}`);
      if (url.pathname === '/frame') return page(`<iframe src="${url.searchParams.get('src')}"></iframe>`);
      if (url.pathname === '/framable') return page('<h1>A page that lets anyone frame it</h1>');
      return page('<p>Nothing to see.</p>');
    });
    await new Promise<void>((resolve) => evil.listen(port, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => evil.close(resolve));
  });

  async function framedHeading(page: Page, src: string): Promise<{ url: string; headings: number }> {
    await page.goto(`${evilOrigin}/frame?src=${encodeURIComponent(src)}`);
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames()[1]!;
    await expect.poll(() => frame.url()).not.toBe('about:blank');
    await frame.waitForLoadState();
    return { url: frame.url(), headings: await frame.locator('h1').count() };
  }

  test('cannot frame our pages (frame-ancestors, X-Frame-Options), though it can frame a page that allows it', async ({ page, baseURL, consoleErrors }) => {
    const port = new URL(evilOrigin).port;
    expect(await framedHeading(page, `http://127.0.0.1:${port}/framable`)).toEqual({ url: `http://127.0.0.1:${port}/framable`, headings: 1 });
    const ours = await framedHeading(page, `${baseURL}/plan`);
    expect(ours.url).toBe('chrome-error://chromewebdata/');
    // Chromium says why it refused; that is the one expected error here.
    const refused = consoleErrors.filter((message) => message.includes("frame-ancestors 'none'"));
    expect(refused).toHaveLength(1);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((message) => !refused.includes(message)));
  });

  test('cannot sign anyone up or save a list from its page: the server refuses (403)', async ({ page, baseURL, consoleErrors }) => {
    await page.goto(`${evilOrigin}/attack`);
    const email = newAccount('csrf-e2e').email;
    const answers = ['/api/register', '/api/lists'].map((path) => page.waitForResponse((response) => response.url() === `${baseURL}${path}`));
    await page.evaluate(
      async ({ target, email }) => {
        const send = (path: string, body: unknown) =>
          fetch(`${target}${path}`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) });
        await send('/api/register', { email, password: 'violet lantern orbit 42' });
        await send('/api/lists', { name: 'planted', input: {}, items: [] });
      },
      { target: baseURL!, email },
    );
    // 403 is the origin check alone: past it, sign-up would answer 415 (text/plain) and the list 401
    // (SameSite=Lax keeps the cookie off a cross-site POST). The body itself is opaque (no-cors);
    // that nothing was written is checked against the database in tests/integration/csrf.test.ts.
    for (const answer of await Promise.all(answers)) expect(answer.status(), answer.url()).toBe(403);
    ignoreExpectedHttpErrors(consoleErrors, 403);
  });
});

test('the running server answers 413 to a chunked body over 64 KB without a length', async ({ baseURL }) => {
  const url = new URL('/api/recommendations', baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    request.write(`{"profile": {}, "padding": "`);
    for (let i = 0; i < 10; i++) request.write('x'.repeat(8 * 1024));
    request.end('"}');
  });
  expect(status).toBe(413);
});

test('the server keys limits on the socket address: rotating X-Forwarded-For or a forged peer header dodges nothing (issue 14, V3)', async ({ request }) => {
  const account = newAccount('rotate');
  await registerFromOwnAddress(request, account);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await request.post('/api/auth/callback/credentials', {
      form: { email: account.email, password: `wrong ${i}`, csrfToken, json: 'true' },
      // A new "address" every time, and a forged copy of the header our server sets from the socket.
      headers: { 'x-forwarded-for': `192.0.2.${i + 1}, 10.0.0.${i + 1}`, 'x-smartpick-peer-address': `198.51.100.${i + 1}` },
    });
    statuses.push(response.status());
  }
  // Five failures per account and client: the sixth is refused however the headers change.
  expect(statuses.slice(0, 5).every((status) => status !== 429)).toBe(true);
  expect(statuses[5]).toBe(429);
});

test.describe('requests any client can send answer 4xx with the security headers, never 500 (issue 14, W6)', () => {
  for (const path of ['/api/lists/%ff', '/api/programs/%']) {
    test(`API path ${path}: 400 in the JSON error shape`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    });
  }

  for (const path of ['/programs/%ff%fe', '/lists/%']) {
    test(`page ${path}: the site's 404 page`, async ({ page, consoleErrors }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(response?.headers()['content-security-policy']).toContain('nonce-');
      expect(response?.headers()['x-frame-options']).toBe('DENY');
      ignoreExpectedHttpErrors(consoleErrors, 404);
    });
  }

  test('GET on the credentials callback and a planted callback-url cookie', async ({ request }) => {
    const get = await request.get('/api/auth/callback/credentials');
    expect(get.status()).toBe(405);
    expect(get.headers()['x-content-type-options']).toBe('nosniff');
    const planted = await request.get('/api/auth/session', { headers: { cookie: 'next-auth.callback-url=x' } });
    expect(planted.status()).toBe(200);
  });
});

test('a forged X-Forwarded-Host moves neither the Origin check nor Auth.js’s links off the site (issue 14, part 7)', async ({ request, baseURL }) => {
  const forged = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
  // A cross-site write that names the forged host as the site's: still cross-site.
  const crossSite = await request.post('/api/register', { data: {}, headers: { ...forged, origin: 'https://evil.example' } });
  expect(crossSite.status()).toBe(403);
  expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('cross_site_request');
  // Our own page's write, with the forged header added on the way: still ours (a 400 for the empty body, not a 403).
  const own = await request.post('/api/register', { data: {}, headers: { ...forged, origin: baseURL! } });
  expect(own.status()).toBe(400);
  // Auth.js builds its links from the site's origin, never the forged host.
  const { csrfToken } = (await (await request.get('/api/auth/csrf', { headers: forged })).json()) as { csrfToken: string };
  const signOut = await request.post('/api/auth/signout', { form: { csrfToken, json: 'true' }, headers: { ...forged, origin: baseURL! } });
  expect(signOut.status()).toBe(200);
  const { url } = (await signOut.json()) as { url: string };
  expect(new URL(url).origin).toBe(baseURL);
  const providers = (await (await request.get('/api/auth/providers', { headers: forged })).json()) as Record<string, { signinUrl: string }>;
  expect(new URL(providers.credentials!.signinUrl).origin).toBe(baseURL);
});

/** A POST from another loopback address (127.0.0.2): to the server, a client of its own. */
function postFrom(localAddress: string, url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', localAddress, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(body);
  });
}

test('a 40-attempt parallel burst against one account checks at most 5 passwords (issue 14, V2)', async ({ request, baseURL }) => {
  const account = newAccount('burst');
  await registerFromOwnAddress(request, account);
  const csrf = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value.split(';')[0])
    .join('; ');
  const url = new URL('/api/auth/callback/credentials', baseURL);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: baseURL! };
  // The 30th carries the right password, as in the probe that let it through.
  const statuses = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      postFrom('127.0.0.2', url, headers, new URLSearchParams({ email: account.email, password: i === 29 ? account.password : `wrong ${i}`, csrfToken, json: 'true' }).toString()),
    ),
  );
  const checked = statuses.filter((status) => status !== 429);
  expect(checked.length, statuses.join(' ')).toBeLessThanOrEqual(5);
  // Some did reach the password check (401), so the 429s are the limits, not something refusing all.
  expect(statuses, statuses.join(' ')).toContain(401);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
});
