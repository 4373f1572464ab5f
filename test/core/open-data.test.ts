// The open-data package is checked by the Frictionless tools themselves (datapackage,
// tableschema): it must validate and every value must cast to its field's type.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenData, isZvitPackage, openDataFiles } from '../../src/core/open-data';
import { analyseProgramme } from '../../src/core/programme';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Package } = require('datapackage') as {
  Package: { load(descriptor: string): Promise<FrictionlessPackage> };
};

interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: {
    name: string;
    read(options: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }[];
}

const programme = analyseProgramme([
  measuresGrid([
    ...SEED_MEASURES,
    {
      title: 'Кома, "лапки"\nі рядок',
      result: 'Текст; з комою, і "лапками"',
      money: { total: [0.1, 0.2] },
    },
  ]),
  settingsGrid(),
]);
const data = buildOpenData(programme, { title: 'Звіт', period: '1 півріччя 2017 року' });

const writePackage = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'zvit-open-'));
  for (const file of openDataFiles(data)) writeFileSync(join(dir, file.name), file.text);
  return join(dir, 'datapackage.json');
};

describe('the open-data package', () => {
  let pkg: FrictionlessPackage;
  beforeAll(async () => {
    pkg = await Package.load(writePackage());
  });

  it('is a valid tabular data package', () => {
    expect([pkg.valid, pkg.errors.map((e) => e.message)]).toEqual([true, []]);
  });

  it('casts every measure row to its schema', async () => {
    const measures = pkg.resources.find((r) => r.name === 'measures')!;
    const rows = await measures.read({ keyed: true, cast: true });
    expect(rows).toHaveLength(SEED_MEASURES.length + 1);
  });

  it('keeps commas, quotes and line breaks inside a cell', async () => {
    const rows = await pkg.resources.find((r) => r.name === 'measures')!.read({ keyed: true });
    expect(rows[rows.length - 1]).toMatchObject({
      title: 'Кома, "лапки"\nі рядок',
      result: 'Текст; з комою, і "лапками"',
    });
  });

  it('writes amounts in thousand UAH with a decimal point', async () => {
    const rows = await pkg.resources
      .find((r) => r.name === 'measures')!
      .read({ keyed: true, cast: true });
    const last = rows[rows.length - 1];
    expect([String(last.total_plan), String(last.total_fact)]).toEqual(['0.1', '0.2']);
  });

  it('writes deadlines as ISO dates that cast to dates', async () => {
    const rows = await pkg.resources
      .find((r) => r.name === 'measures')!
      .read({ keyed: true, cast: true });
    expect(rows[0].deadline).toBeInstanceOf(Date);
  });

  it('casts the sections resource with one row per section', async () => {
    const rows = await pkg.resources
      .find((r) => r.name === 'sections')!
      .read({ keyed: true, cast: true });
    expect(rows.map((r) => [r.section, r.planned])).toEqual([['4.4', SEED_MEASURES.length + 1]]);
  });
});

/** A forced export's programme: amounts that could not be read beside whole ones. */
const unread = analyseProgramme([
  measuresGrid([
    { title: 'Ремонт', money: { total: [40, 'дванадцять'] } },
    { title: 'Сайт', money: { total: [10, 5] } },
    // Всього left empty: summed from the sources, one of which does not read.
    { title: 'Газета', money: { city: [20, 'x'], other: [5, 3] } },
  ]),
  settingsGrid(),
]);
const unreadData = buildOpenData(unread, { title: 'Звіт', period: 'І квартал' });
const files = openDataFiles(unreadData);

describe('the CSV files', () => {
  it('start with the field names and use CRLF as the CSV dialect expects', () => {
    const csv = openDataFiles(data).find((f) => f.name === 'sections.csv')!.text;
    expect(csv.split('\r\n')[0]).toBe(
      'section,name,planned,executing,not_yet_due,overdue,unknown_deadline,total_plan,total_fact,' +
        'state_budget_plan,state_budget_fact,regional_budget_plan,regional_budget_fact,city_budget_plan,' +
        'city_budget_fact,enterprises_plan,enterprises_fact,other_sources_plan,other_sources_fact,' +
        'unreadable_amounts',
    );
  });

  it('leave a total empty, not partial, where an amount could not be read (a forced export)', () => {
    const rows = (name: string) =>
      files
        .find((f) => f.name === name)!
        .text.split('\r\n')
        .slice(1, -1)
        .map((r) => r.split(','));
    // total_plan, total_fact, then the city budget's plan and fact.
    expect([
      rows('sections.csv').map((r) => [r[7], r[8], r[13], r[14]]),
      rows('measures.csv').map((r) => [r[7], r[8], r[13], r[14]]),
    ]).toEqual([
      [['75', '', '20', '']],
      [
        ['40', '', '', ''],
        ['10', '5', '', ''],
        ['25', '', '20', ''],
      ],
    ]);
  });

  it('leave a missing amount empty, not 0', () => {
    const csv = openDataFiles(data).find((f) => f.name === 'measures.csv')!.text;
    expect(csv.split('\r\n')[1]).toMatch(/,,,,,,,,,,,,/);
  });
});

describe('isZvitPackage', () => {
  const own = JSON.parse(openDataFiles(data)[0].text) as Record<string, unknown>;

  it.each([
    ['the descriptor Zvit writes', own, true],
    ['another program’s package', { ...own, name: 'city-budget' }, false],
    [
      'a package with other resources',
      { ...own, resources: [{ name: 'measures', path: 'measures.csv' }] },
      false,
    ],
    ['not a package', ['zvit'], false],
  ])('tells %s', (_, descriptor, expected) => {
    expect(isZvitPackage(descriptor)).toBe(expected);
  });
});

describe('amounts that could not be read (a forced export)', () => {
  const lastColumn = (name: string) =>
    files
      .find((f) => f.name === name)!
      .text.split('\r\n')
      .slice(1, -1)
      .map((r) => r.split(',').pop());

  it('are named per row, apart from amounts there are none of', () => {
    expect([lastColumn('measures.csv'), lastColumn('sections.csv')]).toEqual([
      ['total_fact', '', 'total_fact city_budget_fact'],
      ['total_fact city_budget_fact'],
    ]);
  });

  it('are said in the package’s description, and only then', () => {
    const description = (d: object) => (d as { description: string }).description;
    expect([
      description(unreadData.descriptor).endsWith(
        'а назви їхніх полів наведено в полі unreadable_amounts відповідного рядка.',
      ),
      description(data.descriptor).includes('unreadable_amounts'),
    ]).toEqual([true, false]);
  });

  it('leave a package the frictionless tools validate and cast', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zvit-open-'));
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const rows = await Promise.all(pkg.resources.map((r) => r.read({ keyed: true, cast: true })));
    expect([pkg.valid, rows.map((r) => r.length), rows[0][2].unreadable_amounts]).toEqual([
      true,
      [3, 1],
      'total_fact city_budget_fact',
    ]);
  });
});
