// The other views in headless Chromium: tabs, Підсумки, the preview with the reference's header
// spans and totals, the report result, who still owes data, and the dialogs.
import type { Harness } from './harness';
import { toSubmissionsView } from '../../src/shared/views';
import { describeInChromium, editMeasures, settingsOf, startHarness, TROUBLED } from './harness';

describeInChromium('the sidebar views and dialogs', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('shows each view when its tab is chosen', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    const seen: string[] = [];
    for (const [tab, shows] of [
      ['Підсумки', '.figures'],
      ['Попередній перегляд', 'table.report'],
      ['Хто не подав дані', '.executor'],
      ['Перевірка', '.counts'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator(shows).first().waitFor();
      seen.push(`${tab}: ${await page.getByRole('tab', { selected: true }).textContent()}`);
    }
    expect(seen).toEqual([
      'Підсумки: Підсумки',
      'Попередній перегляд: Попередній перегляд',
      'Хто не подав дані: Хто не подав дані',
      'Перевірка: Перевірка',
    ]);
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

  const openPreview = async () => {
    const opened = await harness.open();
    await opened.page.getByRole('tab', { name: 'Попередній перегляд' }).click();
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

  it('links the generated Doc and saves a PDF of it', async () => {
    const { page, server } = await openPreview();
    await page.getByRole('button', { name: 'Сформувати звіт' }).click();
    const doc = page.getByRole('link', { name: server.analysis.report.documentName, exact: true });
    await doc.waitFor();
    await page.getByRole('button', { name: 'Зберегти PDF' }).click();
    await page.locator('.pdf a').waitFor();
    expect([
      await doc.getAttribute('href'),
      await doc.getAttribute('target'),
      server.calls.slice(-2),
      await page.locator('.pdf a').getAttribute('href'),
    ]).toEqual([
      'https://docs.google.com/document/d/doc-4-4/edit',
      '_blank',
      [['generateReport'], ['savePdf', 'doc-4-4']],
      'https://drive.google.com/file/d/pdf-of-doc-4-4/view',
    ]);
  });

  it('shows why no report was made and the findings that block it', async () => {
    const { page } = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
    await page.locator('.finding').first().waitFor();
    await page.getByRole('tab', { name: 'Попередній перегляд' }).click();
    await page.locator('table.report').waitFor();
    await page.getByRole('button', { name: 'Сформувати звіт' }).click();
    await page.locator('.result.failed').waitFor();
    expect([
      await page.locator('.result .failure').textContent(),
      await page.locator('.result .group-title').allTextContents(),
      await page.getByRole('link').count(),
    ]).toEqual([
      'Звіт не створено: у таблиці 2 помилки. Виправте позначені клітинки і спробуйте знову.',
      ['Рядок 5 · захід № 2 · Прес-служба', 'Рядок 6 · захід № 3 · Прес-служба'],
      0,
    ]);
  });

  const openSubmissions = async () => {
    const opened = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
    await opened.page.locator('.finding').first().waitFor();
    await opened.page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await opened.page.locator('.executor').first().waitFor();
    return opened;
  };

  it('says per department how many measures are filled and which numbers miss what', async () => {
    const { page } = await openSubmissions();
    const owing = await page.$$eval('.executor:not(.done)', (sections) =>
      sections.map((s) => Array.from(s.querySelectorAll('h3, p, li')).map((e) => e.textContent)),
    );
    expect(owing).toEqual([
      ['Прес-служба', '2 з 3 заходів заповнено', 'Без стану виконання: № 3'],
      [
        'Відділ інформаційного забезпечення',
        '2 з 4 заходів заповнено',
        'Без фактичних сум: № 8',
        'Без опису виконання: № 4',
      ],
    ]);
  });

  it('puts the reminder text in a read-only box', async () => {
    const { page, server } = await openSubmissions();
    const box = page.getByLabel('Текст нагадування');
    expect([await box.inputValue(), await box.getAttribute('readonly')]).toEqual([
      toSubmissionsView(server.analysis).reminder,
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

  it('saves the six settings with saveSettings and says "Збережено"', async () => {
    const { page, server } = await harness.open({ initial: await settingsState() });
    await page.getByLabel('Місто').fill('  Краматорськ ');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await page.getByText('Збережено').waitFor();
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
        },
      ],
      'Краматорськ',
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
    ]);
  });

  it('opens the report dialog on the Doc’s link, without tabs', async () => {
    const { page } = await harness.open({
      initial: {
        view: 'report',
        result: {
          ok: true,
          docId: 'd1',
          name: '4.4 Звіт',
          url: 'https://docs.google.com/d1',
          warnings: 0,
        },
      },
    });
    await page.getByRole('link', { name: '4.4 Звіт' }).waitFor();
    expect([
      await page.getByRole('tab').count(),
      await page.getByRole('button').allTextContents(),
    ]).toEqual([0, ['Зберегти PDF', 'Закрити']]);
  });

  it('explains every menu item in the help dialog', async () => {
    const { page } = await harness.open({ initial: { view: 'help' } });
    expect(await page.locator('.help dt').allTextContents()).toEqual([
      'Налаштувати аркуш',
      'Перевірити дані',
      'Підрахувати підсумки',
      'Сформувати звіт',
      'Зняти позначки',
      'Налаштування',
      'Довідка',
    ]);
  });
});
