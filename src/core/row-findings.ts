// Findings about rows of the measures table that are not measures, as `readMeasures` told them:
// the header pasted again, a sum merged over several measures, a group's «Разом …» row or a
// heading with sums that disagree with its measures. Core layer; warnings only, none blocks.
import { makeFinding } from './checks';
import type { Finding } from './findings';
import { SEVERITY } from './findings';
import type { Grid } from './grid';
import { toA1 } from './grid';
import type { Header } from './header';
import type { Side } from './labels';
import { SIDE_LABELS, SOURCE_LABELS } from './labels';
import type { GroupSums, Measure, MeasureTable } from './measures';
import { formatThousands } from './money';
import { SOURCE_KEYS } from './sources';
import { shortTitle } from './summary';
import { amountOf, computeTotals, unreadableTotals } from './totals';
import { countOf, listPhrase } from './ukrainian';

const MEASURES = { one: 'захід', few: 'заходи', many: 'заходів' } as const;

/** "№ 4", or by its title when it has no number. */
const nameOf = (m: Measure): string =>
  m.text.number ? `№ ${m.text.number}` : `«${shortTitle(m.text.title)}»`;

/** "7" or "7–8": 1-based rows. */
const rowsText = (first: number, last: number): string =>
  first === last ? `${first + 1}` : `${first + 1}–${last + 1}`;

/** The header pasted again inside the table: skipped, said once per block of rows. */
const repeatedHeaderFindings = (grid: Grid, header: Header, table: MeasureTable): Finding[] =>
  table.repeatedHeaders.map(({ first, last }) => {
    const [rows, repeat, them, skipped, extra] =
      first === last
        ? ['Рядок', 'повторює', 'його', 'він не потрапив', 'зайвий рядок']
        : ['Рядки', 'повторюють', 'їх', 'вони не потрапили', 'зайві рядки'];
    return makeFinding(
      'repeated-header',
      SEVERITY.warning,
      { sheet: grid.name, row: first, col: header.fields.number ?? header.fields.title ?? 0 },
      `${rows} ${rowsText(first, last)} ${repeat} шапку таблиці, тож ${them} пропущено: у ` +
        `перевірку, підсумки і звіт ${skipped}. Якщо таблицю вставлено двічі, видаліть ${extra} ` +
        'шапки.',
    );
  });

/** A sum merged over several measures is counted once, for the first: said at the merged cells. */
const sharedSumFindings = (grid: Grid, table: MeasureTable): Finding[] =>
  table.sharedSums.map(({ row, rows, cols, measures }) => {
    const cells = cols.map((c) => `${toA1(row, c)}:${toA1(row + rows - 1, c)}`);
    const covered = measures.map((i) => table.measures[i]);
    return makeFinding(
      'shared-sum',
      SEVERITY.warning,
      { sheet: grid.name, row, col: cols[0] },
      `${cells.length === 1 ? 'Клітинку' : 'Клітинки'} ${listPhrase(cells)} об'єднано на ` +
        `${countOf(covered.length, MEASURES)} (${listPhrase(covered.map(nameOf))}): суму ` +
        `враховано один раз, за заходом ${nameOf(covered[0])}. Якщо це спільні кошти цих ` +
        "заходів, нічого робити не треба; якщо кожен має свої, роз'єднайте клітинки і впишіть " +
        'суму кожного заходу в його рядок.',
    );
  });

const SIDES: readonly Side[] = ['plan', 'fact'];

/** What a group's row of sums says against its measures; null when they agree. */
const groupSumFinding = (grid: Grid, table: MeasureTable, sums: GroupSums): Finding | null => {
  const group = table.measures.slice(sums.from, sums.to);
  // A row of sums with no measure in its group has nothing to disagree with.
  if (group.length === 0) return null;
  const totals = computeTotals(group);
  const unreadable = unreadableTotals(group);
  const differ: { col: number; text: string }[] = [];
  for (const source of SOURCE_KEYS)
    for (const side of SIDES) {
      const cell = sums.money[source][side];
      const typed = amountOf(cell);
      const computed = totals[source][side];
      // A measure's unreadable figure has its own finding: without it the sum proves nothing.
      if (typed === null || typed === computed || unreadable[source][side]) continue;
      differ.push({
        col: cell.col,
        text:
          `«${SOURCE_LABELS[source]}», ${SIDE_LABELS[side]}: ${formatThousands(typed)}, а за ` +
          `заходами — ${formatThousands(computed)}`,
      });
    }
  if (differ.length === 0) return null;
  const numbers = group.every((m) => m.text.number !== '')
    ? ` (${listPhrase(group.map(nameOf))})`
    : '';
  const what =
    sums.kind === 'subtotal'
      ? `Рядок «${sums.label}» — підсумок групи заходів${numbers}, але його суми з ними не ` +
        `збігаються: ${differ.map((d) => d.text).join('; ')}. `
      : `Заголовок «${sums.label}» має суми, що не збігаються із заходами під ним${numbers}: ` +
        `${differ.map((d) => d.text).join('; ')}. `;
  return makeFinding(
    'group-sum-mismatch',
    SEVERITY.warning,
    { sheet: grid.name, row: sums.row, col: differ[0].col },
    what +
      'Ні в підсумки, ні у звіт ці суми не йдуть (звіт рахує кожен захід), тож виправте їх, ' +
      'щоб таблиця не суперечила звітові.',
  );
};

/** The findings about the table's rows that are not measures, in sheet order. */
export const rowFindings = (grid: Grid, header: Header, table: MeasureTable): Finding[] =>
  [
    ...repeatedHeaderFindings(grid, header, table),
    ...sharedSumFindings(grid, table),
    ...table.groupSums.flatMap((sums) => groupSumFinding(grid, table, sums) ?? []),
  ].sort((a, b) => a.row - b.row || a.col - b.col);
