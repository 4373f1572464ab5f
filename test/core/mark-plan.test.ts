import type { Finding } from '../../src/core/findings';
import {
  MARK_COLORS,
  markLook,
  parseMark,
  planMarks,
  unmarkedLook,
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

  it('changes nothing on a clean box', () => {
    expect(planMarks([['a']], [['#ffffff']], []).changed).toBe(false);
  });
});
