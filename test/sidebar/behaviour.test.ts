// How the page behaves around the views in headless Chromium: busy states, failures, typed
// markup shown as text, the keyboard, the 300 px width, and screenshots of every view.
import type { Page } from 'playwright-core';
import { toCheckView } from '../../src/shared/views';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Edits } from './harness';
import {
  describeInChromium,
  editMeasures,
  HOSTILE,
  IMG,
  SCRIPT,
  settingsOf,
  shot,
  harnessForTests,
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
  const harness = harnessForTests();

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
    expect(await page.getByRole('alert').locator('p').textContent()).toBe(
      'Не вдалося порахувати підсумки. Сервіс Таблиць зараз недоступний.',
    );
  });

  it.each([
    [
      'Exception: Service Spreadsheets timed out while accessing document with id 1x.',
      'Не вдалося зібрати дані департаментів. Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
    ],
    [
      'Exception: Service invoked too many times for one day: docs create.',
      'Не вдалося зібрати дані департаментів. Вичерпано ліміт дій Google на сьогодні (кількість документів або викликів). Спробуйте пізніше або завтра.',
    ],
    [
      'Exception: Service invoked too many times in a short time: exec qps. Try Utilities.sleep(1000) between calls.',
      'Не вдалося зібрати дані департаментів. Забагато звернень до Google за короткий час. Зачекайте хвилину і спробуйте знову.',
    ],
    [
      'Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
      'Не вдалося зібрати дані департаментів. Немає дозволу на цю дію. Попросіть власника таблиці надати вам доступ на редагування або відкрийте «Розширення → Zvit» ще раз і надайте дозволи.',
    ],
    [
      'Exception: Lock timeout: another process was holding the lock for too long.',
      'Не вдалося зібрати дані департаментів. Цю таблицю саме змінює інша дія Zvit (можливо, іншого користувача). Зачекайте хвилину і спробуйте знову.',
    ],
    [
      'TypeError: Cannot read properties of undefined (reading "getRange")',
      'Не вдалося зібрати дані департаментів. Google повідомив про непередбачену помилку. Спробуйте знову.',
    ],
  ])('translates the Google failure «%s» into Ukrainian', async (message, text) => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('sidebarDepartments', message);
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').locator('p').textContent()).toBe(text);
  });

  it('offers no retry when the file is gone', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('sidebarDepartments', 'Exception: No item with the given ID could be found.');
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: 'Спробувати знову' }).count()).toBe(0);
  });

  it('says in the view that its data was not loaded', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('sidebarDepartments', 'Час очікування вичерпано');
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('#view').innerText()).toBe('Хто не подав дані: дані не завантажено.');
  });

  it('offers to try a failed view again, and the retry loads it', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('sidebarDepartments', 'Час очікування вичерпано');
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.getByRole('alert').waitFor();
    server.fail.delete('sidebarDepartments');
    await page.getByRole('button', { name: 'Спробувати знову' }).click();
    await page.locator('.executor').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('gives the buttons back after a failure', async () => {
    const { page, server } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
    await page.locator('.finding').first().waitFor();
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
        ['Звіт', 'table.report'],
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

    it('reaches the chosen tab with Tab, the next with an arrow, and opens it with Enter', async () => {
      const { page, server } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      const reached = await tabUntil(page, () => document.activeElement?.id === 'tab-check');
      await page.keyboard.press('ArrowRight');
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
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-report');
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
      expect([reached, (await server.waitForCall('selectCell')).slice(0, 3)]).toEqual([
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

  describe('focus and announcements', () => {
    const announced = (page: Page): Promise<string> =>
      page.locator('#announcer').evaluate(
        (node) =>
          new Promise<string>((done) => {
            const read = (): void =>
              node.textContent ? done(node.textContent) : void setTimeout(read, 20);
            read();
          }),
      );
    /**
     * What the live region says once it stops changing (unchanged for 300 ms): a report's steps
     * are announced one after another, and the card can show before the last announcement.
     */
    const settled = (page: Page): Promise<string> =>
      page.locator('#announcer').evaluate(
        (node) =>
          new Promise<string>((done) => {
            let last = node.textContent ?? '';
            let since = Date.now();
            const read = (): void => {
              const now = node.textContent ?? '';
              if (now !== last) [last, since] = [now, Date.now()];
              if (now !== '' && Date.now() - since >= 300) done(now);
              else setTimeout(read, 20);
            };
            read();
          }),
      );

    it('moves focus to the new result after "Перевірити знову"', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
      await page.locator('.finding').first().waitFor();
      await page.getByRole('button', { name: 'Перевірити знову' }).click();
      await page.locator('#check-result:focus').waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        '2 помилки, 1 попередження',
      );
    });

    it('announces the result of "Перевірити знову"', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
      await page.locator('.finding').first().waitFor();
      await page.getByRole('button', { name: 'Перевірити знову' }).click();
      await page.locator('#check-result:focus').waitFor();
      expect(await announced(page)).toBe('Перевірку завершено: 2 помилки, 1 попередження.');
    });

    it('moves focus to what "Зняти позначки" did', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
      await page.locator('.finding').first().waitFor();
      await page.getByRole('button', { name: 'Зняти позначки' }).click();
      await page.locator('#status .success').waitFor();
      expect(
        await page.evaluate(() => document.activeElement?.closest('#status .success') !== null),
      ).toBe(true);
    });

    it.each([
      ['Підсумки', 'summary-result'],
      ['Хто не подав дані', 'submissions-result'],
    ])('moves focus to the refreshed %s after "Оновити"', async (tab, id) => {
      const { page } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('button', { name: 'Оновити' }).click();
      await page.locator(`#${id}:focus`).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    });

    it('announces "Звіт створено." when the report is made', async () => {
      const { page } = await harness.open({ initial: { view: 'report' } });
      await page.locator('.card').waitFor();
      expect(await settled(page)).toBe('Звіт створено.');
    });

    it('puts a failure in an alert, which screen readers read at once', async () => {
      const { page, server } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      server.fail.set('sidebarCheck', 'Exception: Service Spreadsheets timed out');
      await page.getByRole('button', { name: 'Перевірити знову' }).click();
      expect(await page.getByRole('alert').locator('p').textContent()).toBe(
        'Не вдалося перевірити таблицю. Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
      );
    });
  });

  describe('the pinned header', () => {
    /** Enough wrong amounts for a page many screens tall. */
    const MANY: Edits = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [
        String(i + 1),
        { 'city.plan': 'багато', 'city.fact': 'мало', status: '' },
      ]),
    );

    it('keeps the tabs and the counts in sight when the findings scroll', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, MANY) });
      await page.locator('.finding').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await shot(page, 'check-scrolled');
      const tops = await page.evaluate(() => [
        window.scrollY > 500,
        Math.round(document.getElementById('tabs')!.getBoundingClientRect().top),
        document.querySelector('#pinned .count.error')!.getBoundingClientRect().bottom < 200,
      ]);
      expect(tops).toEqual([true, 0, true]);
    });

    /** Walks `times` errors; the walked finding's box, the strip's bottom and the window's height. */
    const walk = async (height: number, times: number) => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, MANY), height });
      await page.locator('.finding').first().waitFor();
      const next = page.getByRole('button', { name: 'Наступна помилка' });
      for (let i = 0; i < times; i++) await next.click();
      await shot(page, `walk-${height}`);
      return page.evaluate(() => {
        const current = document.querySelector('.finding[aria-current]')!.getBoundingClientRect();
        return {
          top: current.top,
          bottom: current.bottom,
          strip: document.getElementById('top')!.getBoundingClientRect().bottom,
          window: window.innerHeight,
        };
      });
    };

    it('shows the walked finding whole, below the pinned strip, at 300 × 560', async () => {
      const at = await walk(560, 10);
      expect([at.top >= at.strip, at.bottom <= at.window]).toEqual([true, true]);
    });

    it('shows the walked finding below the pinned strip at 300 × 660, the strip in full', async () => {
      const at = await walk(660, 10);
      expect([at.top >= at.strip, at.bottom <= at.window]).toEqual([true, true]);
    });

    it('pins at most 200 px while walking in a sidebar 560 px tall', async () => {
      const at = await walk(560, 1);
      expect(at.strip).toBeLessThanOrEqual(200);
    });

    it('scrolls a finding the keyboard reaches behind the pinned strip out from under it', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, MANY) });
      await page.locator('.finding').first().waitFor();
      const at = await page.evaluate(() => {
        const finding = document.querySelectorAll<HTMLElement>('.finding')[10]!;
        // Scrolled so that the finding sits under the strip, in the window but out of sight.
        window.scrollBy(0, finding.getBoundingClientRect().top - 40);
        finding.focus();
        return [
          finding.getBoundingClientRect().top,
          document.getElementById('top')!.getBoundingClientRect().bottom,
        ];
      });
      expect(at[0]).toBeGreaterThanOrEqual(at[1]!);
    });

    it('has one scroll box, the window', async () => {
      const { page } = await harness.open({ grids: editMeasures(harness.sample, MANY) });
      await page.locator('.finding').first().waitFor();
      const boxes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body, body *'))
          .filter((e) => !e.closest('.preview-scroll, .walk-at, textarea'))
          .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
          .map((e) => e.tagName.toLowerCase()),
      );
      expect(boxes).toEqual([]);
    });
  });

  describe('at 300 px and in screenshots', () => {
    const sidebarViews = [
      ['Перевірка', '.finding', 'check'],
      ['Підсумки', '.figures', 'summary'],
      ['Звіт', 'table.report', 'report'],
      ['Зміни', '#changes-result', 'changes-tab'],
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

    it('overflows nowhere in the dialogs at 520 × 600', async () => {
      const found: string[] = [];
      const dialogs = [
        ['settings', { view: 'settings', settings: settingsOf(harness.sample) }],
        ['help', { view: 'help' }],
      ] as const;
      for (const [name, initial] of dialogs) {
        const { page } = await harness.open({ initial, width: 520, height: 600 });
        await page.locator('#view > *').first().waitFor();
        found.push(...(await overflowing(page)).map((e) => `${name}: ${e}`));
        await shot(page, name);
      }
      expect(found).toEqual([]);
    });

    it('fits the preview window’s width without a sideways scroll', async () => {
      const { page } = await harness.open({
        initial: { view: 'preview', report: analyseWorkbook(harness.sample).report },
        width: 1100,
        height: 720,
      });
      await page.locator('table.report').waitFor();
      await shot(page, 'preview-window');
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        document.querySelector('table.report')!.getBoundingClientRect().width > 900,
      ]);
      expect(widths).toEqual([true, true]);
    });

    it('shows the calm check at 300 px', async () => {
      const { page } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await shot(page, 'check-clean');
      expect(await overflowing(page)).toEqual([]);
    });
  });
});
