// Links prefetch their page when the user reaches for them, not when they scroll into view
// (components/ui/intent-link.tsx): every page renders per request, so a viewport prefetch is a server
// render, and a fetch and parse on the phone's main thread, for each link in sight.
import { expect, test } from './fixtures';

const isPrefetch = (url: string) => new URL(url).searchParams.has('_rsc');

test('the header links are not prefetched on load; hovering one prefetches it, and it navigates', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (isPrefetch(request.url())) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(prefetched, 'prefetches on load').toEqual([]);

  const programs = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' });
  await programs.hover();
  await expect.poll(() => prefetched.includes('/programs')).toBe(true);
  await programs.click();
  await expect(page).toHaveURL(/\/programs$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
