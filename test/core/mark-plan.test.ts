import type { Finding } from '../../src/core/findings';
import {
  changedBoxes,
  insertedRowBackgrounds,
  MARK_COLORS,
  markLook,
  parseMark,
  planMarks,
  unmarkedLook,
  unmarkedRow,
} from '../../src/core/mark-plan';

const finding = (row: number, col: number, severity: Finding['severity'] = 'error'): Finding => ({
  code: 'not-a-number',
  severity,
  cell: '',
  message: 'не сума',
  row,
  col,
  sheet: 'Заходи',
});

describe('a mark', () => {
  it.each([
    [{ note: '', background: '#ffffff' }],
    [{ note: 'перевірити з бухгалтерією', background: '#d9ead3' }],
    [{ note: 'два\nрядки', background: '#fff2cc' }],
    [{ note: 'Zvit ▸ моя примітка', background: '#ffffff' }],
  ])('gives back what the cell had: %j', (own) => {
    expect(unmarkedLook(markLook(own, [finding(0, 0)]))).toEqual(own);
  });

  it.each([[MARK_COLORS.error], [MARK_COLORS.warning]])(
    'never keeps a mark’s colour %s as the cell’s own: it gives back no fill',
    (colour) => {
      const marked = markLook({ note: '', background: colour }, [finding(0, 0)]);
      expect([parseMark(marked.note)?.own.background, unmarkedLook(marked).background]).toEqual([
        '#ffffff',
        '#ffffff',
      ]);
    },
  );

  it('gives back a mark’s colour an edit kept as the cell’s own, for the plan to name', () => {
    const kept = 'Zvit ▸ Помилка: не сума\nZvit ▸ до позначки: фон #fce8b2, примітки не було';
    expect(unmarkedLook({ note: kept, background: MARK_COLORS.error })).toEqual({
      note: '',
      background: MARK_COLORS.warning,
    });
  });

  it('is coloured by its worst finding', () => {
    expect(
      markLook({ note: '', background: '#ffffff' }, [finding(0, 0, 'warning')]).background,
    ).toBe(MARK_COLORS.warning);
  });

  it('keeps a colour the person set after the check', () => {
    const marked = markLook({ note: '', background: '#d9ead3' }, [finding(0, 0)]);
    expect(unmarkedLook({ ...marked, background: '#00ff00' }).background).toBe('#00ff00');
  });

  describe('keeps every line a person typed into it', () => {
    const bare = markLook({ note: '', background: '#ffffff' }, [finding(0, 0)]).note;
    const withOwn = markLook({ note: 'моя', background: '#d9ead3' }, [finding(0, 0)]).note;
    it.each([
      ['below, in a cell that had no note', `${bare}\nперевірено Іваном`, 'перевірено Іваном'],
      ['above', `перевірено Іваном\n${bare}`, 'перевірено Іваном'],
      ['at the end of Zvit’s last line', `${bare} — перевірено`, '— перевірено'],
      ['above a note of its own', `перевірено Іваном\n${withOwn}`, 'перевірено Іваном\nмоя'],
      ['below a note of its own', `${withOwn}\nперевірено`, 'моя\nперевірено'],
    ])('%s', (_, note, kept) => {
      expect(parseMark(note)?.own.note).toBe(kept);
    });
  });

  describe('without its «до позначки» line', () => {
    const quoting = 'обговорити:\nZvit ▸ Помилка: не сума';
    const withoutKept = (note: string) =>
      note
        .split('\n')
        .filter((line) => !line.includes('до позначки'))
        .join('\n');
    const marked = markLook({ note: quoting, background: '#ffffff' }, [finding(0, 0)]);
    it.each([
      ['keeps a Zvit message the person’s own note quotes', withoutKept(marked.note), quoting],
      ['keeps a line typed above it', 'моя\nZvit ▸ Помилка: не сума', 'моя'],
    ])('%s', (_, note, kept) => {
      expect(parseMark(note)?.own.note).toBe(kept);
    });

    it('is taken off with the person’s lines left as they are', () => {
      const plan = planMarks([[withoutKept(marked.note)]], [[marked.background]], []);
      expect([plan.notes, plan.backgrounds, plan.cleared]).toEqual([[[quoting]], [['#ffffff']], 1]);
    });
  });

  it('is not read into a note a person wrote', () => {
    expect(parseMark('Zvit ▸ моя примітка')).toBeNull();
  });
});

describe('planMarks', () => {
  it('takes an old mark off and marks only the new finding', () => {
    const old = markLook({ note: 'моя', background: '#d9ead3' }, [finding(0, 0)]);
    const plan = planMarks([[old.note, '']], [[old.background, '#ffffff']], [finding(0, 1)]);
    expect([
      plan.notes[0][0],
      plan.backgrounds[0][0],
      plan.backgrounds[0][1],
      plan.marked,
      plan.cleared,
    ]).toEqual(['моя', '#d9ead3', MARK_COLORS.error, 1, 1]);
  });

  it('re-marking a marked cell keeps the person’s own look inside, not the old mark', () => {
    const once = planMarks([['моя']], [['#d9ead3']], [finding(0, 0)]);
    const twice = planMarks(once.notes, once.backgrounds, [finding(0, 0)]);
    expect(twice.notes).toEqual(once.notes);
  });

  it('places findings by the box position', () => {
    const plan = planMarks([['', '']], [['#ffffff', '#ffffff']], [finding(9, 4)], 9, 3);
    expect(plan.backgrounds).toEqual([['#ffffff', MARK_COLORS.error]]);
  });

  it('takes off a mark a person typed a line above', () => {
    const marked = markLook({ note: '', background: '#ffffff' }, [finding(0, 0)]);
    const plan = planMarks([[`моя\n${marked.note}`]], [[marked.background]], []);
    expect([plan.notes, plan.backgrounds, plan.cleared]).toEqual([[['моя']], [['#ffffff']], 1]);
  });

  it('lists a mark’s colour without Zvit’s note as a stray mark, each cell once', () => {
    const marked = markLook({ note: '', background: '#ffffff' }, [finding(0, 0)]);
    const plan = planMarks(
      [[marked.note, '', 'моя']],
      [[marked.background, MARK_COLORS.error, MARK_COLORS.warning]],
      [],
      4,
      2,
    );
    expect([plan.cleared, plan.strays]).toEqual([
      1,
      [
        { row: 4, col: 3 },
        { row: 4, col: 4 },
      ],
    ]);
  });

  it('leaves a stray mark’s colour as it is unless asked to clear strays', () => {
    const kept = planMarks([['']], [[MARK_COLORS.error]], []);
    const cleared = planMarks([['']], [[MARK_COLORS.error]], [], 0, 0, true);
    expect([kept.backgrounds, cleared.backgrounds]).toEqual([[[MARK_COLORS.error]], [['#ffffff']]]);
  });

  it('marks a stray mark with a finding now as a cell with no fill of its own, when it tells', () => {
    const plan = planMarks([['']], [[MARK_COLORS.error]], [finding(0, 0)], 0, 0, true);
    expect(parseMark(plan.notes[0][0])?.own.background).toBe('#ffffff');
  });

  it('keeps a mark’s colour as the cell’s own where it does not tell (an edit)', () => {
    const plan = planMarks([['']], [[MARK_COLORS.warning]], [finding(0, 0)]);
    expect(parseMark(plan.notes[0][0])?.own.background).toBe(MARK_COLORS.warning);
  });

  it('names a mark’s colour given back by a mark as a stray, not as restored', () => {
    const kept = 'Zvit ▸ Помилка: не сума\nZvit ▸ до позначки: фон #fce8b2, примітки не було';
    const plan = planMarks([[kept]], [[MARK_COLORS.error]], [], 0, 0, true);
    expect([plan.cleared, plan.strays, plan.backgrounds[0][0]]).toEqual([
      0,
      [{ row: 0, col: 0 }],
      '#ffffff',
    ]);
  });

  describe('a stray mark in a row inserted beside a marked cell', () => {
    /** A mark over a green cell, and the rows inserted below it wearing the mark's colour. */
    const green = markLook({ note: '', background: '#d9ead3' }, [finding(0, 0)]);
    const inserted = (rows: number) =>
      planMarks(
        [[green.note], ...Array.from({ length: rows }, () => [''])],
        [[green.background], ...Array.from({ length: rows }, () => [green.background])],
        [],
        0,
        0,
        true,
      ).backgrounds.map(([b]) => b);

    it.each([1, 2])('gets the colour its neighbour had before the mark (%i rows)', (rows) => {
      expect(inserted(rows)).toEqual(Array.from({ length: rows + 1 }, () => '#d9ead3'));
    });

    it('looks below when the row above holds no mark of that colour', () => {
      const plan = planMarks(
        [[''], ['']].concat([[green.note]]),
        [['#ffffff'], [green.background], [green.background]],
        [],
        0,
        0,
        true,
      );
      expect(plan.backgrounds.map(([b]) => b)).toEqual(['#ffffff', '#d9ead3', '#d9ead3']);
    });

    it('has no fill beside a mark of the other colour', () => {
      const plan = planMarks(
        [[green.note], ['']],
        [[green.background], [MARK_COLORS.warning]],
        [],
        0,
        0,
        true,
      );
      expect(plan.backgrounds[1][0]).toBe('#ffffff');
    });
  });

  describe('an edit (keepTableLines)', () => {
    const numbering: Finding = { ...finding(0, 0, 'warning'), code: 'numbering' };
    const checked = planMarks([[''], ['']], [['#ffffff'], ['#ffffff']], [numbering, finding(1, 0)]);

    it('keeps the lines of findings of the whole table', () => {
      const edited = planMarks(checked.notes, checked.backgrounds, [], 0, 0, false, true);
      expect([edited.notes[0][0], edited.backgrounds[0][0], edited.notes[1][0]]).toEqual([
        checked.notes[0][0],
        MARK_COLORS.warning,
        '',
      ]);
    });

    it('writes them after its own findings', () => {
      const edited = planMarks(
        checked.notes,
        checked.backgrounds,
        [finding(0, 0)],
        0,
        0,
        false,
        true,
      );
      expect(edited.notes[0][0].split('\n').slice(0, 2)).toEqual([
        'Zvit ▸ Помилка: не сума',
        'Zvit ▸ Увага (уся таблиця): не сума',
      ]);
    });

    it('a check takes them off', () => {
      expect(planMarks(checked.notes, checked.backgrounds, []).notes).toEqual([[''], ['']]);
    });
  });

  it('changes nothing on a clean box', () => {
    expect(planMarks([['a']], [['#ffffff']], []).changed).toBe(false);
  });
});

describe('changedBoxes', () => {
  /** A column of `rows` cells with a changed cell at each of `at`. */
  const column = (rows: number, at: readonly number[]) => {
    const before = {
      notes: Array.from({ length: rows }, () => ['', '']),
      backgrounds: [] as string[][],
    };
    before.backgrounds = before.notes.map(() => ['#ffffff', '#ffffff']);
    const after = {
      notes: before.notes.map((row, r) => (at.includes(r) ? ['', 'x'] : row)),
      backgrounds: before.backgrounds,
    };
    return changedBoxes(before, after, 2);
  };

  it('writes changes near the top and the bottom as two boxes, not the rows between', () => {
    expect(column(5000, [2, 4998])).toEqual([
      { top: 2, left: 1, rows: 1, cols: 1 },
      { top: 4998, left: 1, rows: 1, cols: 1 },
    ]);
  });

  it('joins the runs nearest each other when there are more than it may write', () => {
    expect(column(100, [0, 1, 5, 7, 90])).toEqual([
      { top: 0, left: 1, rows: 8, cols: 1 },
      { top: 90, left: 1, rows: 1, cols: 1 },
    ]);
  });
});

describe('a row Zvit writes', () => {
  it('rewritten whole keeps no mark, and each cell gets back what it had', () => {
    const marked = markLook({ note: 'моя', background: '#d9ead3' }, [finding(0, 0)]);
    expect(unmarkedRow([marked.note, ''], [marked.background, '#fff2cc'])).toEqual({
      notes: ['моя', ''],
      backgrounds: ['#d9ead3', '#fff2cc'],
    });
  });

  it.each([
    ['a mark’s colour, to what the cell above had before its mark', '#d9ead3', '#d9ead3'],
    ['a mark’s colour over a cell with no fill, to none', '#ffffff', '#ffffff'],
  ])('inserted under a marked cell turns %s', (_, own, expected) => {
    const above = markLook({ note: '', background: own }, [finding(0, 0)]);
    expect(insertedRowBackgrounds([above.note], [above.background])).toEqual([expected]);
  });

  it('inserted under a cell the person coloured keeps that colour, as Sheets copied it', () => {
    expect(insertedRowBackgrounds(['', ''], ['#d9ead3', MARK_COLORS.warning])).toEqual([
      '#d9ead3',
      '#ffffff',
    ]);
  });
});
