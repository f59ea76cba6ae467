// CSRF defence for our own state-changing routes (DESIGN.md §7): Next.js and Auth.js protect
// neither. A write must come from our own site: Sec-Fetch-Site same-origin, or an Origin equal to
// the site's own (site-origin.ts); `Origin: null` and cross-site requests are refused.
import { AppError } from './errors';
import { siteOrigin } from './site-origin';

export class CrossSiteRequestError extends AppError {
  constructor() {
    super(403, 'cross_site_request', 'This request did not come from SmartPick’s own pages, so it was refused.');
  }
}

export function assertSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new CrossSiteRequestError();
  const origin = request.headers.get('origin');
  // Browsers send Origin on every POST, PATCH and DELETE; a request without one is not from a
  // browser (a script, a test), and so carries no victim's cookies.
  if (origin === null) return;
  if (origin === 'null' || origin !== siteOrigin(request)) throw new CrossSiteRequestError();
}
