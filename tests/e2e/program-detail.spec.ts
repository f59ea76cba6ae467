import { ignoreExpectedHttpErrors } from './account-fixtures';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

interface ProgramRow {
  id: string;
  name: string;
  institution: string;
  state: string;
}

/** A demo program that shares its institution with another (the catalog lists them side by side). */
async function programWithRelated(request: import('@playwright/test').APIRequestContext): Promise<ProgramRow> {
  const response = await request.get('/api/programs?limit=100');
  expect(response.ok()).toBe(true);
  const { programs } = (await response.json()) as { programs: ProgramRow[] };
  const program = programs.find((p) => programs.some((q) => q.id !== p.id && q.institution === p.institution && q.state === p.state));
  if (!program) throw new Error('no two demo programs of one institution in the first 100');
  return program;
}

test.describe('a program’s page', () => {
  test('shows every field, "Not reported" for unknowns, each value’s source and the demo notice', async ({ page }) => {
    const first = await page.request.get('/api/programs?limit=1');
    const [program] = ((await first.json()) as { programs: (ProgramRow & { acgmeId: string })[] }).programs;
    if (!program) throw new Error('empty catalog');
    await page.goto(`/programs/${program.id}`);

    await expect(page.getByRole('heading', { level: 1, name: program.name })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(program.name));
    await expect(page.getByText('Demo data — fictional program')).toBeVisible();
    for (const heading of ['The program', 'Size', 'Who they take', 'Character']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    const identity = page.getByRole('region', { name: 'The program' });
    await expect(identity.getByRole('definition').filter({ hasText: program.acgmeId })).toBeVisible();
    // One catalog for every value of a demo program: said once per group, with the day.
    await expect(identity).toContainText(/Source of every value here: SmartPick demo catalog — fictional, generated [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    // The demo catalog has no websites or NRMP codes: said, never guessed.
    const website = page.locator('div', { has: page.getByRole('term').filter({ hasText: /^Website$/ }) }).last();
    await expect(website.getByRole('definition')).toContainText('Not reported');
    await expect(page.getByRole('link', { name: 'Back to the catalog' })).toHaveAttribute('href', '/programs');
    await expect(page.getByRole('checkbox', { name: `Compare ${program.name}` })).toBeVisible();
  });

  test('links to the other programs of the same institution, and those links work', async ({ page }) => {
    const program = await programWithRelated(page.request);
    await page.goto(`/programs/${program.id}`);
    const related = page.getByRole('region', { name: `Other programs at ${program.institution}` });
    const links = related.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    const href = await links.first().getAttribute('href');
    expect(href).toMatch(/^\/programs\/.+/);
    expect(href).not.toBe(`/programs/${program.id}`);
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Other programs at ${program.institution}` })).toBeVisible();
  });

  test('an unknown id gets a helpful 404 page', async ({ page, consoleErrors }) => {
    const response = await page.goto('/programs/no-such-program');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Program not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse the catalog' })).toBeVisible();
    ignoreExpectedHttpErrors(consoleErrors, 404);
  });

  test('has no serious or critical axe violations', async ({ page }) => {
    const program = await programWithRelated(page.request);
    await page.goto(`/programs/${program.id}`);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page);
  });
});
