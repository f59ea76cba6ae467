import { expect, expectNoSeriousA11yViolations, fillPlan, test } from './fixtures';

test.describe('the application strategy', () => {
  test('shows the chance of matching, the curve with the recommended point, cost with its source, and signals', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, {
      applicantType: 'US MD',
      graduationYear: '2027',
      step2: '247',
      research: '4',
      visa: 'No visa needed',
      specialties: ['Internal Medicine', 'Neurology'],
    });
    // Issue 15: the applicant picks the chance to aim for; the reply counts to it.
    await page.getByRole('radio', { name: /^95%/ }).check();
    await page.getByRole('button', { name: 'See my programs' }).click();

    await expect(page.getByRole('heading', { name: 'Your overall chance of matching' })).toBeVisible();
    await expect(page.getByText(/Your target: 95%/)).toBeVisible();

    await expect(page.getByRole('heading', { name: 'Internal Medicine strategy' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Neurology strategy (backup)' })).toBeVisible();
    await expect(page.getByText(/Applicants like you matched in Internal Medicine about \d+% of the time \(range \d+–\d+%\)/)).toBeVisible();
    const chart = page.getByRole('img', { name: /^Chance of at least one match rises from/ }).first();
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/recommended \d+ applications/);
    await expect(page.getByText(/\$[\d,]+ in ERAS fees for \d+ applications/).first()).toBeVisible();
    // Issue 16: every fee with its source and the season it is from.
    await expect(page.getByText(/Fees for 2026 ERAS Season .*\(2025–26 figure; the 2026–27 figure was not found/).first()).toBeVisible();
    const planCost = page.getByRole('region', { name: 'What your plan costs' });
    await expect(planCost.getByRole('list', { name: "Your plan's fees" })).toContainText(/\$80 for the USMLE transcript, once on ERAS/);
    const signals = page.getByRole('list', { name: 'Where to send your Internal Medicine signals' });
    await expect(signals.getByRole('listitem').first()).toContainText(/Gold signal|Silver signal/);
    await expect(signals.getByRole('listitem').first()).toContainText(/Interview chance \d+(\.\d)?% without the signal, about\s+\d+(\.\d)?% with it/);
    await expect(page.getByText(/Signal counts: AAMC, Program Signaling for the 2025 MyERAS Application Season .*\(2024–25 figure/).first()).toBeVisible();
    await expect(page.getByRole('table', { name: /Programs ranked/ }).getByRole('row').nth(1)).toContainText(/Match: \d+% \(\d+–\d+%\)/);

    await page.getByText('Show the numbers').first().click();
    await expect(page.getByRole('table', { name: /Chance of at least one match in Internal Medicine/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('tells an IMG which change would open more programs', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, {
      applicantType: 'Non-US IMG',
      graduationYear: '2024',
      step2: '244',
      usceMonths: '0',
      visa: 'H-1B',
      specialties: ['Internal Medicine'],
    });
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(page.getByRole('heading', { name: 'What would open more programs' })).toBeVisible();
    await expect(page.getByText(/Accept a J-1 visa as well as an H-1B/)).toBeVisible();
    await expect(page.getByText(/\+\d+ programs/).first()).toBeVisible();
    // Issue 16: the season's visa notices, to an applicant who needs an H-1B, with source and year.
    const notices = page.getByRole('region', { name: 'This season, for applicants like you' });
    await expect(notices.getByRole('heading', { name: 'The H-1B petition fee' })).toBeVisible();
    await expect(notices).toContainText(/\$100,000 payment/);
    await expect(notices).toContainText(/Source: USCIS, H-1B Specialty Occupations.*\(2025;/);
    await expect(notices.getByRole('heading', { name: 'Step 3 for an H-1B' })).toBeVisible();
    await expect(notices.getByRole('heading', { name: 'J-1 visa processing' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test('explains how we estimate, with every source and its year', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How we estimate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'How we estimate' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByText(/Charting Outcomes in the Match/).first()).toBeVisible();
    await expect(page.getByText(/ResidencyCAS: \$99 for programs 1–18/).first()).toBeVisible();
    await expect(page.getByText(/2025–26 figure; the 2026–27 figure was not found/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('an emergency medicine plan costs ResidencyCAS fees, with their season', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, { applicantType: 'US MD', graduationYear: '2027', step2: '245', research: '2', visa: 'No visa needed', specialties: ['Emergency Medicine'] });
    await page.getByRole('button', { name: 'See my programs' }).click();
    await expect(page.getByRole('heading', { name: 'ResidencyCAS fees' })).toBeVisible();
    await expect(page.getByText(/\$[\d,]+ in ResidencyCAS fees for \d+ applications/)).toBeVisible();
    await expect(page.getByText(/SAEM RAMS, ResidencyCAS information .*\(2025–26 figure/).first()).toBeVisible();
    await expect(page.getByRole('list', { name: "Your plan's fees" })).toContainText(/once on ResidencyCAS/);
    await expect(page.getByText(/through ResidencyCAS\. A signal tells/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A separate application: ResidencyCAS' })).toBeVisible();
    // A US MD with a score and no visa need gets no visa or passing-score notice.
    await expect(page.getByRole('region', { name: 'This season, for applicants like you' })).toHaveCount(0);
  });

  test('a dermatology plan adds its PGY-1 year: transitional and preliminary programs, their count, chance and cost in the plan', async ({ page }) => {
    await page.goto('/plan');
    await fillPlan(page, { applicantType: 'US MD', graduationYear: '2027', step2: '262', research: '8', visa: 'No visa needed', specialties: ['Dermatology'] });
    await page.getByRole('button', { name: 'See my programs' }).click();
    const pgy1 = page.getByRole('region', { name: 'Your PGY-1 year' });
    await expect(pgy1).toBeVisible();
    await expect(pgy1).toContainText(/\d+ of the \d+ Dermatology programs recommended start at PGY-2/);
    await expect(pgy1).toContainText(/Apply to \d+ PGY-1 programs/);
    await expect(pgy1).toContainText(/\$[\d,]+ in ERAS fees for these \d+ applications/);
    await expect(pgy1).toContainText(/NRMP, Main Residency Match 2020, program results/);
    const programs = pgy1.getByRole('list', { name: /^Where to apply for it/ });
    await expect(programs.getByRole('listitem').first()).toContainText(/Transitional Year|Preliminary Internal Medicine/);
    await expect(page.getByRole('list', { name: "Your plan's fees" })).toContainText(/including \d+ PGY-1 applications/);
    await expectNoSeriousA11yViolations(page);
  });
});

test('/how-we-estimate publishes the calibration: every band, every specialty by applicant type, the overall rates and what is not calibrated', async ({ page }) => {
  await page.goto('/how-we-estimate');
  await page.getByText(/US MD seniors, every specialty and Step 2 CK band/).click();
  const bands = page.getByRole('table', { name: /Percent of US MD seniors who matched/ });
  await expect(bands).toBeVisible();
  // All 22 tabulated specialties, each band with NRMP, the fitted engine and the left-out prediction.
  expect(await bands.getByRole('row').count()).toBeGreaterThan(120);
  const im = bands.getByRole('row', { name: /^IM 240-249/ }).getByRole('cell');
  await expect(im.nth(2)).toHaveText('99');
  await expect(im.nth(3)).toHaveText(/^\d+\.\d$/);
  await expect(im.nth(4)).toHaveText(/^\d+\.\d$/);
  await page.getByText(/Every specialty by kind of applicant/).click();
  const types = page.getByRole('table', { name: /for typical applicants of each kind/ });
  await expect(types.getByRole('row', { name: /^Internal Medicine \d/ })).toContainText('48.5');
  const overall = page.getByRole('table', { name: 'Overall, by kind of applicant' });
  await expect(overall.getByRole('row', { name: /^Non-US citizen IMGs/ })).toContainText(/86 IM \+ 43 FM/);
  await expect(overall.getByRole('row', { name: /^Non-US citizen IMGs/ })).toContainText('58.0');
  await expect(page.getByRole('heading', { name: 'What is not calibrated' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
