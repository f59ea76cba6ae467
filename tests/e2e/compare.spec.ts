import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, fillPlan, test } from './fixtures';

const tray = (page: Page) => page.getByRole('region', { name: 'Programs to compare' });

async function rankInternalMedicine(page: Page) {
  await page.goto('/plan');
  await fillPlan(page, { applicantType: 'US MD', graduationYear: '2027', step2: '248', visa: 'No visa needed', specialties: ['Internal Medicine'] });
  await page.getByRole('button', { name: 'See my programs' }).click();
  await expect(page.getByRole('table')).toBeVisible();
}

/** Ids from the API, for addresses typed by hand. */
async function programIds(page: Page, count: number): Promise<string[]> {
  const response = await page.request.get(`/api/programs?limit=${count}`);
  return ((await response.json()) as { programs: { id: string }[] }).programs.map((p) => p.id);
}

test.describe('comparing programs', () => {
  test('picks from the results and a program page, refuses a fifth, compares side by side and removes', async ({ page }) => {
    await rankInternalMedicine(page);
    const toggles = page.getByRole('table').getByRole('checkbox', { name: /^Compare / });
    await toggles.nth(0).check();
    await toggles.nth(1).check();
    await expect(tray(page)).toContainText('Compare (2 of 4)');

    // The third from its own page, reached from the results.
    const third = page.getByRole('table').getByRole('rowheader').nth(2).getByRole('link');
    const thirdName = (await third.textContent())!.trim();
    await third.click();
    await expect(page).toHaveURL(/\/programs\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: thirdName })).toBeVisible();
    // Issue 17: with a plan in this browser, the page says where the program stands in it (ranked by the server).
    const chance = page.getByRole('region', { name: 'Your chance here' });
    await expect(chance).toContainText(/Interview \d+(\.\d)?% \(/);
    await expect(chance).toContainText(/Match \d+(\.\d)?% \(/);
    await expect(chance).toContainText(/#3 of \d+ in your ranking/);
    await expect(chance).toContainText(/Reach|Target|Safety/);
    await page.getByRole('checkbox', { name: `Compare ${thirdName}` }).check();
    await expect(tray(page)).toContainText('Compare (3 of 4)');
    await expect(tray(page)).toContainText(thirdName);

    await page.goBack();
    await expect(page.getByRole('table')).toBeVisible();
    await toggles.nth(3).check();
    await expect(tray(page)).toContainText('Compare (4 of 4)');
    await toggles.nth(4).click();
    await expect(toggles.nth(4)).not.toBeChecked();
    await expect(page.getByText('You can compare 4 programs at a time; remove one first.')).toBeVisible();

    await tray(page).getByRole('link', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/programs\/compare\?ids=([^,]+,){3}[^,]+$/);
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveCount(5);
    await expect(table.getByRole('columnheader', { name: new RegExp(thirdName) })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Stated minimum Step 2 CK' })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Website/ })).toContainText('Not reported');
    await expect(table.getByRole('row', { name: /^Catalog/ })).toContainText('SmartPick demo catalog — fictional');
    // Your chance at each, and the fields where the programs differ, marked in words.
    await expect(page.getByRole('region', { name: 'Your chance at these programs' }).getByText(/^Interview /)).toHaveCount(4);
    expect(await table.getByText('Differs', { exact: true }).count()).toBeGreaterThan(0);
    await expect(table.getByRole('row', { name: /^Catalog/ }).getByText('Differs', { exact: true })).toHaveCount(0);
    await expect(tray(page)).toHaveCount(0);

    await page.getByRole('button', { name: `Remove ${thirdName} from the comparison` }).click();
    await expect(page).toHaveURL(/\/programs\/compare\?ids=([^,]+,){2}[^,]+$/);
    await expect(table.getByRole('columnheader')).toHaveCount(4);
    await expect(table.getByRole('columnheader', { name: new RegExp(thirdName) })).toHaveCount(0);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('smartpick:compare') ?? '[]') as { name: string }[]);
    expect(stored.map((p) => p.name)).not.toContain(thirdName);
    expect(stored).toHaveLength(3);

    await page.goto('/');
    await expect(tray(page)).toContainText('Compare (3 of 4)');
    await tray(page).getByRole('button', { name: /^Clear/ }).click();
    await expect(tray(page)).toHaveCount(0);
  });

  test('says which asked-for programs are left out or not in the catalog', async ({ page }) => {
    const ids = await programIds(page, 5);
    await page.goto(`/programs/compare?ids=${ids.join(',')}`);
    await expect(page.getByText('Up to 4 programs at a time')).toBeVisible();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(5);

    await page.goto(`/programs/compare?ids=${ids[0]},no-such-program`);
    await expect(page.getByText('One program is not in the catalog (any more)')).toBeVisible();
    await expect(page.getByText(/no-such-program/)).toBeVisible();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);

    await page.goto('/programs/compare');
    await expect(page.getByText(/Nothing to compare yet/)).toBeVisible();
  });

  test('the compare page has no serious or critical axe violations', async ({ page }) => {
    const ids = await programIds(page, 4);
    await page.goto(`/programs/compare?ids=${ids.join(',')}`);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page);
  });

  test('works on a 390px-wide phone: the page never scrolls sideways, the table scrolls in its own region', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const ids = await programIds(page, 4);
    await page.goto(`/programs/${ids[0]}`);
    await page.getByRole('checkbox', { name: /^Compare / }).check();
    await expect(tray(page)).toBeVisible();
    await expect(tray(page).getByRole('link', { name: 'Compare' })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/programs/compare?ids=${ids.join(',')}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    const region = page.getByRole('region', { name: /programs side by side/ });
    await region.focus();
    await expect(region).toBeFocused();
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
  });
});
