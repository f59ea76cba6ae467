// Shared steps and checks for the browser tests.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export interface PlanAnswers {
  applicantType: 'US MD' | 'US DO' | 'US IMG' | 'Non-US IMG';
  graduationYear: string;
  step2?: string;
  research?: string;
  usceMonths?: string;
  visa: 'No visa needed' | 'J-1' | 'H-1B' | 'J-1 or H-1B';
  specialties: string[];
}

export async function fillPlan(page: Page, answers: PlanAnswers) {
  await page.getByLabel(answers.applicantType, { exact: true }).check();
  await page.getByLabel('Graduation year').fill(answers.graduationYear);
  if (answers.step2) await page.getByLabel('Step 2 CK score').fill(answers.step2);
  await page.getByLabel('Failed attempts').fill('0');
  if (answers.research) await page.getByLabel('Research items').fill(answers.research);
  if (answers.usceMonths) await page.getByLabel('US clinical experience (months)').fill(answers.usceMonths);
  await page.getByLabel(answers.visa, { exact: true }).check();
  // The first is the main specialty (a select); the rest are backups (checkboxes, shown once a main is chosen).
  const [main, ...backups] = answers.specialties;
  if (main) await page.getByLabel('Main specialty').selectOption({ label: main });
  const backupGroup = page.getByRole('group', { name: 'Backup specialties' });
  for (const specialty of backups) await backupGroup.getByLabel(specialty, { exact: true }).check();
}
