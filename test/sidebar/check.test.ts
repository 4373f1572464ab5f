// Перевірка in headless Chromium: findings by row, errors first, a click selects the cell, the
// department filter, marks cleared, the calm empty state.
import { analyseWorkbook } from '../../src/core/analyse';
import { openDataRefusalMessage, sheetGoneMessage, toCheckView } from '../../src/shared/views';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { describeInChromium, editMeasures, harnessForTests, shot, TROUBLED } from './harness';

describeInChromium('the Перевірка view', () => {
  const harness = harnessForTests();

  const openTroubled = async () => {
    const opened = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
    await opened.page.locator('.finding').first().waitFor();
    return opened;
  };

  it('runs sidebarCheck when the server gave no initial state', async () => {
    const { server, page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    expect(server.calls).toEqual([['sidebarCheck']]);
  });

  it('checks only the active tab once «Лише активний аркуш» is ticked', async () => {
    const { server, page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    await page.getByLabel('Лише активний аркуш').check();
    for (let i = 0; i < 100 && server.calls.length < 2; i++) await page.waitForTimeout(50);
    expect(server.calls).toEqual([['sidebarCheck'], ['sidebarCheck', true]]);
  });

  it('writes the ВСЬОГО row over the active tab alone once «Лише активний аркуш» is ticked', async () => {
    const { server, page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    await page.getByLabel('Лише активний аркуш').check();
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.getByRole('button', { name: 'Записати рядок ВСЬОГО' }).click();
    await page.getByText(/^Рядок ВСЬОГО з формулами записано/).waitFor();
    expect(server.calls.at(-1)).toEqual(['sidebarTotals', true]);
  });

  it('shows the calm message when nothing is wrong', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    expect(await page.locator('.count-number').allTextContents()).toEqual(['0', '0']);
  });

  it('groups findings under their sheet row with the measure and department, errors first', async () => {
    const { page } = await openTroubled();
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Рядок 5 · захід № 2 · Прес-служба',
      'Рядок 6 · захід № 3 · Прес-служба',
      'Рядок 9 · захід № 6 · Фінансове управління',
    ]);
  });

  it('shows each finding with its cell, its severity and the message', async () => {
    const { page, server } = await openTroubled();
    const warning = server.analysis.findings.find((f) => f.code === 'unknown-term')!;
    const item = page.locator('.finding.warning');
    expect([
      await item.locator('.cell').textContent(),
      await item.locator('.severity').textContent(),
      await item.getAttribute('aria-label'),
      await item.textContent(),
    ]).toEqual([warning.cell, '▲', null, `▲Попередження: ${warning.cell} ${warning.message}`]);
  });

  it('counts errors and warnings in Ukrainian', async () => {
    const { page } = await openTroubled();
    expect(await page.locator('.count').allInnerTexts()).toEqual(['2\nпомилки', '1\nпопередження']);
  });

  it('calls selectCell with the sheet and cell of a clicked finding', async () => {
    const { page, server } = await openTroubled();
    const cell = (await page.locator('.finding.warning .cell').textContent())!;
    await page.locator('.finding.warning').click();
    expect((await server.waitForCall('selectCell')).slice(0, 3)).toEqual([
      'selectCell',
      'Заходи',
      cell,
    ]);
  });

  it('hands selectCell the finding, so the server finds its cell wherever it moved', async () => {
    const { page, server } = await openTroubled();
    const shown = (await page.locator('.finding.warning .finding-text').textContent())!;
    await page.locator('.finding.warning').click();
    const [, , , finding] = await server.waitForCall('selectCell');
    const { severity, message } = finding as { severity: string; message: string };
    expect([severity, message !== '' && shown.endsWith(message)]).toEqual(['warning', true]);
  });

  it('lists only the chosen department’s findings', async () => {
    const { page } = await openTroubled();
    await page.getByLabel('Виконавець').selectOption('Фінансове управління');
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Рядок 9 · захід № 6 · Фінансове управління',
    ]);
  });

  it('offers "Усі" and each department that has findings in the filter', async () => {
    const { page } = await openTroubled();
    expect(await page.locator('#executor-filter option').allTextContents()).toEqual([
      'Усі',
      'Прес-служба',
      'Фінансове управління',
    ]);
  });

  it('clears the marks with clearMarksNow and says from how many cells', async () => {
    const { page, server } = await openTroubled();
    await page.getByRole('button', { name: 'Зняти позначки' }).click();
    await page.locator('#status .success').waitFor();
    expect([server.calls.at(-1), await page.locator('#status').textContent()]).toEqual([
      ['clearMarksNow'],
      'Позначки знято з 3 клітинок, їхній колір і примітки відновлено.',
    ]);
  });

  it('offers no «Зняти позначки» when no cell is marked', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    expect(await page.getByRole('button', { name: 'Зняти позначки' }).count()).toBe(0);
  });

  it('offers «Зняти позначки» after a check of the active tab alone, which knows no other tab’s marks', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    await page.getByLabel('Лише активний аркуш').check();
    await page.getByRole('button', { name: 'Зняти позначки' }).waitFor();
    expect(await page.getByRole('button', { name: 'Зняти позначки' }).count()).toBe(1);
  });

  it('says an open-data refusal from the menu above its findings', async () => {
    const grids = editMeasures(harness.sample, TROUBLED);
    const { page } = await harness.open({
      initial: {
        view: 'check',
        check: toCheckView(analyseWorkbook(grids), 3),
        refusal: openDataRefusalMessage(2),
      },
    });
    await page.locator('.finding').first().waitFor();
    await shot(page, 'check-open-data-refused');
    expect(await page.getByRole('alert').locator('p').textContent()).toBe(
      'Відкриті дані не експортовано: у таблиці 2 помилки. Виправте позначені клітинки і спробуйте знову.',
    );
  });

  it('checks again with "Перевірити знову"', async () => {
    const { page, server } = await openTroubled();
    await page.getByRole('button', { name: 'Перевірити знову' }).click();
    await page.locator('.finding').first().waitFor();
    expect(server.calls.filter((c) => c[0] === 'sidebarCheck')).toHaveLength(2);
  });

  it('says the check shown is the earlier one once "Перевірити знову" fails', async () => {
    const { page, server } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    server.fail.set('sidebarCheck', 'Exception: Service Spreadsheets timed out');
    await page.getByRole('button', { name: 'Перевірити знову' }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, 'check-recheck-failed');
    expect([
      await page.locator('#view > :first-child').textContent(),
      await page.locator('.calm p').textContent(),
    ]).toEqual([
      'Це результат попередньої перевірки: таблицю могли змінити відтоді.',
      'Так було під час попередньої перевірки.',
    ]);
  });

  it('lists only the errors when the error count is pressed', async () => {
    const { page } = await openTroubled();
    await page.locator('#pinned .count.error').click();
    expect([
      await page.locator('#pinned .count.error').getAttribute('aria-pressed'),
      await page.locator('.finding.warning').count(),
      await page.locator('.finding.error').count(),
    ]).toEqual(['true', 0, 2]);
  });

  it('lists everything again when the pressed count is pressed once more', async () => {
    const { page } = await openTroubled();
    await page.locator('#pinned .count.warning').click();
    await page.locator('#pinned .count.warning').click();
    expect(await page.locator('.finding').count()).toBe(3);
  });

  it('lets go of a pressed count that counts nothing after "Перевірити знову"', async () => {
    const { page, server } = await openTroubled();
    await page.locator('#pinned .count.error').click();
    const fixed = analyseWorkbook(editMeasures(harness.sample, { '6': TROUBLED['6']! }));
    server.reply.set('sidebarCheck', toCheckView(fixed, 1));
    await page.getByRole('button', { name: 'Перевірити знову' }).click();
    await page.locator('#check-result', { hasText: '1 попередження' }).waitFor();
    expect(await page.locator('.finding').count()).toBe(1);
  });

  it('does not show the calm ✓ when the filters hide every finding', async () => {
    const { page } = await openTroubled();
    await page.getByLabel('Виконавець').selectOption('Фінансове управління');
    await page.locator('#pinned .count.error').click();
    expect([
      await page.locator('#view .calm').count(),
      await page.locator('#view .empty-state strong').textContent(),
    ]).toEqual([0, 'За цими фільтрами нічого не знайдено']);
  });

  it('lists only the findings of the chosen kind', async () => {
    const { page } = await openTroubled();
    await page.getByLabel('Вид').selectOption({ label: 'Невідомий термін' });
    expect(await page.locator('.finding').allTextContents()).toEqual([
      expect.stringContaining('C9'),
    ]);
  });

  it('names only the tabs with marks, not a tab where only a stray colour was taken off', async () => {
    const finding = (code: 'not-a-number' | 'stray-mark', sheet: string) => ({
      code,
      severity: code === 'stray-mark' ? ('warning' as const) : ('error' as const),
      sheet,
      cell: 'E5',
      row: 5,
      message: code,
      measure: '2',
      executor: 'Прес-служба',
    });
    const { page } = await harness.open({
      initial: {
        view: 'check',
        check: {
          sheet: 'Інформ',
          sheets: ['Інформ', 'Спорт'],
          errors: 1,
          warnings: 1,
          marked: 1,
          findings: [finding('not-a-number', 'Інформ'), finding('stray-mark', 'Спорт')],
        },
      },
    });
    expect(await page.locator('#view p.hint').first().textContent()).toBe(
      'На аркуші «Інформ» позначено 1 клітинку.',
    );
  });

  it('names a newer kind of finding in the kind filter rather than «Інше»', async () => {
    const { page } = await harness.open({
      initial: {
        view: 'check',
        check: {
          sheet: 'Заходи',
          errors: 0,
          warnings: 2,
          marked: 0,
          findings: [
            {
              code: 'hidden-sheet',
              severity: 'warning',
              sheet: 'Копія 2016',
              cell: '',
              row: -1,
              message: 'Аркуш «Копія 2016» прихований і не є розділом звіту.',
              measure: '',
              executor: '',
            },
            {
              code: 'stray-mark',
              severity: 'warning',
              sheet: 'Заходи',
              cell: 'E5',
              row: 4,
              message: 'Колір позначки без примітки Zvit знято.',
              measure: '1',
              executor: 'Прес-служба',
            },
          ],
        },
      },
    });
    expect(await page.getByLabel('Вид').locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['Прихований аркуш', 'Колір позначки без примітки']),
    );
  });

  it('walks the errors cell by cell with "Наступна помилка", back to the first', async () => {
    const { page, server } = await openTroubled();
    const next = page.getByRole('button', { name: 'Наступна помилка' });
    for (let i = 0; i < 3; i++) await next.click();
    const selected = () =>
      server.calls.filter((c) => c[0] === 'selectCell').map((c) => c.slice(0, 3));
    while (selected().length < 3) await page.waitForTimeout(20);
    expect(selected()).toEqual([
      ['selectCell', 'Заходи', 'K5'],
      ['selectCell', 'Заходи', 'Q6'],
      ['selectCell', 'Заходи', 'K5'],
    ]);
  });

  it('keeps the focus on "Наступна помилка" and shows where it stands', async () => {
    const { page } = await openTroubled();
    await page.getByRole('button', { name: 'Наступна помилка' }).click();
    await page.getByRole('button', { name: 'Наступна помилка' }).click();
    expect([
      await page.evaluate(() => document.activeElement?.textContent),
      await page.locator('#walk-at strong').textContent(),
      await page.locator('.finding[aria-current="true"]').getAttribute('data-cell'),
    ]).toEqual(['Наступна помилка', 'Помилка 2 з 2 · Q6', 'Q6']);
  });

  it('walks on to the third of three errors at one cell, highlighting each in turn', async () => {
    // A header without three of its columns: three errors of one kind, all at A1.
    const [measures, ...rest] = harness.sample;
    const blank = new Set(['Термін виконання', 'Стан виконання', 'Виконавець']);
    const rows = measures!.rows.map((row, r) =>
      row.map((c) => (r < 3 && blank.has(String(c.value)) ? { value: '', text: '' } : c)),
    );
    const { page } = await harness.open({ grids: [{ ...measures!, rows }, ...rest] });
    const next = page.getByRole('button', { name: 'Наступна помилка' });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await next.click();
      await page
        .locator('#walk-at strong')
        .getByText(`Помилка ${i + 1} з 3`)
        .waitFor();
      seen.push(
        String(
          await page.evaluate(() =>
            Array.from(document.querySelectorAll('.finding')).findIndex((n) =>
              n.hasAttribute('aria-current'),
            ),
          ),
        ),
      );
    }
    await shot(page, 'check-walk-same-cell');
    expect(seen).toEqual(['0', '1', '2']);
  });

  it('offers a new check, not a retry, when the finding’s tab is gone', async () => {
    const { page, server } = await openTroubled();
    server.fail.set('selectCell', `Exception: ${sheetGoneMessage('Заходи')}`);
    await page.locator('.finding').first().click();
    await page.getByRole('alert').waitFor();
    await shot(page, 'check-select-tab-gone');
    expect([
      await page.locator('#status .retry').count(),
      await page.locator('#status .status-text').textContent(),
    ]).toEqual([
      0,
      'Не вдалося перейти до клітинки K5. Аркуша «Заходи» більше немає в таблиці. Натисніть ' +
        '«Перевірити знову»: цей перелік складено ще до того, як аркуш видалили чи перейменували.',
    ]);
  });

  it('reads a finding about the whole sheet without a cell in front of it', async () => {
    const { page } = await harness.open({
      initial: {
        view: 'check',
        check: {
          sheet: 'Заходи',
          errors: 1,
          warnings: 0,
          marked: 0,
          findings: [
            {
              code: 'no-header',
              severity: 'error',
              sheet: 'Заходи',
              cell: '',
              row: 0,
              message: 'На аркуші «Заходи» не знайдено шапки таблиці.',
              measure: '',
              executor: '',
            },
          ],
        },
      },
    });
    expect([
      await page.locator('.group-title').textContent(),
      await page.locator('.finding .finding-text').textContent(),
    ]).toEqual(['Аркуш «Заходи»', 'Помилка: На аркуші «Заходи» не знайдено шапки таблиці.']);
  });

  it('names the tabs the marks are on, not the first section’s, when they are on several', async () => {
    const finding = (sheet: string, cell: string) => ({
      code: 'not-a-number' as const,
      severity: 'error' as const,
      sheet,
      cell,
      row: 5,
      message: 'Не число.',
      measure: '2',
      executor: 'Прес-служба',
    });
    const { page } = await harness.open({
      initial: {
        view: 'check',
        check: {
          sheet: '4.4 Освіта',
          sheets: ['4.4 Освіта', 'Інформ', 'Спорт'],
          errors: 3,
          warnings: 0,
          marked: 3,
          findings: [finding('Спорт', 'E5'), finding('Інформ', 'F8'), finding('Спорт', 'F5')],
        },
      },
    });
    expect(await page.locator('#view p.hint').first().textContent()).toBe(
      'Позначено 3 клітинки на аркушах «Інформ», «Спорт».',
    );
  });

  it('refuses a header with no measures under it, as the server checks the programme', async () => {
    const { page } = await harness.open({ grids: [measuresGrid([]), settingsGrid()] });
    await page.locator('.finding.error').waitFor();
    expect(await page.locator('.finding.error .finding-text').allTextContents()).toEqual([
      expect.stringContaining('У таблиці немає жодного заходу'),
    ]);
  });

  describe('without a measures table', () => {
    const openEmpty = async () => {
      const opened = await harness.open({ grids: [settingsGrid()] });
      await opened.page.locator('.finding').first().waitFor();
      return opened;
    };

    it('titles the finding with the whole spreadsheet, not a tab without a name', async () => {
      const { page } = await openEmpty();
      await shot(page, 'check-no-table');
      expect(await page.locator('.group-title').allTextContents()).toEqual(['Уся таблиця']);
    });

    it('says in "Наступна помилка" that the error is about the whole spreadsheet', async () => {
      const { page } = await openEmpty();
      await page.getByRole('button', { name: 'Наступна помилка' }).click();
      expect(await page.locator('#walk-at strong').textContent()).toBe(
        'Помилка 1 з 1 · уся таблиця',
      );
    });

    it('offers no cell to select', async () => {
      const { page, server } = await openEmpty();
      await page.getByRole('button', { name: 'Наступна помилка' }).click();
      await page.locator('.finding').click();
      await page.waitForTimeout(300);
      expect([
        await page.locator('button.finding').count(),
        server.calls.filter((c) => c[0] === 'selectCell'),
      ]).toEqual([0, []]);
    });
  });
});
