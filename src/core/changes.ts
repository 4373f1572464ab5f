// Since the previous report (SPEC §8): facts accumulate over the year, so each measure is
// compared with the report before this one. Core layer: snapshots in, changes and
// `fact-decreased` findings out; where the snapshot is kept is the adapters' business.
import type { Finding } from './findings';
import { SEVERITY } from './findings';
import { makeFinding } from './checks';
import { SOURCE_LABELS } from './labels';
import type { Measure } from './measures';
import { formatThousands } from './money';
import type { SourceKey } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Status } from './status';
import { STATUS_LABELS } from './status';
import { normalizeSpaces } from './text';

/** Plan and fact of one source in integer hryvnias; null where the cell holds no amount. */
export interface SnapshotMoney {
  readonly plan: number | null;
  readonly fact: number | null;
}

/** One measure as a report left it. */
export interface MeasureSnapshot {
  /** Section number ("6.2"), or '' for a workbook of one section. */
  readonly section: string;
  readonly number: string;
  readonly title: string;
  readonly executor: string;
  readonly status: Status | null;
  readonly money: Readonly<Record<SourceKey, SnapshotMoney>>;
}

export interface Snapshot {
  readonly period: { readonly label: string; readonly end: string };
  readonly measures: readonly MeasureSnapshot[];
}

const amountOf = (m: Measure['money'][SourceKey]['plan']): number | null =>
  m.amount.kind === 'amount' ? m.amount.hryvnias : null;

/** Всього of a row: the typed value, else the sum of its sources (SPEC §5). */
const rowTotal = (money: Readonly<Record<SourceKey, SnapshotMoney>>, side: 'plan' | 'fact') => {
  const typed = money.total[side];
  if (typed !== null) return typed;
  const given = SOURCE_KEYS.filter((s) => s !== 'total')
    .map((s) => money[s][side])
    .filter((v): v is number => v !== null);
  return given.length === 0 ? null : given.reduce((a, b) => a + b, 0);
};

export const snapshotMeasures = (
  section: string,
  measures: readonly Measure[],
): MeasureSnapshot[] =>
  measures.map((m) => ({
    section,
    number: m.text.number,
    title: m.text.title,
    executor: m.text.executor,
    status: m.status,
    money: Object.fromEntries(
      SOURCE_KEYS.map((s) => [
        s,
        { plan: amountOf(m.money[s].plan), fact: amountOf(m.money[s].fact) },
      ]),
    ) as Record<SourceKey, SnapshotMoney>,
  }));

/**
 * Which measure of the previous report is this one: the same section and number, or — for a
 * measure without a number — the same title (spaces and case aside).
 */
export const measureKey = (m: Pick<MeasureSnapshot, 'section' | 'number' | 'title'>): string =>
  m.number.trim() !== ''
    ? `${m.section}\u0000№${m.number.trim()}`
    : `${m.section}\u0000${normalizeSpaces(m.title).toLowerCase()}`;

export interface MeasureChange {
  readonly section: string;
  readonly number: string;
  readonly title: string;
  /** Status words as the report prints them; null where the measure did not exist. */
  readonly status?: { readonly from: string | null; readonly to: string | null };
  /** Всього fact in thousand UAH; null where there was none. */
  readonly fact?: { readonly from: number | null; readonly to: number | null };
}

export interface Changes {
  readonly previous: { readonly label: string; readonly end: string };
  readonly measures: readonly MeasureChange[];
}

const statusWord = (s: Status | null | undefined): string | null =>
  s === null || s === undefined ? null : STATUS_LABELS[s];

const thousands = (h: number | null): number | null => (h === null ? null : h / 1000);

/** Every measure whose status or Всього fact changed, new and removed measures included. */
export const compareSnapshots = (
  previous: Snapshot,
  current: readonly MeasureSnapshot[],
): Changes => {
  const before = new Map(previous.measures.map((m) => [measureKey(m), m]));
  const seen = new Set<string>();
  const changes: MeasureChange[] = [];
  const describe = (
    was: MeasureSnapshot | undefined,
    now: MeasureSnapshot | undefined,
  ): MeasureChange | null => {
    const base = (now ?? was)!;
    const statusFrom = statusWord(was?.status);
    const statusTo = statusWord(now?.status);
    const factFrom = was ? rowTotal(was.money, 'fact') : null;
    const factTo = now ? rowTotal(now.money, 'fact') : null;
    // SPEC §8: `status` and `fact` are there when they changed; a new or removed measure is
    // listed even when neither did (no status, no fact on either side), with neither field.
    const statusChanged = statusFrom !== statusTo;
    const factChanged = factFrom !== factTo;
    if (!statusChanged && !factChanged && was !== undefined && now !== undefined) return null;
    return {
      section: base.section,
      number: base.number,
      title: base.title,
      ...(statusChanged ? { status: { from: statusFrom, to: statusTo } } : {}),
      ...(factChanged ? { fact: { from: thousands(factFrom), to: thousands(factTo) } } : {}),
    };
  };
  for (const now of current) {
    const key = measureKey(now);
    seen.add(key);
    const change = describe(before.get(key), now);
    if (change) changes.push(change);
  }
  for (const [key, was] of before) {
    if (seen.has(key)) continue;
    const change = describe(was, undefined);
    if (change) changes.push(change);
  }
  return { previous: previous.period, measures: changes };
};

/**
 * `fact-decreased` (warning) at each fact cell that went down since the previous report of the
 * same year: facts only grow over a year, so a lower one is a typo or a lost row.
 */
export const checkFactDecreased = (
  sheet: string,
  section: string,
  previous: Snapshot,
  measures: readonly Measure[],
): Finding[] => {
  const before = new Map(previous.measures.map((m) => [measureKey(m), m]));
  const findings: Finding[] = [];
  for (const m of measures) {
    const was = before.get(measureKey({ section, number: m.text.number, title: m.text.title }));
    if (!was) continue;
    for (const source of SOURCE_KEYS) {
      const cell = m.money[source].fact;
      const now = amountOf(cell);
      const then = was.money[source].fact;
      if (now === null || then === null || now >= then || cell.col < 0) continue;
      findings.push(
        makeFinding(
          'fact-decreased',
          SEVERITY.warning,
          { sheet, row: m.row, col: cell.col },
          `Факт «${SOURCE_LABELS[source]}» зменшився: ${formatThousands(now)} тис. грн, а в ` +
            `попередньому звіті («${previous.period.label}») було ${formatThousands(then)} тис. грн. Факт за рік ` +
            `накопичується — перевірте суму (чи не пропущено витрати попередніх місяців).`,
        ),
      );
    }
  }
  return findings;
};
