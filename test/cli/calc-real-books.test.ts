// Workbooks as coordinators make them in LibreOffice Calc (not exceljs): a signature under the
// money columns, a last measure only begun, plan and fact labels with units or sources around
// them, a printed report with "- / -", and an old copy of a section kept in a hidden tab.
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { analyseProgramme } from '../../src/core/programme';
import { FIELD_LABELS, SOURCE_LABELS } from '../../src/core/labels';
import { SOURCE_KEYS } from '../../src/core/sources';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from '../../scripts/make-sample';
import type { FodsCell, FodsSheet } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

const SOURCES = SOURCE_KEYS.map((key) => SOURCE_LABELS[key]);
const FIELDS = (['number', 'title', 'term', 'executor'] as const).map((k) => FIELD_LABELS[k]);
const TAIL = [FIELD_LABELS.status, FIELD_LABELS.result];
const COVERED: FodsCell = { covered: true };

/** A measure of the template: Всього 10 / 5 from the city's budget. */
const measure = (number: number): FodsCell[] => [
  number,
  `Захід ${number}`,
  'Впродовж року',
  'Прес-служба',
  10,
  5,
  null,
  null,
  null,
  null,
  10,
  5,
  null,
  null,
  null,
  null,
  'виконується',
  '',
];

/** A row with `text` at the given 0-based columns. */
const textRow = (cells: Record<number, FodsCell>): FodsCell[] =>
  Array.from({ length: 18 }, (_, c) => cells[c] ?? null);

/** Sources merged over their two columns, `plan` and `fact` under each. */
const sidesHeader = (plan: string, fact: string): FodsCell[][] => [
  [
    ...FIELDS.map((text) => ({ text, rows: 2 })),
    ...SOURCES.flatMap((text) => [{ text, cols: 2 }, COVERED]),
    ...TAIL.map((text) => ({ text, rows: 2 })),
  ],
  [COVERED, COVERED, COVERED, COVERED, ...SOURCES.flatMap(() => [plan, fact]), COVERED, COVERED],
];

const tab = (name: string, header: FodsCell[][], rows: FodsCell[][]): FodsSheet => ({
  name,
  rows: [...header, ...rows],
});

const TEMPLATE = [HEADER_TOP, HEADER_SIDES];
const SETTINGS: FodsSheet = {
  name: 'Налаштування',
  rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS],
};

const PRINTED_HEADER: FodsCell[][] = [
  [...FIELDS, 'Витрати на реалізацію (план/факт), тис. грн.', '', '', '', '', '', 'Виконання'],
  ['', '', '', '', 'Всього', 'у тому числі за рахунок коштів:'],
  ['', '', '', '', '', 'держбюджету', 'місцевих бюджетів', '', 'підприємств', 'інших джерел'],
  ['', '', '', '', '', '', 'обл. бюджету', 'бюджету міста'],
  ['А', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
];

const BOOK: FodsSheet[] = [
  tab('Підпис', TEMPLATE, [
    measure(1),
    measure(2),
    [],
    textRow({ 1: 'Начальник відділу', 10: 'О. КОВАЛЕНКО' }),
    textRow({ 1: '«___» ____________ 2017 р.' }),
  ]),
  tab('Початий', TEMPLATE, [measure(1), measure(2), textRow({ 0: 3, 1: 'Новий захід' })]),
  tab('План тис', sidesHeader('план, тис. грн', 'факт, тис. грн'), [measure(1)]),
  tab('Заплановано', sidesHeader('заплановано', 'використано'), [measure(1)]),
  tab(
    'Одна шапка',
    [[...FIELDS, ...SOURCES.flatMap((s) => [`${s}, план`, `${s}, факт`]), ...TAIL]],
    [measure(1)],
  ),
  tab('Надрукований', PRINTED_HEADER, [
    ['1', 'Захід', '2017', 'Прес-служба', '75 / 0', '- / -', '-', '75 / 0', '-', '- / -', 'Текст'],
  ]),
  SETTINGS,
];

/** The template tab twice, the copy hidden as coordinators keep last year's. */
const HIDDEN_BOOK: FodsSheet[] = [
  tab('Заходи', TEMPLATE, [measure(1), measure(2)]),
  { ...tab('Копія 2016', TEMPLATE, [measure(1)]), hidden: true },
  SETTINGS,
];

describeWithCalc('workbooks as coordinators make them in LibreOffice Calc', () => {
  let grids: Grid[] = [];
  let hiddenGrids: Grid[] = [];
  beforeAll(async () => {
    grids = await readXlsx(writeWithCalc(BOOK));
    hiddenGrids = await readXlsx(writeWithCalc(HIDDEN_BOOK, 'xlsx', 'hidden'));
  }, 240_000);

  const analysis = (sheet: string): Analysis => analyseWorkbook(grids, { sheet });
  const findings = (sheet: string) =>
    analysis(sheet).findings.map((f) => [f.code, f.severity, f.cell]);

  it('ends the table at a signature whose name sits under the money columns', () => {
    expect([analysis('Підпис').counts.planned, findings('Підпис')]).toEqual([2, []]);
  });

  it('warns that a last measure only begun was read as a note', () => {
    expect([analysis('Початий').counts.planned, findings('Початий')]).toEqual([
      2,
      [['unfinished-measure', 'warning', 'A5']],
    ]);
  });

  it.each(['План тис', 'Заплановано', 'Одна шапка'])(
    'reads plan and fact under the labels of «%s», facts included',
    (sheet) => {
      const { totals } = analysis(sheet);
      expect([findings(sheet), totals.total, totals.city]).toEqual([
        [],
        { plan: 10_000, fact: 5_000 },
        { plan: 10_000, fact: 5_000 },
      ]);
    },
  );

  it('reads "- / -" in a printed report as no amount', () => {
    expect([findings('Надрукований'), analysis('Надрукований').totals.total]).toEqual([
      [['printed-layout', 'warning', 'B1']],
      { plan: 75_000, fact: 0 },
    ]);
  });

  it('reads a hidden tab as no section, and says it is hidden', () => {
    expect(hiddenGrids.map((g) => [g.name, g.hidden])).toEqual([
      ['Заходи', false],
      ['Копія 2016', true],
      ['Налаштування', false],
    ]);
    const programme = analyseProgramme(hiddenGrids);
    expect([
      programme.sections.map((s) => s.sheet),
      programme.findings.map((f) => [f.code, f.sheet]),
    ]).toEqual([['Заходи'], [['hidden-sheet', 'Копія 2016']]]);
  });
});
