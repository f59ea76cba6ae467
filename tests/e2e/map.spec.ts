import type { RecommendationResponse } from '@/lib/recommendations/types';
import { US_STATES } from '@/lib/reference/states';
import { expect, expectNoSeriousA11yViolations, fillPlan, test } from './fixtures';

const stateName = (code: string) => (US_STATES as Record<string, { name: string }>)[code]?.name ?? code;

test.describe('where the ranked programs are', () => {
  test('a keyboard user reaches states on the map, and the table lists the same numbers as the reply', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, {
      applicantType: 'US MD',
      graduationYear: '2027',
      step2: '246',
      research: '2',
      visa: 'No visa needed',
      specialties: ['Family Medicine'],
    });
    const replied = page.waitForResponse((response) => response.url().endsWith('/api/recommendations') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'See my programs' }).click();
    const reply = (await (await replied).json()) as RecommendationResponse;
    const byState = Object.entries(reply.byState);
    expect(byState.length).toBeGreaterThan(10);

    await expect(page.getByRole('heading', { name: 'Where your programs are' })).toBeVisible();
    const map = page.getByRole('group', { name: 'Your ranked programs by state' });
    await expect(map).toBeVisible();
    await expect(page.getByText(/US Census Bureau, cartographic boundary files, 2017/)).toBeVisible();

    // Tab from the top of the page until a state has the focus.
    await page.locator('body').focus();
    let focusedState: string | null = null;
    for (let presses = 0; presses < 80 && !focusedState; presses += 1) {
      await page.keyboard.press('Tab');
      focusedState = await page.evaluate(() => document.activeElement?.getAttribute('data-state') ?? null);
    }
    expect(focusedState, 'a state reached with Tab').not.toBeNull();
    const tiers = reply.byState[focusedState!]!;
    const expectedName = new RegExp(
      `^${stateName(focusedState!)}: ${tiers.reach + tiers.target + tiers.safety} programs? \\(${tiers.reach} reach, ${tiers.target} target, ${tiers.safety} safety\\)$`,
    );
    const focused = page.locator(':focus');
    await expect(focused).toHaveAccessibleName(expectedName);
    await expect(page.getByText(expectedName)).toBeVisible();

    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-state') ?? null);
    expect(next, 'Tab moves on to the next state with programs').not.toBe(focusedState);

    await page.getByText('Programs by state as a table').click();
    const table = page.getByRole('table', { name: 'Your ranked programs by state' });
    await expect(table).toBeVisible();
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(byState.length);
    for (const [code, counts] of byState) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: stateName(code), exact: true }) });
      await expect(row.getByRole('cell')).toHaveText([
        String(counts.reach + counts.target + counts.safety),
        String(counts.reach),
        String(counts.target),
        String(counts.safety),
      ]);
    }
    await expect(table.locator('tfoot td').first()).toHaveText(reply.total.toLocaleString('en-US'));
    await expectNoSeriousA11yViolations(page);
  });

  test('fits a 390px-wide phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/plan');
    await fillPlan(page, {
      applicantType: 'US DO',
      graduationYear: '2027',
      visa: 'No visa needed',
      specialties: ['Psychiatry'],
    });
    await page.getByRole('button', { name: 'See my programs' }).click();
    const map = page.getByRole('group', { name: 'Your ranked programs by state' });
    await expect(map).toBeVisible();
    const box = await map.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(300);
  });
});
