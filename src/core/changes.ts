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
import { spellingKey } from './departments';
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
  /** The Виконання text's digest (`textDigest`); absent in snapshots kept before it was. */
  readonly result?: string;
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

/** A row's plan and fact per source as a snapshot keeps them. */
const moneyOf = (m: Measure): Record<SourceKey, SnapshotMoney> =>
  Object.fromEntries(
    SOURCE_KEYS.map((s) => [
      s,
      { plan: amountOf(m.money[s].plan), fact: amountOf(m.money[s].fact) },
    ]),
  ) as Record<SourceKey, SnapshotMoney>;

/**
 * A short fingerprint of a text (32-bit FNV-1a in base 36, spaces tidied): enough to tell
 * whether a department rewrote its Виконання, at a few characters a measure where the text
 * itself would double the snapshot.
 */
export const textDigest = (text: string): string => {
  const clean = normalizeSpaces(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < clean.length; i++) {
    hash ^= clean.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
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
    money: moneyOf(m),
    result: textDigest(m.text.result),
  }));

/**
 * The department left the row as it was: the same status, plan and fact of every source, and
 * the same Виконання text (when both snapshots keep its digest; older ones do not).
 */
export const isRowUnchanged = (was: MeasureSnapshot, now: MeasureSnapshot): boolean =>
  was.status === now.status &&
  SOURCE_KEYS.every(
    (s) => was.money[s].plan === now.money[s].plan && was.money[s].fact === now.money[s].fact,
  ) &&
  (was.result === undefined || now.result === undefined || was.result === now.result);

/** Section numbers in reading order: 4.4 before 4.10, 6.2 before 10.1; '' first. */
export const compareNumbers = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

/** Levenshtein's edit distance: the characters to insert, delete or replace to turn a into b. */
const editDistance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
};

/**
 * A title edited a little: at most one character in four of the longer title changed (a typo
 * fixed, a word's ending, «№ 3» for «№ 5»). A reworded title is another measure.
 */
const editedALittle = (a: string, b: string): boolean =>
  editDistance(a, b) * 4 <= Math.max(a.length, b.length);

/**
 * Which measure of the previous report each current one is, within its section: the same number
 * and title (spellings folded as departments' are); else the same title, the number moved (a
 * measure above it deleted or added); else the same number with the title edited a little.
 * Each previous measure is matched once. -1 where a measure is new.
 */
export const matchMeasures = (
  previous: readonly MeasureSnapshot[],
  current: readonly MeasureSnapshot[],
): number[] => {
  const was = current.map(() => -1);
  const taken = previous.map(() => false);
  const titlesBefore = previous.map((m) => spellingKey(m.title));
  const titlesNow = current.map((m) => spellingKey(m.title));
  const pass = (
    keyOf: (m: MeasureSnapshot, title: string) => string | null,
    accept: (before: number, now: number) => boolean = () => true,
  ): void => {
    const waiting = new Map<string, number[]>();
    previous.forEach((m, i) => {
      const key = taken[i] ? null : keyOf(m, titlesBefore[i]);
      if (key === null) return;
      const list = waiting.get(key);
      if (list) list.push(i);
      else waiting.set(key, [i]);
    });
    current.forEach((m, j) => {
      const key = was[j] >= 0 ? null : keyOf(m, titlesNow[j]);
      const i = key === null ? undefined : waiting.get(key)?.find((k) => !taken[k] && accept(k, j));
      if (i === undefined) return;
      was[j] = i;
      taken[i] = true;
    });
  };
  const number = (m: MeasureSnapshot) => m.number.trim();
  pass((m, title) => `${m.section}\u0000${number(m)}\u0000${title}`);
  pass((m, title) => `${m.section}\u0000${title}`);
  pass(
    (m) => (number(m) === '' ? null : `${m.section}\u0000${number(m)}`),
    (i, j) => editedALittle(titlesBefore[i], titlesNow[j]),
  );
  return was;
};

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

/** What a change is to the table, and the executor cell that places it under its departments. */
export interface ChangeDetail {
  readonly kind: 'changed' | 'new' | 'removed';
  /** The current executor cell; the previous one for a removed measure. */
  readonly executor: string;
}

export interface Comparison {
  /** SPEC §8's `changes`. */
  readonly changes: Changes;
  /** One per `changes.measures`, in the same order. */
  readonly details: readonly ChangeDetail[];
  /** Per current measure, the previous report's measure it is; undefined where it is new. */
  readonly was: readonly (MeasureSnapshot | undefined)[];
}

const statusWord = (s: Status | null | undefined): string | null =>
  s === null || s === undefined ? null : STATUS_LABELS[s];

const thousands = (h: number | null): number | null => (h === null ? null : h / 1000);

/**
 * The change of one measure as SPEC §8 lists it: `status` and `fact` only where they changed; a
 * new or removed measure is listed even when neither did (no status, no fact on either side),
 * with neither field. Null for a measure whose status and Всього fact stayed.
 */
const describe = (
  was: MeasureSnapshot | undefined,
  now: MeasureSnapshot | undefined,
): MeasureChange | null => {
  const base = (now ?? was)!;
  const statusFrom = statusWord(was?.status);
  const statusTo = statusWord(now?.status);
  const factFrom = was ? rowTotal(was.money, 'fact') : null;
  const factTo = now ? rowTotal(now.money, 'fact') : null;
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

/**
 * The current measures and the removed ones in one list, in section order: a removed measure
 * right after the current measure its predecessor in the previous report became (at its
 * section's start when none did), a section that is gone at its number's place.
 */
const inSectionOrder = (
  previous: readonly MeasureSnapshot[],
  current: readonly MeasureSnapshot[],
  was: readonly number[],
): { was: MeasureSnapshot | undefined; now: MeasureSnapshot | undefined }[] => {
  const becameOf = new Map<number, number>();
  was.forEach((i, j) => i >= 0 && becameOf.set(i, j));
  /** Removed measures by the current index they follow; by section when they open it. */
  const after = new Map<number, MeasureSnapshot[]>();
  const opening = new Map<string, MeasureSnapshot[]>();
  const push = <K>(map: Map<K, MeasureSnapshot[]>, key: K, m: MeasureSnapshot) => {
    const list = map.get(key);
    if (list) list.push(m);
    else map.set(key, [m]);
  };
  previous.forEach((m, i) => {
    if (becameOf.has(i)) return;
    let k = i - 1;
    while (k >= 0 && previous[k].section === m.section && !becameOf.has(k)) k--;
    if (k >= 0 && previous[k].section === m.section) push(after, becameOf.get(k)!, m);
    else push(opening, m.section, m);
  });
  const rows: { was: MeasureSnapshot | undefined; now: MeasureSnapshot | undefined }[] = [];
  const removed = (list: readonly MeasureSnapshot[] | undefined) => {
    for (const m of list ?? []) rows.push({ was: m, now: undefined });
  };
  const gone = [...opening.keys()].filter((s) => !current.some((m) => m.section === s));
  gone.sort(compareNumbers);
  const opened = new Set<string>();
  current.forEach((m, j) => {
    if (!opened.has(m.section)) {
      opened.add(m.section);
      while (gone.length > 0 && compareNumbers(gone[0], m.section) < 0)
        removed(opening.get(gone.shift()!));
      removed(opening.get(m.section));
    }
    rows.push({ was: was[j] >= 0 ? previous[was[j]] : undefined, now: m });
    removed(after.get(j));
  });
  for (const s of gone) removed(opening.get(s));
  return rows;
};

/**
 * The current measures against the previous report's: every measure whose status or Всього fact
 * changed, new and removed measures included, in section order.
 */
export const compareMeasures = (
  previous: Snapshot,
  current: readonly MeasureSnapshot[],
): Comparison => {
  const matched = matchMeasures(previous.measures, current);
  const measures: MeasureChange[] = [];
  const details: ChangeDetail[] = [];
  for (const { was, now } of inSectionOrder(previous.measures, current, matched)) {
    const change = describe(was, now);
    if (!change) continue;
    measures.push(change);
    details.push({
      kind: !was ? 'new' : !now ? 'removed' : 'changed',
      executor: (now ?? was)!.executor,
    });
  }
  return {
    changes: { previous: previous.period, measures },
    details,
    was: matched.map((i) => (i >= 0 ? previous.measures[i] : undefined)),
  };
};

/** SPEC §8's `changes`: every measure whose status or Всього fact changed. */
export const compareSnapshots = (
  previous: Snapshot,
  current: readonly MeasureSnapshot[],
): Changes => compareMeasures(previous, current).changes;

/**
 * `fact-decreased` (warning) at each fact cell that went down since the previous report of the
 * same year, or was cleared ('' or «-» where a figure was): facts only grow over a year, so a
 * lower one is a typo or a lost row. `was` holds each measure's previous self (see
 * `compareMeasures`). Всього left empty counts as the sum of its sources, as SPEC §5 reads it.
 */
export const checkFactDecreased = (
  sheet: string,
  previous: Snapshot,
  measures: readonly Measure[],
  was: readonly (MeasureSnapshot | undefined)[],
): Finding[] => {
  const findings: Finding[] = [];
  const label = previous.period.label;
  measures.forEach((m, i) => {
    const then = was[i];
    if (!then) return;
    for (const source of SOURCE_KEYS) {
      const cell = m.money[source].fact;
      // Only a figure or an empty cell: an unreadable one has its own error.
      if (cell.col < 0 || (cell.amount.kind !== 'amount' && cell.amount.kind !== 'empty')) continue;
      const now = amountOf(cell);
      let before = then.money[source].fact;
      if (source === 'total') {
        // An empty Всього is the sum of its sources (SPEC §5): cleared only when they are empty
        // too, and lowered only as its sources are, where each source's cell says so.
        if (now === null && rowTotal(moneyOf(m), 'fact') !== null) continue;
        if (now !== null) before = rowTotal(then.money, 'fact');
      }
      if (before === null || before === 0 || (now !== null && now >= before)) continue;
      const where = `Факт «${SOURCE_LABELS[source]}»`;
      const message =
        now === null
          ? `${where} очищено: у попередньому звіті («${label}») було ` +
            `${formatThousands(before)} тис. грн, а тепер суми немає. Факт за рік ` +
            'накопичується — впишіть суму витрат від початку року.'
          : `${where} зменшився: ${formatThousands(now)} тис. грн, а в попередньому звіті ` +
            `(«${label}») було ${formatThousands(before)} тис. грн. Факт за рік ` +
            'накопичується — перевірте суму (чи не пропущено витрати попередніх місяців).';
      findings.push(
        makeFinding(
          'fact-decreased',
          SEVERITY.warning,
          { sheet, row: m.row, col: cell.col },
          message,
        ),
      );
    }
  });
  return findings;
};
