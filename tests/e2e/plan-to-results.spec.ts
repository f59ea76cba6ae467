import { expect, expectNoSeriousA11yViolations, fillPlan, test } from './fixtures';

test.describe('an anonymous applicant builds a list', () => {
  test('from the landing page to a ranked, tiered list of real catalog rows', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/demo data/i).first()).toBeVisible();
    // Issue 17: the privacy line says what is sent and what is stored.
    await expect(page.getByText(/sent to SmartPick to rank programs each time you ask, and kept on our side only if you sign in and save a list/)).toBeVisible();
    await page.getByRole('link', { name: 'Start — no account needed' }).click();
    await expect(page).toHaveURL(/\/plan$/);

    await fillPlan(page, {
      applicantType: 'US MD',
      graduationYear: '2027',
      step2: '248',
      research: '3',
      visa: 'No visa needed',
      specialties: ['Internal Medicine'],
    });
    await page.getByRole('button', { name: 'See my programs' }).click();

    await expect(page).toHaveURL(/\/results$/);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(10);
    const first = rows.nth(1);
    await expect(first).toContainText(/reach|target|safety/i);
    await expect(first).toContainText(/\d+% \(\d+–\d+%\)/);
    await expect(first).toContainText(/[a-z], [A-Z]{2}/);
    await expect(first.getByRole('listitem').first()).toBeVisible();
    // No preference given: fit is not shown as a score (it would read 100 almost everywhere).
    await expect(first).toContainText('Not rated: no preferences given');
    await expect(page.getByText(/You gave no location, setting, program type, size or research preference/)).toBeVisible();
    await expect(page.getByText(/demo data/i).first()).toBeVisible();
  });

  test('asks for the main specialty, then backups: the main one is the first strategy whatever the order of the list (issue 17)', async ({ page }) => {
    await page.goto('/plan');
    await expect(page.getByRole('group', { name: 'Backup specialties' })).toHaveCount(0);
    await fillPlan(page, { applicantType: 'US MD', graduationYear: '2027', step2: '245', research: '2', visa: 'No visa needed', specialties: ['Family Medicine', 'Pediatrics'] });
    const backups = page.getByRole('group', { name: 'Backup specialties' });
    // The main specialty is not offered again as its own backup.
    await expect(backups.getByLabel('Family Medicine', { exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(page.getByRole('heading', { name: 'Family Medicine strategy', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pediatrics strategy (backup)' })).toBeVisible();
    // Back on the form, the choice is kept: main Family Medicine, Pediatrics its backup.
    await page.getByRole('link', { name: 'Edit my answers' }).click();
    await expect(page.getByLabel('Main specialty')).toHaveValue('FM');
    await expect(page.getByRole('group', { name: 'Backup specialties' }).getByLabel('Pediatrics', { exact: true })).toBeChecked();
  });

  test('asks for the ranking once, as early as it can: at submit from /plan, while the HTML is parsed on a reload', async ({ page }) => {
    // Where and when each ranking request starts (the request itself goes to the server unchanged).
    await page.addInitScript(() => {
      const calls: { path: string; readyState: string }[] = [];
      (window as unknown as { rankingCalls: typeof calls }).rankingCalls = calls;
      const fetch = window.fetch.bind(window);
      window.fetch = (input, init) => {
        if (String(input).endsWith('/api/recommendations')) calls.push({ path: location.pathname, readyState: document.readyState });
        return fetch(input, init);
      };
    });
    const rankingCalls = () => page.evaluate(() => (window as unknown as { rankingCalls: unknown[] }).rankingCalls);
    const table = page.getByRole('table');

    await page.goto('/plan');
    await fillPlan(page, { applicantType: 'US DO', graduationYear: '2027', step2: '238', visa: 'No visa needed', specialties: ['Family Medicine'] });
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    expect(await rankingCalls()).toEqual([{ path: '/plan', readyState: 'complete' }]);

    await page.reload();
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    expect(await rankingCalls()).toEqual([{ path: '/results', readyState: 'loading' }]);
  });

  test('sees a visa-needing IMG ranked only where the visa is sponsored, with exclusions explained', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, {
      applicantType: 'Non-US IMG',
      graduationYear: '2023',
      step2: '245',
      usceMonths: '4',
      visa: 'H-1B',
      specialties: ['Internal Medicine', 'Family Medicine'],
    });
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByText(/sponsor the visa you need/i).first()).toBeVisible();
  });

  test('is told what to fix while typing, and the form does not submit until it is fixed', async ({ page }) => {
    await page.goto('/plan');
    const step2 = page.getByLabel('Step 2 CK score');
    await step2.fill('320');
    await expect(page.getByText('Step 2 CK score must be at most 300').first()).toBeVisible();
    await expect(step2).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(page).toHaveURL(/\/plan$/);
    await expect(page.getByText(/choose your main specialty/i).first()).toBeVisible();
  });

  test('keeps the draft when the applicant comes back to edit', async ({ page }) => {
    await page.goto('/plan');
    await page.getByLabel('Graduation year').fill('2026');
    await page.reload();
    await expect(page.getByLabel('Graduation year')).toHaveValue('2026');
  });

  test('gets a friendly page at /results with nothing to rank yet', async ({ page }) => {
    await page.goto('/results');
    await expect(page.getByRole('link', { name: /plan|start/i }).first()).toBeVisible();
  });
});

test.describe('accessibility', () => {
  for (const path of ['/', '/plan', '/results']) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page);
    });
  }

  test('the results table has no serious or critical axe violations', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, { applicantType: 'US DO', graduationYear: '2027', step2: '240', visa: 'No visa needed', specialties: ['Family Medicine'] });
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('the whole flow works from the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start — no account needed' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/plan$/);
    await page.getByLabel('US MD', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('US MD', { exact: true })).toBeChecked();
    await page.getByLabel('Graduation year').focus();
    await page.keyboard.type('2027');
    await page.getByLabel('Step 2 CK score').focus();
    await page.keyboard.type('250');
    await page.getByLabel('No visa needed', { exact: true }).focus();
    await page.keyboard.press('Space');
    // A native select takes its option from the keyboard: type the name's first letters.
    await page.getByLabel('Main specialty').focus();
    await page.keyboard.type('Pediatrics');
    await expect(page.getByLabel('Main specialty')).toHaveValue('PEDS');
    await page.getByRole('button', { name: 'See my programs' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table')).toBeVisible();
  });
});
