// Every view of the page checked with axe-core in headless Chromium (and for Google's one
// primary action per view), at the sidebar's 300 px
// and the dialogs' 520 × 600, with a screenshot of each kept in out/sidebar/.
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import {
  openDataRefusalMessage,
  toCheckView,
  tooManyMeasuresMessage,
} from '../../src/shared/views';
import { settingsGrid } from '../support/grid-builders';
import type { Opened } from './harness';
import {
  axeViolations,
  describeInChromium,
  earlierSnapshot,
  editMeasures,
  lastReportOf,
  settingsOf,
  shot,
  harnessForTests,
  TROUBLED,
} from './harness';

describeInChromium('axe-core on every view', () => {
  const harness = harnessForTests();

  const tab = async (opened: Opened, name: string, shows: string): Promise<Page> => {
    await opened.page.locator('#view > *').first().waitFor();
    await opened.page.getByRole('tab', { name }).click();
    await opened.page.locator(shows).first().waitFor();
    return opened.page;
  };

  const views: readonly (readonly [string, () => Promise<Page>])[] = [
    [
      'check',
      async () => {
        const opened = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
        await opened.page.locator('.finding').first().waitFor();
        return opened.page;
      },
    ],
    [
      'check-walk',
      async () => {
        const { page } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
        await page.getByRole('button', { name: 'Наступна помилка' }).click();
        await page.locator('.finding[aria-current]').waitFor();
        return page;
      },
    ],
    [
      'check-clean',
      async () => {
        const { page } = await harness.open();
        await page.getByText('Помилок не знайдено').first().waitFor();
        return page;
      },
    ],
    ['summary', async () => tab(await harness.open(), 'Підсумки', '.figures')],
    ['report-empty', async () => tab(await harness.open(), 'Звіт', 'table.report')],
    [
      'report-last',
      async () =>
        tab(
          await harness.open({ last: lastReportOf(analyseWorkbook(harness.sample), 'doc-1') }),
          'Звіт',
          'table.report',
        ),
    ],
    [
      'report-steps',
      async () => {
        const opened = await harness.open({ initial: { view: 'report' } });
        opened.server.hold('reportFill');
        await opened.page.locator('.step.running').getByText('Заповнюю таблицю').waitFor();
        return opened.page;
      },
    ],
    [
      'report-replace',
      async () => {
        const { page } = await harness.open({
          initial: { view: 'report' },
          last: lastReportOf(analyseWorkbook(harness.sample), 'doc-1'),
        });
        await page.getByRole('heading', { name: 'Замінити останній звіт?' }).waitFor();
        return page;
      },
    ],
    [
      'report-refused',
      async () => {
        const { page } = await harness.open({
          grids: editMeasures(harness.sample, TROUBLED),
          initial: { view: 'report' },
        });
        await page.locator('.finding').first().waitFor();
        return page;
      },
    ],
    [
      'report-too-many',
      async () => {
        const opened = await harness.open();
        opened.server.reply.set('reportCheck', {
          ok: false,
          message: tooManyMeasuresMessage(5001),
          check: null,
          retry: false,
        });
        const page = await tab(opened, 'Звіт', 'table.report');
        await page.getByRole('button', { name: 'Сформувати звіт' }).click();
        await page.getByRole('alert').waitFor();
        return page;
      },
    ],
    [
      'check-open-data-refused',
      async () => {
        const grids = editMeasures(harness.sample, TROUBLED);
        const { page } = await harness.open({
          initial: {
            view: 'check',
            check: toCheckView(analyseWorkbook(grids), 3),
            refusal: openDataRefusalMessage(2),
          },
        });
        await page.getByRole('alert').waitFor();
        return page;
      },
    ],
    [
      'submissions',
      async () =>
        tab(
          await harness.open({ grids: editMeasures(harness.sample, TROUBLED) }),
          'Хто не подав дані',
          '.executor',
        ),
    ],
    [
      'changes',
      async () =>
        tab(
          await harness.open({
            grids: editMeasures(harness.sample, { '8': { 'total.fact': 5 } }),
            previous: earlierSnapshot(harness.sample),
          }),
          'Зміни',
          '.department',
        ),
    ],
    ['changes-none', async () => tab(await harness.open(), 'Зміни', '.empty-state')],
    [
      'open-data',
      async () => {
        const { page } = await harness.open({
          initial: {
            view: 'open-data',
            result: {
              ok: true,
              folder: {
                name: 'Відкриті дані — 1 півріччя 2017 року',
                url: 'https://drive.google.com/drive/folders/f1',
              },
              files: [{ name: 'measures.csv', url: 'https://drive.google.com/file/d/b/view' }],
            },
          },
          width: 520,
          height: 420,
        });
        await page.locator('#view ul a').waitFor();
        return page;
      },
    ],
    [
      'submissions-no-table',
      async () => {
        const opened = await harness.open({ grids: [settingsGrid()] });
        await opened.page.locator('.finding').first().waitFor();
        return tab(opened, 'Хто не подав дані', '.empty-state');
      },
    ],
    [
      'settings',
      async () => {
        const { page } = await harness.open({
          initial: { view: 'settings', settings: settingsOf(harness.sample) },
          width: 520,
          height: 600,
        });
        await page.locator('form').waitFor();
        return page;
      },
    ],
    [
      'settings-invalid',
      async () => {
        const { page } = await harness.open({
          initial: { view: 'settings', settings: settingsOf(harness.sample) },
          width: 520,
          height: 600,
        });
        await page.getByLabel('Звітний період').fill('колись');
        await page.getByLabel('Підписант', { exact: true }).fill('');
        await page.getByRole('button', { name: 'Зберегти' }).click();
        await page.locator('[aria-invalid="true"]').first().waitFor();
        return page;
      },
    ],
    [
      'settings-unsaved',
      async () => {
        const { page } = await harness.open({
          initial: { view: 'settings', settings: settingsOf(harness.sample) },
          width: 520,
          height: 600,
        });
        await page.getByLabel('Місто').fill('Краматорськ');
        await page.getByRole('button', { name: 'Закрити' }).click();
        await page.getByRole('heading', { name: 'Зміни не збережено' }).waitFor();
        return page;
      },
    ],
    [
      'help',
      async () => {
        const { page } = await harness.open({ initial: { view: 'help' }, width: 520, height: 600 });
        await page.locator('.help').waitFor();
        return page;
      },
    ],
    [
      'preview-window',
      async () => {
        const { page } = await harness.open({
          initial: { view: 'preview', report: analyseWorkbook(harness.sample).report },
          width: 1100,
          height: 720,
        });
        await page.locator('table.report').waitFor();
        return page;
      },
    ],
  ];

  it.each(views)('has at most one primary action in the %s view', async (_name, reach) => {
    const page = await reach();
    expect(
      await page
        .locator('#top button.action, #top button.create, #view button.action, #view button.create')
        .count(),
    ).toBeLessThanOrEqual(1);
  });

  it.each(views)('finds no violation in the %s view', async (name, reach) => {
    const page = await reach();
    await shot(page, `axe-${name}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
