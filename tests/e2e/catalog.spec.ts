import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /^[\d,]+ programs?$/ });

async function countNumber(page: Page): Promise<number> {
  return Number((await count(page).innerText()).replace(/\D/g, ''));
}

async function apiTotal(page: Page, search: string): Promise<number> {
  const response = await page.request.get(`/api/programs${search}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

function searchOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

test.describe('the program catalog', () => {
  test('filters go into the URL, survive a reload, and the back button restores the previous filters', async ({ page }) => {
    await page.goto('/programs');
    await expect(count(page)).toHaveText(`${(await apiTotal(page, '')).toLocaleString('en-US')} programs`);
    await expect(page.getByText(/fictional programs in real cities/)).toBeVisible();

    await page.getByLabel('Specialty').selectOption('IM');
    await expect(page).toHaveURL(/[?&]specialty=IM\b/);
    await expect(count(page)).toHaveText(`${(await apiTotal(page, '?specialty=IM')).toLocaleString('en-US')} programs`);

    await page.getByLabel('Sponsors J-1: yes').check();
    await expect(page).toHaveURL(/j1=true/);
    const withVisa = await apiTotal(page, '?specialty=IM&j1=true');
    await expect(count(page)).toHaveText(`${withVisa.toLocaleString('en-US')} programs`);

    await page.getByLabel('Search by name or city').fill('new');
    await expect(page).toHaveURL(/q=new/);
    const searched = await apiTotal(page, '?specialty=IM&j1=true&q=new');
    await expect(count(page)).toHaveText(`${searched.toLocaleString('en-US')} programs`);

    await page.reload();
    await expect(page.getByLabel('Search by name or city')).toHaveValue('new');
    await expect(page.getByLabel('Sponsors J-1: yes')).toBeChecked();
    await expect(page.getByLabel('Specialty')).toHaveValues(['IM']);
    await expect(count(page)).toHaveText(`${searched.toLocaleString('en-US')} programs`);

    await page.goBack();
    await expect(page).not.toHaveURL(/q=new/);
    await expect(page.getByLabel('Search by name or city')).toHaveValue('');
    await expect(page.getByLabel('Sponsors J-1: yes')).toBeChecked();
    await expect(count(page)).toHaveText(`${withVisa.toLocaleString('en-US')} programs`);

    await page.goBack();
    await expect(page).not.toHaveURL(/j1=/);
    await expect(page.getByLabel('Sponsors J-1: yes')).not.toBeChecked();
    await expect(page.getByLabel('Specialty')).toHaveValues(['IM']);

    await page.goForward();
    await expect(page.getByLabel('Sponsors J-1: yes')).toBeChecked();

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/programs$/);
    await expect(page.getByLabel('Specialty')).toHaveValues([]);
    await expect(page.getByLabel('Sponsors J-1: yes')).not.toBeChecked();
  });

  test('a shared URL opens the same filtered, sorted view', async ({ page }) => {
    const search = '?specialty=FM&state=TX&sort=size&cutoff=230';
    await page.goto(`/programs${search}`);
    await expect(page.getByLabel('Specialty')).toHaveValues(['FM']);
    await expect(page.getByLabel('State', { exact: true })).toHaveValues(['TX']);
    await expect(page.getByLabel('Sort by')).toHaveValue('size');
    await expect(page.getByLabel('Stated Step 2 CK minimum')).toHaveValue('230');
    await expect(count(page)).toHaveText(`${(await apiTotal(page, search)).toLocaleString('en-US')} programs`);

    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toContainText('Family Medicine');
    await expect(rows.nth(1)).toContainText(/, TX|^TX/);
    const positions = await page.getByRole('table').locator('tbody tr td:nth-child(3)').allInnerTexts();
    const numbers = positions.map((text) => Number.parseInt(text, 10)).filter(Number.isFinite);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await expect(rows.nth(1).getByLabel(/^Compare /)).toBeVisible();
  });

  test('pages with Previous and Next, keeping the filters', async ({ page }) => {
    await page.goto('/programs?specialty=IM');
    const total = await countNumber(page);
    const pager = page.getByRole('navigation', { name: 'Pages of programs' });
    await expect(pager).toContainText(`Showing 1–25 of ${total.toLocaleString('en-US')}`);
    const firstOnPage1 = await page.getByRole('table').locator('tbody tr').first().innerText();
    await pager.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/specialty=IM.*page=2|page=2.*specialty=IM/);
    await expect(pager).toContainText(`Showing 26–50 of ${total.toLocaleString('en-US')}`);
    expect(await page.getByRole('table').locator('tbody tr').first().innerText()).not.toBe(firstOnPage1);
    await pager.getByRole('link', { name: 'Previous page' }).click();
    await expect(pager).toContainText('Showing 1–25');
  });

  test('the filters work with the keyboard alone', async ({ page }) => {
    await page.goto('/programs');
    await page.getByLabel('Search by name or city').focus();
    await page.keyboard.type('chicago');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=chicago/);
    await expect(page.getByLabel('Search by name or city')).toBeFocused();

    // Tab on to the J-1 box and tick it with the space bar.
    const j1 = page.getByLabel('Sponsors J-1: yes');
    for (let i = 0; i < 20 && !(await j1.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(j1).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/j1=true/);
    await expect(j1).toBeFocused();

    // Open "More filters" and choose a program type, still by keyboard.
    const summary = page.getByText(/^More filters/);
    for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('University', { exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/type=UNIVERSITY/);
    await expect(count(page)).toHaveText(`${(await apiTotal(page, '?q=chicago&j1=true&type=UNIVERSITY')).toLocaleString('en-US')} programs`);
  });

  test('has no serious accessibility violations, with every filter shown', async ({ page }) => {
    await page.goto('/programs?specialty=IM&size=LARGE');
    await expect(page.getByText(/^More filters/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a bad address shows a notice and the rest of the view, never an error page', async ({ page }) => {
    await page.goto('/programs?state=XX&specialty=IM&cutoff=243');
    await expect(page.getByText('Some parts of this address were not understood and were left out')).toBeVisible();
    await expect(page.getByText(/state\.0: Use two-letter US state codes/)).toBeVisible();
    await expect(page.getByLabel('Specialty')).toHaveValues(['IM']);
    await expect(count(page)).toHaveText(`${(await apiTotal(page, '?specialty=IM')).toLocaleString('en-US')} programs`);
  });

  test('on a 390px phone the results are cards and the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/programs?specialty=IM&sort=location');
    await expect(page.getByRole('list', { name: 'Programs' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('table')).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectNoSeriousA11yViolations(page);
  });

  test('the map counts each state for the other filters, and a state opens the catalog filtered to it by keyboard', async ({ page }) => {
    await page.goto('/programs?specialty=IM&state=CA');
    const map = page.getByRole('region', { name: 'Where these programs are' });
    const texasTotal = await apiTotal(page, '?specialty=IM&state=TX');
    expect(texasTotal).toBeGreaterThan(0);
    const texas = map.getByRole('link', { name: `Texas: ${texasTotal.toLocaleString('en-US')} programs` });
    await texas.focus();
    await expect(texas).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/state=TX/);
    expect(searchOf(page).get('specialty')).toBe('IM');
    await expect(count(page)).toHaveText(`${texasTotal.toLocaleString('en-US')} programs`);

    await map.getByText('Programs by state as a table').click();
    const row = map.getByRole('row', { name: /^Texas\b/ });
    await expect(row).toContainText(texasTotal.toLocaleString('en-US'));
    await expectNoSeriousA11yViolations(page);
  });

  test('quick changes in a row all reach the URL, none is lost', async ({ page }) => {
    await page.goto('/programs');
    await page.getByLabel('Sponsors J-1: yes').check();
    await page.getByLabel('Sponsors H-1B: yes').check();
    await page.getByLabel('Has IMG residents now').check();
    await expect(page).toHaveURL(/j1=true&h1b=true&imgs=true/);
    await expect(page.getByLabel('Sponsors J-1: yes')).toBeChecked();
    await expect(page.getByLabel('Sponsors H-1B: yes')).toBeChecked();
    await expect(count(page)).toHaveText(`${(await apiTotal(page, '?j1=true&h1b=true&imgs=true')).toLocaleString('en-US')} programs`);
  });
});

test.describe('the program catalog without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form still works: Apply sends the filters in the URL', async ({ page }) => {
    await page.goto('/programs');
    await page.getByLabel('Specialty').selectOption('PSYCH');
    await page.getByLabel('Sponsors H-1B: yes').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/specialty=PSYCH/);
    expect(searchOf(page).get('h1b')).toBe('true');
    await expect(count(page)).toHaveText(`${(await apiTotal(page, '?specialty=PSYCH&h1b=true')).toLocaleString('en-US')} programs`);
    await expect(page.getByLabel('Sponsors H-1B: yes')).toBeChecked();
  });
});
