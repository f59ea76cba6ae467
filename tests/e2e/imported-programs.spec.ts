// The e2e server imports tests/fixtures/catalog/e2e-programs.csv (synthetic, canonical format) before it
// starts (playwright.config.ts): these tests see imported programs the way a user would.
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const IMPORT_NAME = 'E2E sample catalog';
const LAKESIDE_PMR = 'Lakeside Example Medical Center PM&R Program';

test.describe('imported programs', () => {
  test('the catalog names the import and its day, and an unknown city reads as the state alone', async ({ page }) => {
    await page.goto('/programs?q=Example&sort=name');
    await expect(page.getByRole('status').filter({ hasText: /^3 programs$/ })).toBeVisible();
    const table = page.getByRole('table');
    const lakeside = table.getByRole('row').filter({ hasText: LAKESIDE_PMR });
    await expect(lakeside).toContainText(new RegExp(`${IMPORT_NAME}, imported [A-Z][a-z]{2} \\d{1,2}, \\d{4}`));
    await expect(lakeside).not.toContainText('Demo data');
    const riverbend = table.getByRole('row').filter({ hasText: 'Riverbend Example Health PM&R Program' });
    const place = riverbend.getByRole('cell').nth(1);
    await expect(place).toContainText('OH');
    await expect(place).not.toContainText(', OH');
    await expect(riverbend).not.toContainText('null');
    await expect(page.getByText(/fictional programs in real cities/)).toBeHidden();
  });

  test('a program page gives the import as the source of each value, "Not reported" for what the file left out, and its sibling program', async ({ page }) => {
    await page.goto('/programs?q=Lakeside');
    await page.getByRole('link', { name: LAKESIDE_PMR }).click();
    await expect(page.getByRole('heading', { level: 1, name: LAKESIDE_PMR })).toBeVisible();
    await expect(page.getByText('Demo data — fictional program')).toBeHidden();
    const identity = page.getByRole('region', { name: 'The program' });
    await expect(identity).toContainText('3401621001');
    await expect(identity).toContainText(new RegExp(`${IMPORT_NAME} \\(2026 data\\), imported`));
    await expect(identity.getByRole('link', { name: /example\.org\/lakeside-pmr/ })).toHaveAttribute('rel', /noopener/);
    const who = page.getByRole('region', { name: 'Who they take' });
    await expect(who).toContainText('225');
    await expect(who).toContainText('Not reported');

    const related = page.getByRole('region', { name: 'Other programs at Lakeside Example Medical Center' });
    await related.getByRole('link', { name: /Radiation Oncology/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Lakeside Example Medical Center Radiation Oncology Program/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
