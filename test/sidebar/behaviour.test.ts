// How the page behaves around the views in headless Chromium: busy states, failures, typed
// markup shown as text, the keyboard, the 300 px width, and screenshots of every view.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { toCheckView } from '../../src/shared/views';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Harness } from './harness';
import {
  describeInChromium,
  editMeasures,
  HOSTILE,
  IMG,
  SCRIPT,
  settingsOf,
  SHOTS,
  shot,
  startHarness,
  TROUBLED,
} from './harness';

/** Elements whose right edge passes the viewport, outside the preview's own scroll box. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = Array.from(document.body.querySelectorAll('*'))
      .filter((e) => !e.closest('.preview-scroll') || e.classList.contains('preview-scroll'))
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return document.documentElement.scrollWidth > width ? ['document', ...out] : out;
  });

describeInChromium('the sidebar page around its views', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => harness?.close());

  it('disables the buttons and says what it does while a call runs', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    const release = server.hold('sidebarCheck');
    await page.getByRole('button', { name: 'Перевірити знову' }).click();
    await page.getByText('Перевіряю таблицю…').waitFor();
    const disabled = await page.$$eval('button, select', (all) =>
      all.every((b) => (b as HTMLButtonElement).disabled),
    );
    await shot(page, 'busy');
    release();
    await page.locator('#status:empty').waitFor({ state: 'attached' });
    expect([
      disabled,
      await page.$$eval('button, select', (all) =>
        all.some((b) => (b as HTMLButtonElement).disabled),
      ),
    ]).toEqual([true, false]);
  });

  it('shows "Створюю документ…" while the report is made', async () => {
    const { page, server } = await harness.open();
    await page.getByRole('tab', { name: 'Попередній перегляд' }).click();
    await page.locator('table.report').waitFor();
    const release = server.hold('generateReport');
    await page.getByRole('button', { name: 'Сформувати звіт' }).click();
    const doing = await page.locator('#status').textContent();
    const enabled = await page.getByRole('button', { name: 'Сформувати звіт' }).isEnabled();
    release();
    expect([doing, enabled]).toEqual(['Створюю документ…', false]);
  });

  it('shows a failure in Ukrainian with its message only, no stack', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set(
      'sidebarSummary',
      'Exception: Сервіс Таблиць зараз недоступний.\n    at sidebarSummary (Code:2514:12)\n    at __GS_INTERNAL_top_function_call__.gs:1:8',
    );
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, 'failure');
    expect(await page.getByRole('alert').textContent()).toBe(
      '!Не вдалося виконати дію: Сервіс Таблиць зараз недоступний.',
    );
  });

  it('offers to try a failed view again, and the retry loads it', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('sidebarSubmissions', 'Час очікування вичерпано');
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.getByRole('alert').waitFor();
    const before = await page.locator('#view').innerText();
    server.fail.delete('sidebarSubmissions');
    await page.getByRole('button', { name: 'Спробувати знову' }).click();
    await page.locator('.executor').first().waitFor();
    expect([before, await page.getByRole('alert').count()]).toEqual(['Спробувати знову', 0]);
  });

  it('gives the buttons back after a failure', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('clearMarksNow', 'Доступ заборонено');
    await page.getByRole('button', { name: 'Зняти позначки' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.$$eval('button', (all) => all.filter((b) => b.disabled).length)).toBe(0);
  });

  describe('typed markup', () => {
    const views = async (page: Page): Promise<string[]> => {
      const texts: string[] = [];
      await page.locator('.finding').first().waitFor();
      texts.push(await page.locator('#view').innerText());
      for (const [tab, shows] of [
        ['Підсумки', '.figures'],
        ['Попередній перегляд', 'table.report'],
        ['Хто не подав дані', '.executor'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await page.locator(shows).first().waitFor();
        texts.push(await page.locator('#view').innerText());
      }
      await page.getByRole('button', { name: 'Сформувати звіт' }).count();
      return texts;
    };

    it('shows a title, executor, amount and status typed as markup literally', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, HOSTILE) });
      const [check, , preview, submissions] = await views(page);
      expect([
        check?.includes(IMG) && check.includes(SCRIPT),
        preview?.includes(IMG) && preview.includes(SCRIPT),
        submissions?.includes(IMG),
      ]).toEqual([true, true, true]);
    });

    it('runs none of it: no dialog opens and no <img> exists', async () => {
      const { page, dialogs } = await harness.open({
        grids: editMeasures(harness.sample, HOSTILE),
      });
      await views(page);
      await page.getByRole('tab', { name: 'Перевірка' }).click();
      await page.getByLabel('Виконавець').selectOption(IMG);
      await page.waitForTimeout(100);
      expect([dialogs, await page.locator('img').count()]).toEqual([[], 0]);
    });

    it('keeps markup in the initial state inert when the server inlines it', async () => {
      const check = toCheckView(analyseWorkbook(editMeasures(harness.sample, HOSTILE)), 0);
      const { page, dialogs, server } = await harness.open({ initial: { view: 'check', check } });
      await page.locator('.finding').first().waitFor();
      expect([
        server.calls,
        dialogs,
        await page.locator('img').count(),
        await page.locator('.group-title').first().textContent(),
      ]).toEqual([[], [], 0, `Рядок 4 · захід № 1 · ${IMG}`]);
    });
  });

  describe('the keyboard', () => {
    const tabUntil = async (page: Page, test: () => boolean): Promise<boolean> => {
      for (let i = 0; i < 30; i++) {
        if (await page.evaluate(test)) return true;
        await page.keyboard.press('Tab');
      }
      return false;
    };

    it('reaches the tabs with Tab and opens one with Enter', async () => {
      const { page, server } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      const reached = await tabUntil(page, () => document.activeElement?.id === 'tab-summary');
      await page.keyboard.press('Enter');
      await page.locator('.figures').waitFor();
      expect([reached, server.calls.at(-1)]).toEqual([true, ['sidebarSummary']]);
    });

    it('moves between tabs with the arrow keys', async () => {
      const { page } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Перевірка' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-preview');
    });

    it('reaches a finding with Tab and selects its cell with Enter', async () => {
      const { page, server } = await harness.open({
        grids: editMeasures(harness.sample, TROUBLED),
      });
      await page.locator('.finding.warning').waitFor();
      const reached = await tabUntil(page, () =>
        Boolean(document.activeElement?.matches('.finding.warning')),
      );
      const cell = await page.locator('.finding.warning').getAttribute('data-cell');
      await page.keyboard.press('Enter');
      expect([reached, await server.waitForCall('selectCell')]).toEqual([
        true,
        ['selectCell', 'Заходи', cell],
      ]);
    });

    it('keeps the focus on a tab after its view loads', async () => {
      const { page } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Підсумки' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.figures').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-summary');
    });
  });

  describe('at 300 px and in screenshots', () => {
    const sidebarViews = [
      ['Перевірка', '.finding', 'check'],
      ['Підсумки', '.figures', 'summary'],
      ['Попередній перегляд', 'table.report', 'preview'],
      ['Хто не подав дані', '.executor', 'submissions'],
    ] as const;

    it('overflows nowhere in the sidebar views but the preview’s scroll box', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
      const found: string[] = [];
      for (const [tab, shows, name] of sidebarViews) {
        await page.getByRole('tab', { name: tab }).click();
        await page.locator(shows).first().waitFor();
        found.push(...(await overflowing(page)).map((e) => `${name}: ${e}`));
        await shot(page, name);
      }
      expect(found).toEqual([]);
    });

    it('overflows nowhere in the dialogs', async () => {
      const found: string[] = [];
      const dialogs = [
        ['settings', { view: 'settings', settings: settingsOf(harness.sample) }],
        ['help', { view: 'help' }],
        [
          'report',
          {
            view: 'report',
            result: {
              ok: true,
              docId: 'd1',
              name: '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року',
              url: 'https://docs.google.com/document/d/d1/edit',
              warnings: 1,
            },
          },
        ],
      ] as const;
      for (const [name, initial] of dialogs) {
        const { page } = await harness.open({ initial });
        await page.locator('#view > *').first().waitFor();
        found.push(...(await overflowing(page)).map((e) => `${name}: ${e}`));
        await shot(page, name);
      }
      const refused = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
      const check = refused.server.analysis;
      const { page } = await harness.open({
        initial: {
          view: 'report',
          result: {
            ok: false,
            message:
              'Звіт не створено: у таблиці 2 помилки. Виправте позначені клітинки і спробуйте знову.',
            findings: toCheckView(check, 0).findings.filter((f) => f.severity === 'error'),
          },
        },
      });
      await page.locator('.finding').first().waitFor();
      found.push(...(await overflowing(page)).map((e) => `report-refused: ${e}`));
      await shot(page, 'report-refused');
      expect(found).toEqual([]);
    });

    it('shows the calm check at 300 px', async () => {
      const { page } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await shot(page, 'check-clean');
      expect(await overflowing(page)).toEqual([]);
    });
  });
});
