// The other views in headless Chromium: tabs, Підсумки, the preview with the reference's header
// spans and totals, the report result, who still owes data, and the dialogs.
import type { FilledReport } from '../../src/shared/api';
import { analyseWorkbook } from '../../src/core/analyse';
import { analyseProgramme } from '../../src/core/programme';
import { MENU_ITEMS } from '../../src/gas/ui';
import {
  STALE_REPORT_MESSAGE,
  toDepartmentsView,
  toSummaryView,
  tooManyMeasuresMessage,
} from '../../src/shared/views';
import { settingsGrid } from '../support/grid-builders';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import {
  describeInChromium,
  editMeasures,
  lastReportOf,
  settingsOf,
  harnessForTests,
  shot,
  TAB_VIEWS,
  TROUBLED,
} from './harness';

describeInChromium('the sidebar views and dialogs', () => {
  const harness = harnessForTests();

  it('shows each view when its tab is chosen', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    const seen: string[] = [];
    for (const [tab, shows] of TAB_VIEWS) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator(shows).first().waitFor();
      seen.push(`${tab}: ${await page.getByRole('tab', { selected: true }).textContent()}`);
    }
    expect(seen).toEqual([
      'Підсумки: Підсумки',
      'Звіт: Звіт',
      'Зміни: Зміни',
      'Хто не подав дані: Хто не подав дані',
      'Перевірка: Перевірка',
    ]);
  });

  it('shows «Лише активний аркуш» only on the views it narrows', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    const shown: string[] = [];
    for (const [tab, shows] of TAB_VIEWS) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator(shows).first().waitFor();
      if (await page.getByLabel('Лише активний аркуш').isVisible()) shown.push(tab);
    }
    expect(shown).toEqual(['Підсумки', 'Звіт', 'Перевірка']);
  });

  it('shows the execution counts of sidebarSummary', async () => {
    const { page } = await harness.open();
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.locator('.figures').waitFor();
    expect(await page.locator('.figures').innerText()).toBe(
      'Заплановано\n11\nВиконувались\n7\nТермін не настав\n1\nПрострочено\n3\nТермін невідомий\n0',
    );
  });

  it('shows the totals per source as the report prints them', async () => {
    const { page } = await harness.open();
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.locator('.totals-table').waitFor();
    expect(await page.locator('.totals-table tbody tr').allInnerTexts()).toEqual([
      'Всього\t168,8 / 20',
      'Державний бюджет\t-',
      'Обласний бюджет\t-',
      'Бюджет міста\t88,8 / 20',
      'Кошти підприємств\t-',
      'Інші джерела\t80 / 0',
    ]);
  });

  it('shows the summary paragraphs with the funding line last', async () => {
    const { page, server } = await harness.open();
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.locator('.summary-text').first().waitFor();
    expect(await page.locator('.summary-text').allTextContents()).toEqual(server.analysis.summary);
  });

  it('names every ВСЬОГО row written, one per tab', async () => {
    const summary = {
      ...toSummaryView(analyseWorkbook(harness.sample), 9),
      sheet: '6.1 Розділ 1',
      totalsRows: [
        { sheet: '6.1 Розділ 1', row: 9 },
        { sheet: '6.2 Розділ 2', row: 12 },
      ],
    };
    const { page } = await harness.open({ initial: { view: 'summary', summary } });
    await page.locator('.figures').waitFor();
    expect(await page.getByText(/^Рядки ВСЬОГО/).textContent()).toBe(
      'Рядки ВСЬОГО з формулами записано: рядок 9 аркуша «6.1 Розділ 1», рядок 12 аркуша «6.2 Розділ 2».',
    );
  });

  const openPreview = async () => {
    const opened = await harness.open();
    await opened.page.getByRole('tab', { name: 'Звіт' }).click();
    await opened.page.locator('table.report').waitFor();
    return opened;
  };

  it('renders the preview header with the reference table’s spans', async () => {
    const { page } = await openPreview();
    const spans = await page.$$eval('table.report thead th', (cells) =>
      cells.map((c) => {
        const th = c as HTMLTableCellElement;
        return `${th.textContent} ${th.rowSpan}×${th.colSpan}`;
      }),
    );
    expect(spans).toEqual([
      '№ з/п 4×1',
      'Зміст заходу 4×1',
      'Термін виконання 4×1',
      'Виконавець 4×1',
      'Витрати на реалізацію (план/факт), тис. грн. 1×6',
      'Виконання 4×1',
      'Всього 3×1',
      'у тому числі за рахунок коштів: 1×5',
      'держбюджету 2×1',
      'місцевих бюджетів 1×2',
      'підприємств 2×1',
      'інших джерел 2×1',
      'обл. бюджету 1×1',
      'бюджету міста 1×1',
      ...['А', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((n) => `${n} 1×1`),
    ]);
  });

  it('renders the totals row with its label across four columns and "168,8 / 20"', async () => {
    const { page } = await openPreview();
    const totals = await page.$$eval('table.report tfoot tr > *', (cells) =>
      cells.map((c) => `${c.textContent} ${(c as HTMLTableCellElement).colSpan}`),
    );
    expect(totals).toEqual([
      'ВСЬОГО: 4',
      '168,8 / 20 1',
      '- 1',
      '- 1',
      '88,8 / 20 1',
      '- 1',
      '80 / 0 1',
      'х 1',
    ]);
  });

  it('renders one preview row per measure, line breaks kept', async () => {
    const { page, server } = await openPreview();
    const rows = await page.$$eval('table.report tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.children).map((td) => (td as HTMLElement).innerText)),
    );
    expect(rows).toEqual(server.analysis.report.rows.map((r) => r.cells));
  });

  it('shows the summary and the signature under the preview table', async () => {
    const { page, server } = await openPreview();
    const { summary, signature } = server.analysis.report;
    expect([
      await page.locator('.report-text').allTextContents(),
      await page.locator('.signature').innerText(),
      await page.locator('.date-line').textContent(),
    ]).toEqual([summary, `${signature.position}\n${signature.name}`, signature.dateLine]);
  });

  it('prints a group heading as one bold cell across the table', async () => {
    const model = analyseWorkbook(harness.sample).report;
    const report = {
      ...model,
      rows: [
        {
          cells: ['1. Інформаційна відкритість', ...model.columns.slice(1).map(() => '')],
          heading: true,
        },
        ...model.rows,
      ],
    };
    const { page } = await harness.open({ initial: { view: 'preview', report } });
    const first = page.locator('table.report tbody tr').first().locator('td');
    expect([
      await first.count(),
      await first.getAttribute('colspan'),
      await first.textContent(),
      await first.evaluate((td) => getComputedStyle(td).fontWeight),
    ]).toEqual([1, String(model.columns.length), '1. Інформаційна відкритість', '700']);
  });

  it('says so when the report has no rows', async () => {
    const { page } = await harness.open({
      initial: { view: 'preview', report: { ...analyseWorkbook(harness.sample).report, rows: [] } },
    });
    expect(await page.locator('#view').innerText()).toBe(
      'У звіті немає жодного заходу.\n\nПеревірте таблицю на вкладці «Перевірка».',
    );
  });

  it('asks the server for the wide preview window with "Відкрити ширше"', async () => {
    const { page, server } = await openPreview();
    await page.getByRole('button', { name: 'Відкрити ширше' }).click();
    expect(await server.waitForCall('showPreviewWindow')).toEqual(['showPreviewWindow']);
  });

  it('opens the wide preview over the active tab alone once «Лише активний аркуш» is ticked', async () => {
    const { page, server } = await openPreview();
    await page.getByLabel('Лише активний аркуш').check();
    await page.locator('table.report').waitFor();
    await page.getByRole('button', { name: 'Відкрити ширше' }).click();
    expect(await server.waitForCall('showPreviewWindow')).toEqual(['showPreviewWindow', true]);
  });

  describe('the report in steps', () => {
    const build = async (options: Parameters<Harness['open']>[0] = {}) => {
      const opened = await harness.open({ ...options, initial: { view: 'report' } });
      return opened;
    };

    it('builds the report at once when opened from the menu: check, create, fill', async () => {
      const { page, server } = await build();
      await page.locator('.card').waitFor();
      expect(server.calls).toEqual([
        ['reportCheck'],
        ['reportCreate', false],
        ['reportFill', 'doc-1'],
      ]);
    });

    it('shows each step as done, running or next while the Doc is created', async () => {
      const { page, server } = await build();
      const release = server.hold('reportCreate');
      await page.locator('.step.running').waitFor();
      const states = await page.locator('.step').allTextContents();
      release();
      expect(states).toEqual([
        '✓Перевіряю таблицю — готово',
        'Створюю документ — зараз',
        'Заповнюю таблицю — далі',
      ]);
    });

    it('says "Створюю документ…" in the status line while the Doc is created', async () => {
      const { page, server } = await build();
      const release = server.hold('reportCreate');
      await page.locator('.step.running').waitFor();
      const doing = await page.locator('#status').textContent();
      release();
      expect(doing).toBe('Створюю документ…');
    });

    it('keeps «Лише активний аркуш» from being changed between the steps', async () => {
      const { page, server } = await build();
      const release = server.hold('reportCreate');
      await server.waitForCall('reportCreate');
      const disabled = await page.getByLabel('Лише активний аркуш').isDisabled();
      release();
      expect(disabled).toBe(true);
    });

    it('keeps the result in one card: link, time, period, folder, PDF', async () => {
      const { page, server } = await build();
      await page.locator('.card').waitFor();
      expect(await page.locator('.card h2, .card p, .card dt, .card dd').allTextContents()).toEqual(
        [
          'Останній звіт',
          server.analysis.report.documentName,
          'Створено',
          '25.11.2026, 22:50',
          'Період',
          '1 півріччя 2017 року',
          'Папка',
          'Звіти Zvit',
          'PDF',
          'ще не збережено',
        ],
      );
    });

    it('says how many warnings the new report leaves to look at', async () => {
      const { page } = await build({
        grids: editMeasures(harness.sample, { '6': { term: 'колись' } }),
      });
      await page.locator('.card').waitFor();
      expect(await page.locator('.progress-slot .warning-text').textContent()).toBe(
        'У таблиці 1 попередження. Звіту це не заважає, але варто переглянути вкладку «Перевірка».',
      );
    });

    it('says which Пояснення rows the new report left out', async () => {
      const { page, server } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Звіт' }).click();
      const note = 'Не потрапили до звіту абзаци з аркуша «Пояснення» (клітинка A3): …';
      server.reply.set('reportFill', {
        ...lastReportOf(server.analysis, 'doc-1'),
        notes: [note],
      } satisfies FilledReport);
      await page.getByRole('button', { name: 'Сформувати звіт' }).click();
      await page.locator('.card').waitFor();
      expect(await page.locator('.progress-slot .warning-text').allTextContents()).toEqual([note]);
    });

    it('links the Doc in a new tab', async () => {
      const { page, server } = await build();
      const doc = page.getByRole('link', { name: server.analysis.report.documentName });
      await doc.waitFor();
      expect([await doc.getAttribute('href'), await doc.getAttribute('target')]).toEqual([
        'https://docs.google.com/document/d/doc-1/edit',
        '_blank',
      ]);
    });

    it('makes "Сформувати заново" a secondary button once a report exists', async () => {
      const { page } = await build();
      await page.locator('.card').waitFor();
      expect([
        await page.getByRole('button', { name: 'Сформувати заново' }).getAttribute('class'),
        await page.locator('#view button.action, #view button.create').allTextContents(),
      ]).toEqual(['secondary', ['Зберегти PDF']]);
    });

    it('saves the PDF with reportPdf and shows its link instead of the button', async () => {
      const { page, server } = await build();
      await page.getByRole('button', { name: 'Зберегти PDF' }).click();
      await page.locator('#last-report-pdf a').waitFor();
      expect([
        server.calls.at(-1),
        await page.locator('#last-report-pdf a').getAttribute('href'),
        await page.getByRole('button', { name: 'Зберегти PDF' }).count(),
      ]).toEqual([['reportPdf', 'doc-1'], 'https://drive.google.com/file/d/pdf-of-doc-1/view', 0]);
    });

    it('shows the last report again when the tab is opened later', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await harness.open({ last });
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Звіт' }).click();
      await page.locator('.card').waitFor();
      expect([
        server.calls.map((c) => c[0]).slice(0, 2),
        await page.locator('.card a').first().getAttribute('href'),
      ]).toEqual([['sidebarCheck', 'lastReport'], 'https://docs.google.com/document/d/doc-7/edit']);
    });

    it('asks «Замінити останній звіт?» before a second report, naming it', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await build({ last });
      await page.getByRole('heading', { name: 'Замінити останній звіт?' }).waitFor();
      expect([server.calls, await page.locator('.ask p').textContent()]).toEqual([
        [['reportCheck']],
        `Звіт «${last.name}» створено 25.11.2026, 22:50. Якщо замінити, його буде переміщено в кошик Google Диска (звідти його можна відновити), щойно новий буде готовий.`,
      ]);
    });

    it.each([
      ['Замінити', [['reportCreate', true]]],
      ['Залишити обидва', [['reportCreate', false]]],
      ['Скасувати', []],
    ])('after «%s» asks reportCreate accordingly', async (choice, creates) => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await build({ last });
      await page.getByRole('button', { name: choice }).click();
      await page.locator('.card').waitFor();
      expect(server.calls.filter((c) => c[0] === 'reportCreate')).toEqual(creates);
    });

    it('shows the card of the report it was to replace when filling the new one fails', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await build({ last });
      server.fail.set('reportFill', 'Exception: Service Documents timed out');
      await page.getByRole('button', { name: 'Замінити', exact: true }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.locator('.card a').first().getAttribute('href')).toBe(
        'https://docs.google.com/document/d/doc-7/edit',
      );
    });

    it('shows a refusal’s findings in the check view, where a click selects the cell', async () => {
      const { page, server } = await build({ grids: editMeasures(harness.sample, TROUBLED) });
      await page.locator('.finding.error').first().click();
      expect([
        await page.getByRole('tab', { selected: true }).textContent(),
        await page.getByRole('alert').textContent(),
        (await server.waitForCall('selectCell')).slice(0, 3),
      ]).toEqual([
        'Перевірка',
        '!Звіт не створено: у таблиці 2 помилки. Виправте позначені клітинки і спробуйте знову.',
        ['selectCell', 'Заходи', 'K5'],
      ]);
    });

    it('offers no retry when the table is too large for one run', async () => {
      const { page, server } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Звіт' }).click();
      const message = tooManyMeasuresMessage(5001);
      server.reply.set('reportCheck', { ok: false, message, check: null, retry: false });
      await page.getByRole('button', { name: 'Сформувати звіт' }).click();
      await page.getByRole('alert').waitFor();
      expect([
        await page.getByRole('alert').locator('p').textContent(),
        await page.getByRole('button', { name: 'Спробувати знову' }).count(),
      ]).toEqual([message, 0]);
    });

    it('offers «Сформувати звіт» only as a plain button after a refusal that retrying cannot change', async () => {
      const { page, server } = await harness.open();
      await page.getByText('Помилок не знайдено').waitFor();
      await page.getByRole('tab', { name: 'Звіт' }).click();
      server.reply.set('reportCheck', {
        ok: false,
        message: tooManyMeasuresMessage(5001),
        check: null,
        retry: false,
      });
      await page.getByRole('button', { name: 'Сформувати звіт' }).click();
      await page.getByRole('alert').waitFor();
      await shot(page, 'report-too-many');
      expect([
        await page.getByRole('button', { name: 'Сформувати звіт' }).getAttribute('class'),
        await page.locator('.actions-slot .hint').textContent(),
      ]).toEqual([
        'secondary',
        'Так само сформувати звіт не вдасться: спершу зробіть те, що сказано вище.',
      ]);
    });

    it('offers «Сформувати звіт» as usual when the Doc was trashed while it was filled', async () => {
      const { page, server } = await build();
      server.fail.set('reportFill', 'Exception: No item with the given ID could be found.');
      await page.getByRole('alert').waitFor();
      expect([
        await page.getByRole('button', { name: 'Сформувати звіт' }).getAttribute('class'),
        await page.locator('.actions-slot .hint').count(),
      ]).toEqual(['create', 0]);
    });

    it('marks the failed step and offers to try again when filling fails', async () => {
      const { page, server } = await build();
      server.fail.set('reportFill', 'Exception: Service Documents timed out');
      await page.getByRole('alert').waitFor();
      expect([
        await page.locator('.step.failed').textContent(),
        await page.getByRole('alert').locator('p').textContent(),
        await page.getByRole('button', { name: 'Спробувати знову' }).count(),
      ]).toEqual([
        '!Заповнюю таблицю — не вдалося',
        'Не вдалося заповнити таблицю звіту. Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
        1,
      ]);
    });
  });

  describe('the report tab when something fails', () => {
    const openTab = async (options: Parameters<Harness['open']>[0] = {}) => {
      const opened = await harness.open(options);
      await opened.page.getByText('Помилок не знайдено').waitFor();
      return opened;
    };
    const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

    it('moves the focus to «Спробувати знову» when a step fails', async () => {
      const { page, server } = await harness.open({ initial: { view: 'report' } });
      server.fail.set('reportCreate', 'Exception: Service Documents timed out');
      await page.getByRole('alert').waitFor();
      expect(await focused(page)).toBe('Спробувати знову');
    });

    it('moves the focus to the failure when a step fails for good', async () => {
      const { page, server } = await harness.open({ initial: { view: 'report' } });
      server.fail.set('reportCreate', 'Exception: Access denied: DriveApp.');
      await page.getByRole('alert').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role') ?? '')).toBe(
        'alert',
      );
    });

    it('offers one way to try again after a failed step', async () => {
      const { page, server } = await harness.open({ initial: { view: 'report' } });
      server.fail.set('reportFill', 'Exception: Service Documents timed out');
      await page.getByRole('alert').waitFor();
      await shot(page, 'report-step-failed');
      expect(
        await page.locator('#view button, #status button:not(.dismiss)').allTextContents(),
      ).toEqual(['Спробувати знову', 'Показати попередній перегляд']);
    });

    it('offers «Сформувати звіт» when the last report cannot be loaded', async () => {
      const { page, server } = await openTab();
      server.fail.set('lastReport', 'Exception: You do not have permission to call getProperty.');
      await page.getByRole('tab', { name: 'Звіт' }).click();
      await page.getByRole('alert').waitFor();
      await shot(page, 'report-last-unloaded');
      expect([
        await page.locator('.card-slot').innerText(),
        await page.getByRole('button', { name: 'Сформувати звіт' }).isEnabled(),
      ]).toEqual([
        'Останній звіт не вдалося завантажити.\n\nНовий звіт можна сформувати й так: якщо останній звіт є, Zvit запитає, чи замінити його.',
        true,
      ]);
    });

    it('leaves «Сформувати звіт» usable while the preview is prepared', async () => {
      const { page, server } = await openTab();
      const release = server.hold('sidebarPreview');
      await page.getByRole('tab', { name: 'Звіт' }).click();
      await server.waitForCall('sidebarPreview');
      const enabled = await page.getByRole('button', { name: 'Сформувати звіт' }).isEnabled();
      release();
      expect(enabled).toBe(true);
    });

    it('says aloud that the preview could not be prepared', async () => {
      const { page, server } = await openTab();
      server.fail.set('sidebarPreview', 'Exception: Service Spreadsheets timed out');
      await page.getByRole('tab', { name: 'Звіт' }).click();
      await page.locator('.preview-slot .warning-text').waitFor();
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent !== '');
      expect(await page.locator('#announcer').textContent()).toContain(
        'Не вдалося підготувати попередній перегляд.',
      );
    });

    it('keeps «Відкрити ширше» disabled when the preview arrives while a report is built', async () => {
      const { page, server } = await openTab();
      const releasePreview = server.hold('sidebarPreview');
      const releaseCheck = server.hold('reportCheck');
      await page.getByRole('tab', { name: 'Звіт' }).click();
      await page.getByRole('button', { name: 'Сформувати звіт' }).click();
      await server.waitForCall('reportCheck');
      releasePreview();
      const wide = page.getByRole('button', { name: 'Відкрити ширше' });
      await wide.waitFor();
      const enabled = await wide.isEnabled();
      releaseCheck();
      expect(enabled).toBe(false);
    });

    it('says under the new report that the one it replaced went to the bin', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await harness.open({ last, initial: { view: 'report' } });
      server.reply.set('reportFill', {
        ...lastReportOf(server.analysis, 'doc-1'),
        replaced: { trashed: true },
      });
      await page.getByRole('button', { name: 'Замінити', exact: true }).click();
      await page.locator('.card').waitFor();
      expect(await page.locator('.progress-slot').innerText()).toBe(
        'Замінений звіт переміщено в кошик.',
      );
    });

    it('drops the link and «Зберегти PDF» of a report whose Doc is gone', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await openTab({ last });
      await page.getByRole('tab', { name: 'Звіт' }).click();
      server.fail.set(
        'reportPdf',
        "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
      );
      await page.getByRole('button', { name: 'Зберегти PDF' }).click();
      await page.getByRole('alert').waitFor();
      await shot(page, 'report-pdf-doc-gone');
      expect([
        await page.locator('.card').innerText(),
        await page.getByRole('link', { name: last.name }).count(),
        await page.getByRole('button', { name: 'Зберегти PDF' }).count(),
      ]).toEqual([
        `Останній звіт\nЗвіту «${last.name}» уже немає.\n\nЙого видалили або замість нього сформовано новий. Сформуйте звіт знову.`,
        0,
        0,
      ]);
    });

    it('makes «Сформувати звіт» the one primary action once the report is no longer the last one', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await openTab({ last });
      await page.getByRole('tab', { name: 'Звіт' }).click();
      server.fail.set('reportPdf', `Exception: ${STALE_REPORT_MESSAGE}`);
      await page.getByRole('button', { name: 'Зберегти PDF' }).click();
      await page.getByRole('alert').waitFor();
      expect(
        await page.locator('#view button.action, #view button.create').allTextContents(),
      ).toEqual(['Сформувати звіт']);
    });

    it('offers no retry when the report whose PDF was asked is no longer the last one', async () => {
      const last = lastReportOf(analyseWorkbook(harness.sample), 'doc-7');
      const { page, server } = await openTab({ last });
      await page.getByRole('tab', { name: 'Звіт' }).click();
      server.fail.set('reportPdf', `Exception: ${STALE_REPORT_MESSAGE}`);
      await page.getByRole('button', { name: 'Зберегти PDF' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('button', { name: 'Спробувати знову' }).count()).toBe(0);
    });
  });

  describe('without a measures table', () => {
    const open = async (tab: string) => {
      const { page } = await harness.open({ grids: [settingsGrid()] });
      await page.locator('.finding').first().waitFor();
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('.empty-state').waitFor();
      return page;
    };

    it('does not say that every department has submitted', async () => {
      const page = await open('Хто не подав дані');
      expect([
        await page.locator('.calm').count(),
        await page.locator('.empty-state strong').textContent(),
      ]).toEqual([0, 'У таблиці не знайдено жодного заходу з виконавцем.']);
    });

    it('says there is nothing to sum instead of a table of zeros', async () => {
      const page = await open('Підсумки');
      expect([
        await page.locator('.figures').count(),
        await page.locator('.empty-state strong').textContent(),
      ]).toEqual([0, 'У таблиці не знайдено жодного заходу.']);
    });
  });

  const openSubmissions = async () => {
    const opened = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
    await opened.page.locator('.finding').first().waitFor();
    await opened.page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await opened.page.locator('.executor').first().waitFor();
    return opened;
  };

  it('names the departments that owe data or have errors first, in the order they appear', async () => {
    const { page } = await openSubmissions();
    expect(await page.locator('.executor:not(.done) h3').allTextContents()).toEqual([
      'Прес-служба',
      'Відділ інформаційного забезпечення',
    ]);
  });

  it('heads the list with the tab’s own name', async () => {
    const { page } = await openSubmissions();
    expect(await page.locator('#submissions-result').textContent()).toBe('Хто не подав дані');
  });

  it('puts the reminder text in a read-only box', async () => {
    const { page } = await openSubmissions();
    const box = page.getByLabel('Текст нагадування');
    expect([await box.inputValue(), await box.getAttribute('readonly')]).toEqual([
      toDepartmentsView(analyseProgramme(editMeasures(harness.sample, TROUBLED)), null).reminder,
      '',
    ]);
  });

  it('copies the reminder, or leaves it selected when the clipboard is not allowed', async () => {
    const { page } = await openSubmissions();
    await page.getByRole('button', { name: 'Копіювати' }).click();
    await page.locator('#status p').waitFor();
    const selected = await page.evaluate(() => {
      const box = document.getElementById('reminder') as HTMLTextAreaElement;
      return box.selectionEnd - box.selectionStart === box.value.length;
    });
    expect([
      selected,
      ['Скопійовано.', 'Текст виділено: натисніть Ctrl+C, щоб скопіювати.'].includes(
        (await page.locator('#status').textContent()) ?? '',
      ),
    ]).toEqual([true, true]);
  });

  const settingsState = async () => ({
    view: 'settings' as const,
    settings: settingsOf(harness.sample),
  });

  it('echoes the period once typing pauses, red when it cannot be read', async () => {
    const { page, server } = await harness.open({ initial: await settingsState() });
    const period = page.getByLabel('Звітний період');
    await period.fill('');
    await period.pressSequentially('9 міс', { delay: 20 });
    await page.locator('#period-echo.bad').waitFor();
    await period.pressSequentially('яців 2016 року', { delay: 20 });
    await page.getByText('кінець періоду: 30.09.2016').waitFor();
    expect([
      server.calls.map((c) => c[0]).filter((n) => n === 'echoPeriod').length <= 3,
      await page.locator('#period-echo').getAttribute('class'),
    ]).toEqual([true, 'echo ok']);
  });

  it('saves the settings with saveSettings and says "Налаштування збережено."', async () => {
    const { page, server } = await harness.open({ initial: await settingsState() });
    await page.getByLabel('Місто').fill('  Краматорськ ');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await page.locator('#status .success').waitFor();
    expect([server.calls.at(-1), await page.getByLabel('Місто').inputValue()]).toEqual([
      [
        'saveSettings',
        {
          sectionNumber: '4.4',
          sectionName: 'Розвиток інформаційного простору',
          city: '  Краматорськ ',
          period: '1 півріччя 2017 року',
          signerPosition: 'Начальник відділу інформаційного забезпечення',
          signer: 'Ольга КОВАЛЕНКО',
          programme: '',
        },
      ],
      'Краматорськ',
    ]);
  });

  it('saves the settings with the city and the section’s number and name left empty', async () => {
    const { page, server } = await harness.open({ initial: await settingsState() });
    for (const label of ['Номер розділу', 'Назва розділу', 'Місто'])
      await page.getByLabel(label, { exact: true }).fill('');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await page.locator('#status .success').waitFor();
    expect(server.calls.at(-1)).toEqual([
      'saveSettings',
      expect.objectContaining({ sectionNumber: '', sectionName: '', city: '' }),
    ]);
  });

  it('labels the settings form with the labels of SettingsView', async () => {
    const { page } = await harness.open({ initial: await settingsState() });
    expect(await page.locator('form label').allTextContents()).toEqual([
      'Номер розділу',
      'Назва розділу',
      'Місто',
      'Звітний період',
      'Посада підписанта',
      'Підписант',
      'Назва програми',
    ]);
  });

  it('focuses the first field when the settings open', async () => {
    const { page } = await harness.open({ initial: await settingsState() });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setting-sectionNumber');
  });

  it('does not save a period it cannot read', async () => {
    const { page, server } = await harness.open({ initial: await settingsState() });
    await page.getByLabel('Звітний період').fill('колись');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await page.locator('#setting-period[aria-invalid="true"]').waitFor();
    expect([
      server.calls.filter((c) => c[0] === 'saveSettings'),
      await page.locator('#status .success').count(),
    ]).toEqual([[], 0]);
  });

  it('marks an empty field invalid with the reason beside it and focuses it', async () => {
    const { page } = await harness.open({ initial: await settingsState() });
    await page.getByLabel('Підписант', { exact: true }).fill('  ');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    const field = page.getByLabel('Підписант', { exact: true });
    await page.locator('#setting-signer[aria-invalid="true"]').waitFor();
    expect([
      await page.evaluate(() => document.activeElement?.id),
      await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent(),
    ]).toEqual(['setting-signer', 'Заповніть поле «Підписант»: воно потрапляє у звіт.']);
  });

  it('asks before "Закрити" drops unsaved edits', async () => {
    const { page } = await harness.open({ initial: await settingsState() });
    await page.getByLabel('Місто').fill('Краматорськ');
    await page.getByRole('button', { name: 'Закрити' }).click();
    expect(await page.locator('.ask').innerText()).toBe(
      'Зміни не збережено\n\nЗберегти їх перед тим, як закрити вікно?\n\nЗберегти й закрити\nЗакрити без збереження\nПовернутися',
    );
  });

  it('brings back the form’s buttons when «Зберегти й закрити» is refused', async () => {
    const { page } = await harness.open({ initial: await settingsState() });
    await page.getByLabel('Звітний період').fill('колись');
    await page.getByRole('button', { name: 'Закрити' }).click();
    await page.getByRole('button', { name: 'Зберегти й закрити' }).click();
    await page.locator('#setting-period[aria-invalid="true"]').waitFor();
    await shot(page, 'settings-save-close-refused');
    expect([
      await page.locator('form .actions-slot button').allTextContents(),
      await page.evaluate(() => document.activeElement?.id),
    ]).toEqual([['Зберегти', 'Закрити'], 'setting-period']);
  });

  it('closes at once when nothing was changed', async () => {
    const { page } = await harness.open({ initial: await settingsState() });
    await page.evaluate(() => {
      (window as unknown as { google: object }).google = {
        script: { host: { close: () => document.body.setAttribute('data-closed', '') } },
      };
    });
    await page.getByRole('button', { name: 'Закрити' }).click();
    expect([
      await page.locator('.ask').count(),
      await page.locator('body[data-closed]').count(),
    ]).toEqual([0, 1]);
  });

  it('names the programme’s name among the settings in the help dialog', async () => {
    const { page } = await harness.open({ initial: { view: 'help' } });
    expect(await page.locator('.help dt:text-is("Налаштування") + dd').textContent()).toContain(
      'назва програми',
    );
  });

  it('explains every menu item in the help dialog', async () => {
    const { page } = await harness.open({ initial: { view: 'help' } });
    expect(await page.locator('.help dt').allTextContents()).toEqual(
      MENU_ITEMS.map(([caption]) => caption),
    );
  });
});
