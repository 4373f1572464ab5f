// The whole-programme views in headless Chromium: «Зміни» since the previous report, the
// department list of «Хто не подав дані», «Чернетка пояснень» and the open data dialog.
import { SETTINGS_SHEET } from '../../src/core/settings';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import {
  describeInChromium,
  earlierSnapshot,
  editMeasures,
  shot,
  harnessForTests,
  TROUBLED,
} from './harness';

describeInChromium('the whole programme in the sidebar', () => {
  const harness = harnessForTests();

  /** The sample after the first quarter's report: measure 8's Всього fact went from 0 to 5. */
  const openChanges = async (withPrevious = true) => {
    const opened = await harness.open({
      grids: editMeasures(harness.sample, { '8': { 'total.fact': 5 } }),
      previous: withPrevious ? earlierSnapshot(harness.sample) : null,
    });
    await opened.page.locator('#view > *').first().waitFor();
    await opened.page.getByRole('tab', { name: 'Зміни' }).click();
    await opened.page.locator('#changes-result').waitFor();
    return opened;
  };

  it('names the previous report in «Зміни»', async () => {
    const { page } = await openChanges();
    await shot(page, 'changes');
    expect(await page.locator('#view .hint').first().textContent()).toBe(
      'Звіт за попередній період: І квартал 2017 року (до 31.03.2017).',
    );
  });

  it('lists a change under the department that made it', async () => {
    const { page } = await openChanges();
    expect(
      await page.$$eval('.department', (sections) =>
        sections.map((s) => [s.querySelector('h3')?.textContent, s.querySelector('li')?.innerText]),
      ),
    ).toEqual([
      [
        'Відділ інформаційного забезпечення',
        '№ 8 (розділ 4.4). Оновлення функціоналу офіційного сайту міської ради\nфакт: 0 тис. грн → 5 тис. грн',
      ],
    ]);
  });

  it('says plainly when there is no previous report', async () => {
    const { page } = await openChanges(false);
    await shot(page, 'changes-none');
    expect(await page.locator('.empty-state strong').textContent()).toBe(
      'Звіту за попередній період цього року немає.',
    );
  });

  it('says where the period is given when it cannot be read', async () => {
    const { page } = await harness.open({
      grids: harness.sample.map((g) =>
        g.name === SETTINGS_SHEET ? settingsGrid({ 'Звітний період': '' }) : g,
      ),
    });
    await page.locator('#view > *').first().waitFor();
    await page.getByRole('tab', { name: 'Зміни' }).click();
    await page.locator('#changes-result').waitFor();
    expect(await page.locator('.empty-state p').textContent()).toBe(
      'Звітний період не прочитано: вкажіть його в «Розширення → Zvit → Налаштування», щоб ' +
        'знайти звіт за попередній період.',
    );
  });

  const openDepartments = async (edits = TROUBLED, withPrevious = false) => {
    const opened = await harness.open({
      grids: editMeasures(harness.sample, edits),
      previous: withPrevious ? earlierSnapshot(harness.sample) : null,
    });
    await opened.page.locator('#view > *').first().waitFor();
    await opened.page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await opened.page.locator('.executor').first().waitFor();
    return opened;
  };

  it('lists per department its measures, those with errors and those without data', async () => {
    const { page } = await openDepartments();
    await shot(page, 'departments');
    expect(await page.locator('.executor').first().locator('dl').innerText()).toBe(
      'Заходів\n3\nЗ помилками\n2\nБез даних\n№ 3',
    );
  });

  it('counts the measures unchanged since the previous report', async () => {
    const { page } = await openDepartments({}, true);
    expect(await page.locator('.executor').first().locator('dl').innerText()).toContain(
      'Без змін від звіту за попередній період\n3',
    );
  });

  it('breaks a figure’s label between words, never inside one', async () => {
    // Twelve measures without a result: «Без даних» lists five long numbers, a wide figure.
    const grids = [
      measuresGrid(Array.from({ length: 12 }, (_, i) => ({ number: 1001 + i, result: '' }))),
      settingsGrid(),
    ];
    const { page } = await harness.open({ grids, previous: earlierSnapshot(grids) });
    await page.locator('#view > *').first().waitFor();
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.locator('.executor').first().waitFor();
    await shot(page, 'departments-long-figures');
    // Each word of each label lies on one line: a word split across two gives two boxes.
    const split = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.department-figures dt')).flatMap((dt) => {
        const text = dt.firstChild as Text;
        const words: string[] = [];
        for (const m of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index ?? 0);
          range.setEnd(text, (m.index ?? 0) + m[0].length);
          if (range.getClientRects().length > 1) words.push(m[0]);
        }
        return words;
      }),
    );
    expect(split).toEqual([]);
  });

  it('names a department whose rows did not change among those to phone, saying why', async () => {
    // Measure 8 changed since the previous report; Прес-служба's measures 1–3 did not.
    const { page } = await openDepartments({ '8': { 'total.fact': 5 } }, true);
    const press = page.locator('.executor', { hasText: 'Прес-служба' });
    expect([
      await press.evaluate((e) => e.classList.contains('done')),
      await press.locator('p.unchanged').textContent(),
      (await page.getByLabel('Текст нагадування').inputValue()).split('\n')[0],
    ]).toEqual([
      false,
      'Дані не змінилися від звіту за попередній період.',
      'Прес-служба: дані не змінилися від звіту за попередній період («І квартал 2017 року»).',
    ]);
  });

  it('shows a look-alike spelling of a department as a variant counted with it', async () => {
    // "Пpeс-служба" with the Latin p and e.
    const { page } = await openDepartments({ '1': { executor: 'Пpeс-служба' } });
    expect(await page.locator('.executor').first().locator('p.hint').textContent()).toBe(
      'Також написано як: «Пpeс-служба». Ці рядки вже пораховано разом із цим департаментом; ' +
        'виправте написання в стовпці виконавця, щоб у таблиці воно було однакове.',
    );
  });

  it('drafts the narrative from Підсумки and says what it added', async () => {
    const { page, server } = await harness.open();
    await page.locator('#view > *').first().waitFor();
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.getByRole('button', { name: 'Чернетка пояснень' }).click();
    await page.locator('#status .success').waitFor();
    expect([
      server.calls.some((c) => c[0] === 'draftNarrative'),
      await page.locator('#status .success').textContent(),
    ]).toEqual([
      true,
      'Додано 1 чернетку пояснень (4.4) на аркуш «Пояснення». Звіт одного розділу ' +
        'пояснень не друкує (лише таблицю з підсумком): текст із аркуша «Пояснення» потрапляє ' +
        'лише до звіту програми з кількох розділів. Його можна скопіювати звідти до ' +
        'супровідного листа.',
    ]);
  });

  it('counts each measure once in the total of «Хто не подав дані», a joint one too', async () => {
    // The sample's 11 measures: two are joint (of two and three departments), so the
    // departments' figures add up to 14.
    const { page } = await openDepartments();
    const departments = await page.locator('.executor dl dd:nth-of-type(1)').allTextContents();
    expect([
      departments.reduce((n, d) => n + Number(d), 0),
      await page.locator('#view p.hint', { hasText: 'усього' }).textContent(),
    ]).toEqual([
      14,
      'Не подали дані, не оновили їх або мають помилки: 2 з 7 (усього 11 заходів, з них ' +
        'спільних для кількох виконавців: 2).',
    ]);
  });

  it('shows the exported files as links', async () => {
    const { page } = await harness.open({
      initial: {
        view: 'open-data',
        result: {
          ok: true,
          folder: {
            name: 'Відкриті дані — 1 півріччя 2017 року',
            url: 'https://drive.google.com/drive/folders/f1',
          },
          files: [
            { name: 'datapackage.json', url: 'https://drive.google.com/file/d/a/view' },
            { name: 'measures.csv', url: 'https://drive.google.com/file/d/b/view' },
            { name: 'sections.csv', url: 'https://drive.google.com/file/d/c/view' },
          ],
        },
      },
      width: 520,
      height: 420,
    });
    await page.locator('#view ul a').first().waitFor();
    await shot(page, 'open-data');
    expect(await page.locator('#view ul a').allTextContents()).toEqual([
      'datapackage.json',
      'measures.csv',
      'sections.csv',
    ]);
  });
});
