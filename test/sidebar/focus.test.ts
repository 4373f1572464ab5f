// Where the focus and the eye land after an action, in headless Chromium: the button pressed is
// often gone, and a short dialog hides what lies above or below the fold.
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import {
  axeViolations,
  describeInChromium,
  harnessForTests,
  lastReportOf,
  settingsOf,
  shot,
} from './harness';

/** What has the focus: its id, else its tag and text. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.id || `${e.tagName.toLowerCase()} ${e.textContent ?? ''}`.trim();
  });

/** Whether the element lies wholly inside the window, below the pinned header. */
const inSight = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    const header = document.getElementById('top')!.getBoundingClientRect().bottom;
    const pinned = getComputedStyle(document.getElementById('top')!).position === 'sticky';
    return (
      r.top >= (pinned && !document.querySelector(`#top ${s}`) ? header : 0) - 0.5 &&
      r.bottom <= window.innerHeight + 0.5
    );
  }, selector);

describeInChromium('where the focus goes', () => {
  const harness = harnessForTests();

  describe('in Звіт', () => {
    it('leaves the focus on the last report’s heading after «Скасувати»', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page } = await harness.open({ last, initial: { view: 'report' } });
      await page.getByRole('button', { name: 'Скасувати' }).press('Enter');
      await page.locator('.card').waitFor();
      expect(await focused(page)).toBe('last-report-heading');
    });

    it('keeps the focus on the steps while the report is made', async () => {
      const { page, server } = await harness.open({ last: null });
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Звіт' }).click();
      const release = server.hold('reportCreate');
      await page.getByRole('button', { name: 'Сформувати звіт' }).press('Enter');
      await page.locator('.step.running').getByText('Створюю документ').waitFor();
      const during = await page.evaluate(() => document.activeElement?.className);
      await shot(page, 'focus-report-steps');
      release();
      expect(during).toBe('steps');
    });

    it('focuses the steps again once «Замінити останній звіт?» is answered', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await harness.open({ last, initial: { view: 'report' } });
      const release = server.hold('reportCreate');
      await page.getByRole('button', { name: 'Залишити обидва' }).press('Enter');
      await page.locator('.step.running').waitFor();
      const during = await page.evaluate(() => document.activeElement?.className);
      release();
      expect(during).toBe('steps');
    });
  });

  describe('after «Спробувати знову» on a tab that failed to load', () => {
    const TABS = [
      ['Підсумки', 'sidebarSummary', 'summary-result'],
      ['Звіт', 'lastReport', 'last-report-heading'],
      ['Зміни', 'sidebarChanges', 'changes-result'],
      ['Хто не подав дані', 'sidebarDepartments', 'submissions-result'],
    ] as const;

    it.each(TABS)('focuses the reloaded %s', async (tab, call, result) => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await harness.open({ last });
      await page.getByText('Помилок не знайдено').waitFor();
      server.fail.set(call, 'Exception: Service Spreadsheets timed out');
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('#status .retry').waitFor();
      server.fail.delete(call);
      await page.locator('#status .retry').press('Enter');
      await page.locator(`#${result}`).waitFor();
      await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
      await shot(page, `focus-retried-${call}`);
      expect(await focused(page)).toBe(result);
    });

    it.each(TABS)('focuses the new «Спробувати знову» when %s fails again', async (tab, call) => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await harness.open({ last });
      await page.getByText('Помилок не знайдено').waitFor();
      server.fail.set(call, 'Exception: Service Spreadsheets timed out');
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('#status .retry').waitFor();
      await page.locator('#status .retry').press('Enter');
      await page.waitForFunction(
        () => !document.body.hasAttribute('aria-busy') && document.querySelector('#status .retry'),
      );
      expect(await focused(page)).toBe('button Спробувати знову');
    });
  });

  describe('in the settings dialog at 520 × 600', () => {
    const openSettings = async () => {
      const opened = await harness.open({
        initial: { view: 'settings', settings: settingsOf(harness.sample) },
        width: 520,
        height: 600,
      });
      await opened.page.locator('form').waitFor();
      return opened;
    };

    it('shows «Налаштування збережено.» in sight of a form scrolled to its end', async () => {
      const { page } = await openSettings();
      await page.getByLabel('Назва програми').fill('Програма');
      await page.getByRole('button', { name: 'Зберегти' }).click();
      await page.locator('#status .success').waitFor();
      await shot(page, 'settings-saved-520');
      expect(await inSight(page, '#status .success')).toBe(true);
    });

    it('focuses «Спробувати знову» of a save that failed, in sight', async () => {
      const { page, server } = await openSettings();
      server.fail.set('saveSettings', 'Exception: Service Spreadsheets timed out');
      await page.getByLabel('Назва програми').fill('Програма');
      await page.getByRole('button', { name: 'Зберегти' }).click();
      await page.getByRole('alert').waitFor();
      await shot(page, 'settings-failed-520');
      expect([await focused(page), await inSight(page, '#status .retry')]).toEqual([
        'button Спробувати знову',
        true,
      ]);
    });

    it('brings the unsaved-edits question into sight and focuses its first answer', async () => {
      const { page } = await openSettings();
      await page.getByLabel('Місто').fill('Краматорськ');
      await page.getByRole('button', { name: 'Закрити' }).press('Enter');
      await page.locator('.ask').waitFor();
      await shot(page, 'settings-unsaved-520');
      expect([await focused(page), await inSight(page, '.ask')]).toEqual([
        'button Зберегти й закрити',
        true,
      ]);
    });

    it('finds no axe violation with the failure shown', async () => {
      const { page, server } = await openSettings();
      server.fail.set('saveSettings', 'Exception: Service Spreadsheets timed out');
      await page.getByRole('button', { name: 'Зберегти' }).click();
      await page.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('shows the help’s «Закрити» whole in a 520 × 600 dialog', async () => {
    const { page } = await harness.open({ initial: { view: 'help' }, width: 520, height: 600 });
    await page.locator('.help').waitFor();
    await shot(page, 'help-520');
    const bottom = await page
      .getByRole('button', { name: 'Закрити' })
      .evaluate((b) => b.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(600);
  });
});
