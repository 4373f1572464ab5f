import {
  clearedMessage,
  counted,
  explainGoogleFailure,
  failureMessage,
  replacedMessage,
  STALE_REPORT_MESSAGE,
  formatCount,
  MEASURES,
  menuPath,
  numberList,
  toDepartmentsView,
  toProgrammeSummaryView,
  toSummaryView,
  tooManyMeasuresMessage,
} from '../../src/shared/views';
import { analyseWorkbook } from '../../src/core/analyse';
import { analyseProgramme, snapshotProgramme } from '../../src/core/programme';
import { measuresGrid, sectionGrid, settingsGrid } from '../support/grid-builders';

describe('counted', () => {
  it.each([
    [1, '1 захід'],
    [3, '3 заходи'],
    [11, '11 заходів'],
    [21, '21 захід'],
    [5001, '5\u00a0001 захід'],
    [1_000_000, '1\u00a0000\u00a0000 заходів'],
  ])('%i → %s', (n, text) => {
    expect(counted(n, MEASURES)).toBe(text);
  });
});

describe('the totals of Підсумки', () => {
  /** A word typed for the city's plan of one measure, beside a readable one. */
  const grids = [
    measuresGrid([{ money: { city: ['багато', 300] } }, { money: { city: [100, 50] } }]),
    settingsGrid(),
  ];
  const city = (totals: readonly { label: string; text: string }[]) =>
    totals.find((t) => t.label === 'Бюджет міста')?.text;

  it('print "?" for a side an unreadable amount is missing from, as the report does', () => {
    expect(city(toSummaryView(analyseWorkbook(grids), 0).totals)).toBe('? / 350');
  });

  it('print "?" the same way over the whole programme', () => {
    expect(city(toProgrammeSummaryView(analyseProgramme(grids), []).totals)).toBe('? / 350');
  });
});

describe('formatCount', () => {
  it('leaves numbers under a thousand as they are', () => {
    expect(formatCount(999)).toBe('999');
  });
});

describe('tooManyMeasuresMessage', () => {
  it('says «У таблиці 5 001 захід» with the count in agreement', () => {
    expect(tooManyMeasuresMessage(5001)).toMatch(/^У таблиці 5\u00a0001 захід: /);
  });
});

describe('clearedMessage', () => {
  it.each([
    [0, 'Позначок на аркуші не було.'],
    [1, 'Позначки знято з 1 клітинки, їхній колір і примітки відновлено.'],
    [5, 'Позначки знято з 5 клітинок, їхній колір і примітки відновлено.'],
  ])('%i → %s', (n, text) => {
    expect(clearedMessage({ restored: n, colourLeft: [] })).toBe(text);
  });

  it('names the cells whose mark colour had no note, five at most, and says it came off', () => {
    const colourLeft = [
      { sheet: 'Заходи', cells: ['K5', 'K9', 'L9', 'M9'] },
      { sheet: 'Розділ 2', cells: ['B4', 'B5', 'B6'] },
    ];
    expect(clearedMessage({ restored: 1, colourLeft })).toBe(
      'Позначки знято з 1 клітинки, їхній колір і примітки відновлено. Ще в 7 клітинках ' +
        '(«Заходи»: K5, K9, L9, M9; «Розділ 2»: B4 та ще 2) був колір позначки Zvit без її ' +
        'примітки (примітку видалили чи замінили або колір скопійовано у вставлений рядок): ' +
        'його теж знято. Якщо цей колір поставили ви, поставте його знову.',
    );
  });
});

describe('menuPath', () => {
  it('names the add-on menu as Sheets lists it', () => {
    expect(menuPath('Налаштування')).toBe('«Розширення → Zvit → Налаштування»');
  });
});

describe('numberList', () => {
  it('writes a list of measure numbers one way', () => {
    expect(numberList(['7', '9', '10'])).toBe('№ 7, 9 і 10');
  });
});

describe('failureMessage', () => {
  it.each([
    ['Exception: Service Spreadsheets timed out while accessing document with id 1x.', true],
    ['Exceeded maximum execution time', true],
    ['Exception: Service invoked too many times for one day: docs create.', true],
    ['Exception: Lock timeout: another process was holding the lock for too long.', true],
    ['Exception: You do not have permission to call DocumentApp.openById.', false],
    ['Exception: Access denied: DriveApp.', false],
    [
      'GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: abc',
      false,
    ],
    [
      "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
      false,
    ],
  ])('translates «%s» (retry: %s) into Ukrainian only', (raw, retry) => {
    const failure = failureMessage('зберегти PDF', new Error(raw));
    expect([/[A-Za-z]/.test(failure.text.replace(/Zvit|Google|PDF/g, '')), failure.retry]).toEqual([
      false,
      retry,
    ]);
  });

  it.each([
    "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com' for consumer 'project_number:1'.",
    "Quota exceeded for quota group 'ReadGroup' and limit 'Read requests per user per 100 seconds' of service 'sheets.googleapis.com'.",
  ])('reads a per-minute quota «%s» as a short burst, not the day', (raw) => {
    expect(failureMessage('сформувати звіт', new Error(raw)).text).toBe(
      'Не вдалося сформувати звіт. Забагато звернень до Google за короткий час. Зачекайте хвилину і спробуйте знову.',
    );
  });

  it('names the action first', () => {
    expect(failureMessage('зберегти PDF', new Error('Exceeded maximum execution time')).text).toBe(
      'Не вдалося зберегти PDF. Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
    );
  });

  it('keeps our own Ukrainian message and drops the stack', () => {
    expect(
      failureMessage(
        'перейти до клітинки',
        'Exception: Аркуша «Заходи» більше немає в таблиці.\n    at x (Code:1:2)',
      ).text,
    ).toBe('Не вдалося перейти до клітинки. Аркуша «Заходи» більше немає в таблиці.');
  });

  it.each([
    [
      'Не вдалося заповнити документ звіту: Service Documents failed while accessing document with id 1AbC. Незавершений документ переміщено в кошик.',
      'Google повідомив про непередбачену помилку. Спробуйте знову.',
    ],
    [
      'Не вдалося заповнити документ звіту: Service Documents timed out while accessing document with id 1AbC. Незавершений документ переміщено в кошик.',
      'Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
    ],
  ])('translates Google’s English inside our message and keeps the rest: «%s»', (raw, google) => {
    expect(failureMessage('заповнити таблицю звіту', new Error(raw)).text).toBe(
      `Не вдалося заповнити таблицю звіту. Не вдалося заповнити документ звіту: ${google} ` +
        'Незавершений документ переміщено в кошик.',
    );
  });

  it('keeps English typed in a name inside «»', () => {
    expect(
      failureMessage('перейти до клітинки', new Error('Аркуша «Plan for the year» більше немає.'))
        .text,
    ).toBe('Не вдалося перейти до клітинки. Аркуша «Plan for the year» більше немає.');
  });

  it('offers no retry for a report no longer the last one', () => {
    expect(failureMessage('зберегти PDF', new Error(STALE_REPORT_MESSAGE)).retry).toBe(false);
  });

  it('offers no retry when our message carries a translated failure retrying cannot mend', () => {
    expect(
      failureMessage('заповнити таблицю звіту', new Error(explainGoogleFailure('Access denied')))
        .retry,
    ).toBe(false);
  });

  it('replaces English it does not know', () => {
    expect(failureMessage('перевірити таблицю', new Error('Something odd')).text).toBe(
      'Не вдалося перевірити таблицю. Google повідомив про непередбачену помилку. Спробуйте знову.',
    );
  });
});

describe('explainGoogleFailure', () => {
  it('keeps our own Ukrainian failure as it is, not as an unknown Google one', () => {
    expect(explainGoogleFailure('Документ звіту змінився, поки його заповнювали.')).toBe(
      'Документ звіту змінився, поки його заповнювали.',
    );
  });
});

describe('replacedMessage', () => {
  it.each([
    [{ trashed: true } as const, 'Замінений звіт переміщено в кошик.'],
    [
      { trashed: false, reason: 'немає дозволу' } as const,
      'Замінений звіт не вдалося перемістити в кошик (немає дозволу). Видаліть його вручну.',
    ],
    [
      { trashed: false, byOther: true } as const,
      'Замінений звіт створив інший користувач: попросіть його перемістити той звіт у кошик.',
    ],
  ])('says what became of the replaced report: %j', (replaced, text) => {
    expect(replacedMessage(replaced)).toBe(text);
  });
});

describe('toDepartmentsView', () => {
  // Прес-служба left both rows as they were in the report for І квартал; Відділ спорту typed a fact.
  const grids = (fact: number, period: string) => [
    sectionGrid('Спорт', '6.5. Спорт', [
      { title: 'Сайт', executor: 'Прес-служба', status: 'виконано', result: 'Є' },
      { title: 'Газета', executor: 'Прес-служба', status: 'виконано', result: 'Є' },
      {
        title: 'Змагання',
        executor: 'Відділ спорту',
        status: 'виконується',
        result: 'Є',
        money: { total: [10, fact] },
      },
    ]),
    settingsGrid({ 'Звітний період': period }),
  ];
  const previous = snapshotProgramme(analyseProgramme(grids(2, 'І квартал 2017 року')));
  const view = toDepartmentsView(
    analyseProgramme(grids(6, '1 півріччя 2017 року'), { previous }),
    previous,
  );

  it('reminds a department whose rows did not change since the previous report, saying why', () => {
    expect(view.reminder).toBe(
      'Прес-служба: дані не змінилися від звіту за попередній період («І квартал 2017 року»).',
    );
  });

  it('counts a measure of two departments once in the programme, and says it is joint', () => {
    const joint = toDepartmentsView(
      analyseProgramme([
        sectionGrid('Спорт', '6.5. Спорт', [
          { title: 'Сайт', executor: 'Прес-служба, Відділ спорту', status: 'виконано' },
          { title: 'Змагання', executor: 'Відділ спорту', status: 'виконано' },
        ]),
        settingsGrid(),
      ]),
      null,
    );
    expect([joint.departments.map((d) => d.measures), joint.measures, joint.joint]).toEqual([
      [1, 2],
      2,
      1,
    ]);
  });
});
