import { expect, expectNoSeriousA11yViolations, fillPlan, test } from './fixtures';

test('on a phone the flow works and no page scrolls sideways', async ({ page }) => {
  const noSidewaysScroll = async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  };
  await page.goto('/');
  await noSidewaysScroll();
  await page.getByRole('link', { name: 'Start — no account needed' }).click();
  await noSidewaysScroll();
  await fillPlan(page, { applicantType: 'US IMG', graduationYear: '2025', step2: '245', usceMonths: '6', visa: 'No visa needed', specialties: ['Psychiatry'] });
  await page.getByRole('button', { name: 'See my programs' }).click();
  await expect(page.getByText(/reach|target|safety/i).first()).toBeVisible();
  await noSidewaysScroll();
});

test.describe('results on a 390 px phone (issue 17)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('are cards, nothing scrolls sideways, and filters and order live in the URL', async ({ page }) => {
    const noSidewaysScroll = async () => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    };
    await page.goto('/plan');
    await fillPlan(page, { applicantType: 'US MD', graduationYear: '2027', step2: '240', research: '2', visa: 'No visa needed', specialties: ['Internal Medicine'] });
    await page.getByRole('button', { name: 'See my programs' }).click();
    const list = page.getByRole('list', { name: 'Your ranked programs' });
    await expect(list).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    const cards = list.getByRole('listitem');
    expect(await cards.count()).toBe(25);
    const first = cards.first();
    await expect(first.getByRole('heading')).toContainText(/^1\. /);
    await expect(first).toContainText(/Reach|Target|Safety/);
    await expect(first).toContainText(/Interview\s*\d+(\.\d)?% \(\d+(\.\d)?–\d+(\.\d)?%\)/);
    await expect(first).toContainText(/Match\s*\d+(\.\d)?% \(/);
    // The first reason shows; the rest are one tap away.
    const more = first.locator('summary');
    await expect(more).toHaveText(/^\d+ more reasons? for /);
    await more.click();
    await expect(first.getByRole('listitem').first()).toBeVisible();
    await noSidewaysScroll();
    const box = await first.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page);

    // Filter by tier: the URL says so, every card is in that tier, and a reload keeps it.
    await page.getByRole('group', { name: 'Tier' }).getByLabel('Target', { exact: true }).check();
    await expect(page).toHaveURL(/\/results\?tier=target$/);
    await expect(page.getByRole('status').filter({ hasText: /that match your filters/ })).toBeVisible();
    for (const tier of await list.getByRole('listitem').locator('span', { hasText: /^(Reach|Target|Safety)$/ }).allTextContents()) expect(tier).toBe('Target');
    // Sort by name: A to Z.
    await page.getByLabel('Sort by').selectOption('name');
    await expect(page).toHaveURL(/\/results\?tier=target&sort=name$/);
    await expect(list.getByRole('heading').first()).not.toContainText(/^1\. /);
    const names = (await list.getByRole('heading').allTextContents()).map((text) => text.replace(/^\d+\. /, ''));
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    await page.reload();
    await expect(page.getByLabel('Sort by')).toHaveValue('name');
    await expect(page.getByRole('group', { name: 'Tier' }).getByLabel('Target', { exact: true })).toBeChecked();
    // Back steps through the views.
    await page.goBack();
    await expect(page).toHaveURL(/\/results\?tier=target$/);
    await expect(page.getByLabel('Sort by')).toHaveValue('rank');
    // A search that finds nothing says so.
    await page.getByLabel('Search by program, institution or city').fill('zzzz-no-such-place');
    await expect(page.getByText('No program on your list matches these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters and order' }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(list.getByRole('listitem')).toHaveCount(25);
    await noSidewaysScroll();
  });
});
