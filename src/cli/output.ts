// What the command line prints: finding lines ("E14: …") and the --json object.
// Node adapter layer.
import type { Finding } from '../core/findings';
import type { Side } from '../core/labels';
import type { Measure } from '../core/measures';
import type { Programme, Section } from '../core/programme';
import { qualifiedCell } from '../core/programme';
import type { SourceKey, Totals } from '../core/sources';
import { unreadableTotals } from '../core/totals';
import { SOURCE_KEYS } from '../core/sources';

/** The measures tab of a one-section workbook; '' when there are several (every cell names its tab). */
const onlySheet = (programme: Programme): string | null =>
  programme.sections.length === 1 ? programme.sections[0].sheet : null;

/**
 * "E14", "Налаштування!B5", or "'6.5 Спорт'!E4" when the workbook has several sections; a
 * finding about a whole tab is that tab, "'Копія 2016'", and '' only about the whole book.
 */
const cellName = (f: Finding, programme: Programme): string => {
  const sheet = onlySheet(programme);
  if (sheet === null || f.cell === '') return qualifiedCell(f, true);
  return f.sheet && f.sheet !== sheet ? `${f.sheet}!${f.cell}` : f.cell;
};

const place = (f: Finding, programme: Programme): string => {
  if (f.cell === '') return f.sheet ? `Аркуш «${f.sheet}»` : 'Книга';
  return cellName(f, programme);
};

/** Errors first, then warnings, each as "E14: message". */
export const findingLines = (programme: Programme): string[] => {
  const line = (f: Finding) => `${place(f, programme)}: ${f.message}`;
  return [
    ...programme.findings.filter((f) => f.severity === 'error').map(line),
    ...programme.findings.filter((f) => f.severity === 'warning').map(line),
  ];
};

/** "Помилок: 2, попереджень: 1" — the count line after the finding lines. */
export const findingCounts = (programme: Programme): string => {
  const errors = programme.findings.filter((f) => f.severity === 'error').length;
  const warnings = programme.findings.length - errors;
  return `Помилок: ${errors}, попереджень: ${warnings}.`;
};

const thousands = (hryvnias: number): number => hryvnias / 1000;

const totalsJson = (totals: Totals) =>
  Object.fromEntries(
    SOURCE_KEYS.map((key) => [
      key,
      { plan: thousands(totals[key].plan), fact: thousands(totals[key].fact) },
    ]),
  );

/**
 * The totals that miss an amount the check could not read (a forced draft prints them "?"), as
 * `{city: ['plan']}`; `{}` when every total is whole. Their figure in `totals` is then only the
 * sum of what could be read.
 */
const unreadableJson = (measures: readonly Measure[]): Partial<Record<SourceKey, Side[]>> => {
  const unreadable = unreadableTotals(measures);
  return Object.fromEntries(
    SOURCE_KEYS.flatMap((key) => {
      const sides = (['plan', 'fact'] as const).filter((side) => unreadable[key][side]);
      return sides.length > 0 ? [[key, sides]] : [];
    }),
  );
};

const measuresOf = (section: Section): readonly Measure[] => section.analysis.table?.measures ?? [];

/**
 * The --json object: the programme's figures at the top level (as for one section before), then
 * each section's (SPEC §7), then what changed since the previous report when one was given (§8).
 */
export const toJson = (programme: Programme) => ({
  sheet: programme.sections[0]?.sheet ?? '',
  period: programme.period,
  counts: programme.counts,
  totals: totalsJson(programme.totals),
  unreadable: unreadableJson(programme.sections.flatMap(measuresOf)),
  // A cell on another tab than the measures tab carries the tab's name: "Налаштування!B5".
  findings: programme.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    cell: cellName(f, programme),
    message: f.message,
  })),
  summary: programme.summary.join(' '),
  sections: programme.sections.map((s) => ({
    sheet: s.sheet,
    number: s.number,
    name: s.name,
    counts: s.analysis.counts,
    totals: totalsJson(s.analysis.totals),
    unreadable: unreadableJson(measuresOf(s)),
    summary: s.analysis.summary.join(' '),
  })),
  ...(programme.changes ? { changes: programme.changes } : {}),
});

/**
 * Fields every --json Zvit has written carries at its top level; a file whose JSON object has
 * them all is a check or report Zvit wrote, and only such a file does --json replace.
 */
const JSON_FIELDS = [
  'sheet',
  'counts',
  'totals',
  'findings',
  'summary',
] as const satisfies readonly (keyof ReturnType<typeof toJson>)[];

/** Whether a file's bytes are a --json result of Zvit's (a person's JSON, CSV or text is not). */
export const isZvitJson = (bytes: Uint8Array): boolean => {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString());
  } catch {
    return false;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const fields = data as Record<string, unknown>;
  return (
    JSON_FIELDS.every((key) => key in fields) &&
    typeof fields.sheet === 'string' &&
    typeof fields.summary === 'string' &&
    Array.isArray(fields.findings)
  );
};
