// The add-on on a sheet people share: marks that travel with their cells through inserts,
// deletes, sorts, cut-and-paste and renamed tabs; overlapping onEdit runs; date cells in a
// spreadsheet whose time zone is not the script's. The built bundle on the fakes.
import fc from 'fast-check';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Grid } from '../../src/core/grid';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import type { FakeEnvironment, FakeSheet } from '../fakes';
import { createFakeEnvironment, scriptRun, spreadsheetFromGrids } from '../fakes';
import { MARK_COLORS, parseMark } from '../../src/core/mark-plan';

let sample: Grid[];
beforeAll(async () => {
  sample = await readXlsx(SAMPLE_PATH);
});

const quiet = { ...console, warn: () => undefined };

const addon = (grids: Grid[], timeZone?: string) => {
  const env = createFakeEnvironment({ spreadsheet: spreadsheetFromGrids(grids, { timeZone }) });
  env.globals.console = quiet as Console;
  const scope = env.load('dist');
  const call = (name: string, ...args: unknown[]) => scriptRun(scope, name, ...args);
  return { env, scope, call, sheet: env.spreadsheet.getSheetsQuietly()[0] };
};

/** The sample with some cells replaced (0-based row and column of the grid). */
const withCells = (cells: readonly [number, number, Grid['rows'][0][0]][]): Grid[] =>
  sample.map((g, i) =>
    i !== 0
      ? g
      : {
          ...g,
          rows: g.rows.map((row, r) =>
            row.map((cell, c) => cells.find(([cr, cc]) => cr === r && cc === c)?.[2] ?? cell),
          ),
        },
  );

const text = (t: string) => ({ value: t, text: t });

/** What a person sees on every tab: value, note and background of each cell that is not blank. */
const seen = (env: FakeEnvironment): string =>
  JSON.stringify(
    env.spreadsheet.getSheetsQuietly().map((sheet) => {
      const cells: [number, unknown, string, string][] = [];
      for (const [key, d] of [...sheet.cells.entries()].sort(([a], [b]) => a - b))
        if (d.value !== '' || d.note !== '' || d.background !== '#ffffff')
          cells.push([key, d.value, d.note, d.background]);
      return [sheet.name, cells];
    }),
  );

type Edit =
  | { kind: 'insert'; row: number; count: number }
  | { kind: 'delete'; row: number }
  | { kind: 'sort'; column: number; ascending: boolean }
  | { kind: 'move'; from: [number, number]; to: [number, number]; toSettings: boolean }
  | { kind: 'rename'; name: string }
  | { kind: 'check' };

/** The first data row of the sample and its width. */
const FIRST_DATA_ROW = 4;
const WIDTH = 18;

const applyEdit = (env: FakeEnvironment, scope: Record<string, () => unknown>, edit: Edit) => {
  const [measures, settings] = env.spreadsheet.getSheetsQuietly();
  switch (edit.kind) {
    case 'insert':
      measures.insertRowsBefore(edit.row, edit.count);
      return;
    case 'delete':
      measures.deleteRows(edit.row, 1);
      return;
    case 'sort': {
      const rows = measures.lastRow() - FIRST_DATA_ROW + 1;
      if (rows > 1)
        measures
          .rangeOf({ row: FIRST_DATA_ROW, col: 1, rows, cols: WIDTH })
          .sort({ column: edit.column, ascending: edit.ascending });
      return;
    }
    case 'move': {
      const target: FakeSheet = edit.toSettings ? settings : measures;
      measures
        .rangeOf({ row: edit.from[0], col: edit.from[1], rows: 1, cols: 1 })
        .moveTo(target.rangeOf({ row: edit.to[0], col: edit.to[1], rows: 1, cols: 1 }));
      return;
    }
    case 'rename':
      measures.setName(edit.name);
      return;
    case 'check':
      scope.sidebarCheck();
  }
};

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    row: fc.integer({ min: FIRST_DATA_ROW, max: 16 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    row: fc.integer({ min: FIRST_DATA_ROW, max: 16 }),
  }),
  fc.record({
    kind: fc.constant('sort' as const),
    column: fc.constantFrom(1, 2, 3, 11, 17),
    ascending: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    from: fc.tuple(
      fc.integer({ min: FIRST_DATA_ROW, max: 16 }),
      fc.integer({ min: 1, max: WIDTH }),
    ),
    to: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 24 })),
    toSettings: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    name: fc.constantFrom('Заходи 2017', 'Лист1'),
  }),
  fc.constant({ kind: 'check' as const }),
);

/** Problems in random cells (text amounts, negative amounts, unknown statuses) and own looks. */
const start = fc.record({
  bad: fc.array(
    fc.tuple(
      fc.integer({ min: FIRST_DATA_ROW - 1, max: 13 }),
      fc.constantFrom(4, 5, 10, 11, 16),
      fc.constantFrom('abc', '-5', 'майже'),
    ),
    { maxLength: 4 },
  ),
  own: fc.array(
    fc.tuple(
      fc.integer({ min: FIRST_DATA_ROW, max: 14 }),
      fc.integer({ min: 1, max: WIDTH }),
      fc.oneof(fc.constant(''), fc.string(), fc.constant('Zvit ▸ моя примітка')),
      // Not a mark's own colour: a cell in it without Zvit's note is a stray mark (decisions.md).
      fc.constantFrom('#ffffff', '#d9ead3', '#fff2cc'),
    ),
    { maxLength: 6 },
  ),
});

interface Setup {
  readonly bad: readonly [number, number, string][];
  readonly own: readonly [number, number, string, string][];
}

const build = (setup: Setup) => {
  const made = addon(withCells(setup.bad.map(([r, c, t]) => [r, c, text(t)])));
  for (const [r, c, note, background] of setup.own) {
    const cell = made.sheet.cell(r, c);
    cell.note = note;
    cell.background = background;
  }
  return made;
};

const isMarkColour = (colour: string | undefined) =>
  colour === MARK_COLORS.error || colour === MARK_COLORS.warning;

/**
 * Rows inserted beside a marked row take its mark's colour, without the note (the fakes copy a
 * neighbour row's format, as Sheets does). Zvit gives such a cell the colour its neighbour had
 * before the mark: the cell above (else below) in the same column wearing the same mark colour
 * and carrying a mark, across other such cells — in the person's own copy, what that neighbour
 * has; without one, no fill. Applied to the untouched copy before each check and before
 * Зняти позначки, which take these colours off.
 */
const straysTakeNeighbourColour = (marked: FakeEnvironment, untouched: FakeEnvironment) => {
  const twins = untouched.spreadsheet.getSheetsQuietly();
  marked.spreadsheet.getSheetsQuietly().forEach((from, t) => {
    const to = twins[t];
    const colours: [number, number, string][] = [];
    for (const [key, data] of from.cells) {
      // The fakes' cell key (test/fakes/spreadsheet.ts): 20 000 columns a row.
      const [row, col] = [Math.floor(key / 20000) + 1, (key % 20000) + 1];
      if (!isMarkColour(data.background) || parseMark(data.note)) continue;
      let colour = '#ffffff';
      search: for (const step of [-1, 1])
        for (let r = row + step; r >= 1 && r <= from.maxRows; r += step) {
          const next = from.peek(r, col);
          if (next?.background !== data.background) break;
          if (!parseMark(next.note)) continue;
          const own = to.peek(r, col)?.background ?? '#ffffff';
          colour = isMarkColour(own) ? '#ffffff' : own;
          break search;
        }
      colours.push([row, col, colour]);
    }
    for (const [row, col, colour] of colours) to.cell(row, col).background = colour;
  });
};

describe('marks travel with their cells', () => {
  it('after a check, any edits and Зняти позначки, every cell is as the person has it, with no mark', () => {
    fc.assert(
      fc.property(start, fc.array(edit, { maxLength: 8 }), (setup, edits) => {
        const marked = build(setup);
        const untouched = build(setup);
        marked.scope.sidebarCheck();
        for (const e of edits) {
          if (e.kind === 'check') straysTakeNeighbourColour(marked.env, untouched.env);
          applyEdit(marked.env, marked.scope as Record<string, () => unknown>, e);
          if (e.kind !== 'check')
            applyEdit(untouched.env, untouched.scope as Record<string, () => unknown>, e);
        }
        straysTakeNeighbourColour(marked.env, untouched.env);
        marked.scope.clearMarksNow();
        expect(seen(marked.env)).toBe(seen(untouched.env));
      }),
      { numRuns: 40 },
    );
  });

  it('a re-check takes off the mark of a last row whose values were cleared', () => {
    // A bad amount in the last data row; the person clears the row's values (Delete keeps
    // notes and colours), so the row is below the data range now.
    const { scope, sheet } = addon(withCells([[13, 10, text('абв')]]));
    scope.sidebarCheck();
    for (let col = 1; col <= WIDTH; col++) sheet.cell(14, col).value = '';
    scope.sidebarCheck();
    const cell = sheet.peek(14, 11)!;
    expect([cell.note, cell.background]).toEqual(['', '#ffffff']);
  });

  it('a re-check after the fix leaves no mark behind, wherever the cell went', () => {
    const { scope, sheet } = addon(withCells([[4, 10, text('двадцять')]]));
    scope.sidebarCheck();
    sheet.insertRowsBefore(FIRST_DATA_ROW + 1, 3);
    sheet
      .rangeOf({
        row: FIRST_DATA_ROW,
        col: 1,
        rows: sheet.lastRow() - FIRST_DATA_ROW + 1,
        cols: WIDTH,
      })
      .sort({ column: 2, ascending: false });
    const bad = [...sheet.cells.values()].find((d) => d.value === 'двадцять')!;
    bad.value = 28.8;
    scope.sidebarCheck();
    // Sorting may bring numbering warnings of its own; none may speak of the fixed amount.
    const stale = [...sheet.cells.values()].filter((d) => d.note.includes('двадцять'));
    expect(stale).toEqual([]);
  });
});

describe('a person writes into a marked cell', () => {
  /** A bad amount in K5 (a cell with no note), checked: K5 carries a mark. */
  const checked = () => {
    const made = addon(withCells([[4, 10, text('двадцять')]]));
    made.scope.sidebarCheck();
    return { ...made, cell: made.sheet.peek(5, 11)! };
  };

  it('keeps a line the person added to Zvit’s note when the marks come off', () => {
    const { call, cell } = checked();
    cell.note = `${cell.note}\nперевірено Іваном`;
    call('clearMarksNow');
    expect([cell.note, cell.background]).toEqual(['перевірено Іваном', '#ffffff']);
  });

  it('takes a mark’s colour off a cell whose note was replaced, and names the cell', () => {
    const { call, cell } = checked();
    cell.note = 'моя примітка';
    const cleared = call('clearMarksNow');
    expect([cell.note, cell.background, cleared]).toEqual([
      'моя примітка',
      '#ffffff',
      { restored: 0, colourLeft: [{ sheet: 'Заходи', cells: ['K5'] }] },
    ]);
  });

  it('deletes Zvit’s note: the re-check keeps no mark colour as the cell’s own, and after the fix the cell has no fill', () => {
    const { call, sheet } = checked();
    sheet.peek(5, 11)!.note = '';
    call('sidebarCheck');
    sheet.peek(5, 11)!.value = 28.8;
    call('sidebarCheck');
    const cell = sheet.peek(5, 11)!;
    expect([cell.note, cell.background]).toEqual(['', '#ffffff']);
  });

  it('deletes Zvit’s note: after a re-check, Зняти позначки restores the cell once, to no fill', () => {
    const { call, sheet } = checked();
    sheet.peek(5, 11)!.note = '';
    call('sidebarCheck');
    const cleared = call('clearMarksNow');
    expect([sheet.peek(5, 11)!.background, cleared]).toEqual([
      '#ffffff',
      { restored: 1, colourLeft: [] },
    ]);
  });

  it('deletes Zvit’s note: the re-check lists the stray colour when the cell is fixed too', () => {
    const { call, sheet } = checked();
    Object.assign(sheet.peek(5, 11)!, { note: '', value: 28.8 });
    const view = call('sidebarCheck');
    expect([
      sheet.peek(5, 11)!.background,
      view.findings
        .filter((f: { code: string }) => f.code === 'stray-mark')
        .map((f: { cell: string }) => f.cell),
    ]).toEqual(['#ffffff', ['K5']]);
  });
});

describe('a person’s colour that happens to be a mark’s', () => {
  it('is still there after an edit marked the cell and the next edit fixed it', () => {
    const { env, scope, sheet } = addon(sample);
    env.setAuthMode('LIMITED');
    env.setTrigger('simple');
    const edit = () =>
      scope.onEdit({
        authMode: 'LIMITED',
        range: sheet.rangeOf({ row: 5, col: 1, rows: 1, cols: WIDTH }),
        source: env.spreadsheet,
      });
    sheet.cell(5, 11).background = '#fce8b2';
    sheet.cell(5, 11).value = 'abc';
    edit();
    sheet.cell(5, 11).value = 20;
    edit();
    expect(sheet.peek(5, 11)!.background).toBe('#fce8b2');
  });
});

describe('a department inserts a row under a marked row', () => {
  /** K5 marked; a row inserted after row 5 takes its format, so K6 wears the mark's colour. */
  const inserted = () => {
    const made = addon(withCells([[4, 10, text('двадцять')]]));
    made.scope.sidebarCheck();
    made.sheet.insertRowsAfter(5, 1);
    Object.assign(made.sheet.cell(6, 1), { value: 12 });
    Object.assign(made.sheet.cell(6, 2), { value: 'Новий захід' });
    return made;
  };

  it('the new row’s cell wears the mark’s colour, without its note', () => {
    const { sheet } = inserted();
    expect([sheet.peek(6, 11)?.background, sheet.peek(6, 11)?.note]).toEqual(['#f4c7c3', '']);
  });

  it('the re-check takes the copied colour off, says where, and keeps the real mark', () => {
    const { call, sheet } = inserted();
    const view = call('sidebarCheck');
    expect([
      sheet.peek(6, 11)!.background,
      sheet.peek(5, 11)!.background,
      view.findings
        .filter((f: { code: string }) => f.code === 'stray-mark')
        .map((f: { cell: string }) => f.cell),
    ]).toEqual(['#ffffff', '#f4c7c3', ['K6']]);
  });

  it('Зняти позначки restores the marked cell and takes the copied colour off, each named once', () => {
    const { call, sheet } = inserted();
    const cleared = call('clearMarksNow');
    expect([sheet.peek(5, 11)!.background, sheet.peek(6, 11)!.background, cleared]).toEqual([
      '#ffffff',
      '#ffffff',
      { restored: 1, colourLeft: [{ sheet: 'Заходи', cells: ['K6'] }] },
    ]);
  });
});

describe('a department inserts rows under a marked cell the person had coloured', () => {
  /** K5 green with a bad amount, checked; two rows inserted after row 5 wear the mark's red. */
  const inserted = () => {
    const made = addon(withCells([[4, 10, text('двадцять')]]));
    made.sheet.cell(5, 11).background = '#d9ead3';
    made.scope.sidebarCheck();
    made.sheet.insertRowsAfter(5, 2);
    return made;
  };

  it('Зняти позначки gives the new rows’ cells the colour the marked cell had', () => {
    const { call, sheet } = inserted();
    call('clearMarksNow');
    expect([5, 6, 7].map((row) => sheet.peek(row, 11)?.background)).toEqual([
      '#d9ead3',
      '#d9ead3',
      '#d9ead3',
    ]);
  });

  it('a re-check gives them that colour too, and keeps the real mark', () => {
    const { call, sheet } = inserted();
    call('sidebarCheck');
    expect([5, 6, 7].map((row) => sheet.peek(row, 11)?.background)).toEqual([
      MARK_COLORS.error,
      '#d9ead3',
      '#d9ead3',
    ]);
  });
});

describe('a marked cell cut and pasted onto the Пояснення tab', () => {
  it('loses its mark at the next check', () => {
    const { call, env, sheet } = addon([
      ...withCells([[4, 10, text('двадцять')]]),
      {
        name: 'Пояснення',
        rows: [
          [text('Розділ'), text('Текст')],
          [text('4.4'), text('Пояснення.')],
        ],
        merges: [],
      },
    ]);
    call('sidebarCheck');
    const narrative = env.spreadsheet.getSheetsQuietly().find((t) => t.name === 'Пояснення')!;
    sheet
      .rangeOf({ row: 5, col: 11, rows: 1, cols: 1 })
      .moveTo(narrative.rangeOf({ row: 5, col: 3, rows: 1, cols: 1 }));
    call('sidebarCheck');
    const cell = narrative.peek(5, 3)!;
    expect([cell.value, cell.note, cell.background]).toEqual(['двадцять', '', '#ffffff']);
  });
});

describe('a person colours and annotates a cell while a check runs', () => {
  it('keeps what they set on a cell the check does not mark, between two marked rows', () => {
    const { env, call, sheet } = addon(
      withCells([
        [4, 10, text('двадцять')],
        [10, 16, text('майже')],
      ]),
    );
    env.interleave(
      () => call('sidebarCheck'),
      () => Object.assign(sheet.cell(8, 13), { note: 'нова примітка', background: '#cfe2f3' }),
      // The check has read the notes and backgrounds and is about to write the marks.
      (name) => name === 'Range.setNotes',
    );
    const cell = sheet.peek(8, 13)!;
    expect([cell.note, cell.background, sheet.peek(11, 17)!.background]).toEqual([
      'нова примітка',
      '#cfe2f3',
      MARK_COLORS.error,
    ]);
  });
});

describe('an edit of a row', () => {
  it('keeps the mark of a finding of the whole table (numbering) on that row', () => {
    // № 1 typed again in row 5: the check marks A5 and A6 as numbered out of order.
    const { env, call, scope, sheet } = addon(withCells([[4, 0, { value: 1, text: '1' }]]));
    call('sidebarCheck');
    const before = sheet.peek(5, 1)!.note;
    env.setAuthMode('LIMITED');
    env.setTrigger('simple');
    sheet.cell(5, 18).value = 'інший текст';
    scope.onEdit({
      authMode: 'LIMITED',
      range: sheet.rangeOf({ row: 5, col: 1, rows: 1, cols: WIDTH }),
      source: env.spreadsheet,
    });
    expect([before.startsWith('Zvit ▸ Увага (уся таблиця): '), sheet.peek(5, 1)!.note]).toEqual([
      true,
      before,
    ]);
  });
});

describe('a finding’s link finds its cell as it moved', () => {
  /** K5 checked and marked; the finding the page lists for it, and where a click lands. */
  const linked = () => {
    const made = addon(withCells([[4, 10, text('двадцять')]]));
    const view = made.call('sidebarCheck');
    const finding = view.findings.find((f: { cell: string }) => f.cell === 'K5');
    const select = (...args: unknown[]) => {
      made.scope.selectCell(...args);
      const range = made.env.spreadsheet.getActiveRange();
      return [range.getSheet().getName(), range.getA1Notation()];
    };
    return { ...made, finding, select };
  };

  it('after rows are inserted above it', () => {
    const { sheet, finding, select } = linked();
    sheet.insertRowsBefore(FIRST_DATA_ROW, 2);
    expect(select('Заходи', 'K5', finding)).toEqual(['Заходи', 'K7']);
  });

  it('after its tab is renamed', () => {
    const { sheet, finding, select } = linked();
    sheet.setName('Заходи 2017');
    expect(select('Заходи', 'K5', finding)).toEqual(['Заходи 2017', 'K5']);
  });

  it('after its tab is renamed and a new tab is given the old name', () => {
    const { env, sheet, finding, select } = linked();
    sheet.setName('Заходи 2017');
    env.spreadsheet.insertSheet('Заходи');
    expect(select('Заходи', 'K5', finding)).toEqual(['Заходи 2017', 'K5']);
  });

  it('stays on its tab when its mark was taken off by a fix and another tab has the same', () => {
    // Two sections, each with «двадцять» in K5: the same finding, the same mark line.
    const [measures, ...rest] = withCells([[4, 10, text('двадцять')]]);
    const grids = [
      { ...measures, name: '4.4 Інформація' },
      { ...measures, name: '6.2 Спорт' },
      ...rest,
    ];
    const { env, scope, call } = addon(grids);
    const view = call('sidebarCheck');
    const finding = view.findings.find(
      (f: { sheet: string; cell: string }) => f.sheet === '4.4 Інформація' && f.cell === 'K5',
    );
    const fixed = env.spreadsheet.getSheetByName('4.4 Інформація') as unknown as FakeSheet;
    env.setAuthMode('LIMITED');
    env.setTrigger('simple');
    fixed.cell(5, 11).value = 20;
    scope.onEdit({
      authMode: 'LIMITED',
      range: fixed.rangeOf({ row: 5, col: 1, rows: 1, cols: WIDTH }),
      source: env.spreadsheet,
    });
    scope.selectCell('4.4 Інформація', 'K5', finding);
    const range = env.spreadsheet.getActiveRange();
    expect([range.getSheet().getName(), range.getA1Notation()]).toEqual(['4.4 Інформація', 'K5']);
  });

  /** K5 and K7 checked with the same finding (the same mark line); a click on one of them. */
  const twins = () => {
    const made = addon(
      withCells([
        [4, 10, text('двадцять')],
        [6, 10, text('двадцять')],
      ]),
    );
    const view = made.call('sidebarCheck');
    const at = (cell: string) => view.findings.find((f: { cell: string }) => f.cell === cell);
    const select = (cell: string) => {
      made.scope.selectCell('Заходи', cell, at(cell));
      return made.env.spreadsheet.getActiveRange().getA1Notation();
    };
    return { ...made, select };
  };

  it('tells apart two cells with the same mark by their order, not by nearness', () => {
    const { sheet, select } = twins();
    sheet.insertRowsBefore(FIRST_DATA_ROW, 2);
    expect([select('K5'), select('K7')]).toEqual(['K7', 'K9']);
  });

  it('goes by the coordinates when a mark of the same kind was taken off since', () => {
    const { env, scope, sheet, select } = twins();
    env.setAuthMode('LIMITED');
    env.setTrigger('simple');
    sheet.cell(5, 11).value = 20;
    scope.onEdit({
      authMode: 'LIMITED',
      range: sheet.rangeOf({ row: 5, col: 1, rows: 1, cols: WIDTH }),
      source: env.spreadsheet,
    });
    expect(select('K5')).toBe('K5');
  });

  it('goes by the coordinates when called as before, without the finding', () => {
    const { sheet, select } = linked();
    sheet.insertRowsBefore(FIRST_DATA_ROW, 2);
    expect(select('Заходи', 'K5')).toEqual(['Заходи', 'K5']);
  });
});

describe('a renamed settings tab', () => {
  it('is named as missing, with how to bring it back, not as an empty period', () => {
    const { env, call } = addon(sample);
    env.spreadsheet.getSheetsQuietly()[1].setName('Settings');
    const view = call('sidebarCheck');
    expect(
      view.findings
        .filter((f: { code: string }) => f.code === 'missing-setting')
        .map((f: { message: string }) => f.message.split(':')[0]),
    ).toEqual([
      'У таблиці немає аркуша «Налаштування», з якого береться «Звітний період». Якщо його перейменовано, поверніть йому назву «Налаштування». Інакше відкрийте «Розширення → Zvit → Налаштування», впишіть період і збережіть',
    ]);
  });
});

describe('overlapping onEdit runs', () => {
  /** A paste over rows 5–7 with a bad amount in row 6; while its run is on, row 6 is fixed and edited again. */
  const overlap = (withLock: boolean) => {
    const { env, scope, sheet } = addon(sample);
    env.locks.disabled = !withLock;
    env.setAuthMode('LIMITED');
    env.setTrigger('simple');
    const event = (row: number, rows: number) => ({
      authMode: 'LIMITED',
      range: sheet.rangeOf({ row, col: 1, rows, cols: WIDTH }),
      source: env.spreadsheet,
    });
    sheet.cell(6, 11).value = 'abc';
    env.interleave(
      () => scope.onEdit(event(5, 3)),
      () => {
        sheet.cell(6, 11).value = 28.8;
        scope.onEdit(event(6, 1));
      },
      // The first run has read the values and is about to read the notes.
      (name) => name === 'Range.getNotes',
    );
    return sheet.peek(6, 11)!;
  };

  it('leave no stale mark: the second run waits for the document lock', () => {
    const cell = overlap(true);
    expect([cell.value, cell.note, cell.background]).toEqual([28.8, '', '#ffffff']);
  });

  it('without the lock the first run writes its stale mark over the fixed cell', () => {
    expect(overlap(false).background).toBe('#f4c7c3');
  });
});

describe('a check clicked while edits are being checked', () => {
  /** Two quick edits of rows 5 and 6; the check is clicked while the first holds the lock. */
  const afterTwoEdits = () => {
    const { env, scope, call, sheet } = addon(sample);
    const edit = (row: number) => {
      sheet.cell(row, 11).value = 'abc';
      scope.onEdit({
        authMode: 'LIMITED',
        range: sheet.rangeOf({ row, col: 1, rows: 1, cols: WIDTH }),
        source: env.spreadsheet,
      });
    };
    let outcome = '';
    env.interleave(
      () => {
        edit(5);
        edit(6);
      },
      () => {
        try {
          outcome = `${call('sidebarCheck').errors} errors`;
        } catch (error) {
          outcome = (error as Error).message;
        }
      },
      // The first edit has read its rows and is about to read their notes.
      (name) => name === 'Range.getNotes',
      // Both edits take the lock before the check does.
      'end',
    );
    return outcome;
  };

  it('waits for both and checks', () => {
    expect(afterTwoEdits()).toBe('2 errors');
  });

  it('tells the person to try again when another run keeps the lock longer than it waits', () => {
    const { env, call } = addon(sample);
    env.locks.holdByOtherUser('document', 60_000);
    expect(() => call('sidebarCheck')).toThrow(
      'Таблицю саме змінює інша дія Zvit (перевірка, підсумки або звіт, можливо, іншого ' +
        'користувача). Зачекайте трохи і спробуйте знову.',
    );
  });

  it('gets the lock from another run that lets go within its wait', () => {
    const { env, call } = addon(sample);
    env.locks.holdByOtherUser('document', 5_000);
    expect(call('sidebarCheck').errors).toBe(0);
  });
});

describe('overlapping settings and template runs', () => {
  it('two saves of the settings add each missing parameter once', () => {
    // The settings tab with its first two parameters only: a save adds the other rows.
    const { env, scope } = addon(
      sample.map((g) => (g.name !== 'Налаштування' ? g : { ...g, rows: g.rows.slice(0, 3) })),
    );
    const values = JSON.parse(JSON.stringify(scope.loadSettings())).values;
    env.interleave(
      () => scope.saveSettings({ ...values, period: '1 півріччя 2017 року' }),
      () => scope.saveSettings({ ...values, period: '9 місяців 2017 року' }),
      // The first save has read the tab and is about to find where to add the rows.
      (name) => name === 'Sheet.getLastRow',
    );
    const settings = env.spreadsheet.getSheetsQuietly().find((s) => s.name === 'Налаштування')!;
    const rows = Array.from({ length: settings.lastRow() }, (_, r) => [
      settings.peek(r + 1, 1)?.value,
      settings.peek(r + 1, 2)?.value,
    ]);
    expect([rows.length, rows.find(([label]) => label === 'Звітний період')]).toEqual([
      8,
      ['Звітний період', '9 місяців 2017 року'],
    ]);
  });

  it('two «Налаштувати аркуш» runs on a new file make each tab once, and neither fails', () => {
    const { env, scope } = addon([{ name: 'Аркуш1', rows: [], merges: [] }]);
    env.interleave(
      () => scope.menuSetupSheet(),
      () => scope.menuSetupSheet(),
      (name) => name === 'Spreadsheet.insertSheet',
    );
    expect([env.spreadsheet.getSheetsQuietly().map((s) => s.name), env.ui.alerts.length]).toEqual([
      ['Аркуш1', 'Заходи', 'Налаштування'],
      0,
    ]);
  });
});
