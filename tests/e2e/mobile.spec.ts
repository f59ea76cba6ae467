import { expect, fillPlan, test } from './fixtures';

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
