// The figures each finished report leaves behind (SPEC §8), kept in the spreadsheet itself: a
// hidden tab, one snapshot per period, its JSON split over cells. Not in properties: a snapshot
// grows with the sheet, a property value holds 9 KB. Apps Script adapter layer: the core makes
// and compares snapshots; this stores them and finds the one to compare with.
import type { Analysis } from '../core/analyse';
import type { MeasureSnapshot, Snapshot } from '../core/changes';
import type { Programme } from '../core/programme';
import { analyseProgramme, snapshotProgramme } from '../core/programme';
import { SOURCE_KEYS } from '../core/sources';
import type { RangeApi, SheetApi, SpreadsheetApi } from './services';
import type { ReadWorkbook } from './workbook';

export const SNAPSHOT_SHEET = 'Zvit: знімки';
const HEADER = ['Кінець періоду', 'Період', 'Збережено', 'Частина', 'Усього частин', 'Дані'];
const COLUMNS = HEADER.length;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Under the 50 000 characters a cell holds, with room to spare. */
export const PART_CHARACTERS = 45000;

/** The JSON in pieces of at most `size` characters, never cutting a surrogate pair in two. */
export const splitText = (text: string, size: number): string[] => {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length > 0 ? parts : [''];
};

const isAmount = (v: unknown): boolean => v === null || (typeof v === 'number' && isFinite(v));

const isMeasure = (m: unknown): m is MeasureSnapshot => {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  const money = r.money as Record<string, { plan?: unknown; fact?: unknown }> | undefined;
  return (
    typeof r.section === 'string' &&
    typeof r.number === 'string' &&
    typeof r.title === 'string' &&
    typeof r.executor === 'string' &&
    (r.result === undefined || typeof r.result === 'string') &&
    typeof money === 'object' &&
    money !== null &&
    SOURCE_KEYS.every(
      (k) => typeof money[k] === 'object' && isAmount(money[k]?.plan) && isAmount(money[k]?.fact),
    )
  );
};

/** A snapshot as stored, or null when the text is not one (cut short, typed over, garbled). */
const parseSnapshot = (text: string): Snapshot | null => {
  try {
    const value = JSON.parse(text) as Partial<Snapshot>;
    const period = value?.period;
    if (
      typeof period?.label !== 'string' ||
      typeof period.end !== 'string' ||
      !ISO_DAY.test(period.end) ||
      !Array.isArray(value.measures) ||
      !value.measures.every(isMeasure)
    )
      return null;
    return { period: { label: period.label, end: period.end }, measures: value.measures };
  } catch {
    return null;
  }
};

/**
 * The snapshots tab's cells as they are: from what the workbook reader already read of it, else
 * its first NEW_TAB_ROWS rows in one call (`getSheetValues`, no Range); the data range (two
 * calls more) only when the last of them holds something or the tab is shorter (see readBlock).
 */
const cellsOf = (sheet: SheetApi, read?: ReadWorkbook): unknown[][] => {
  const known = read?.reads.get(sheet)?.grid.rows.map((row) => row.map((cell) => cell.value));
  if (known) return known;
  try {
    const cells = sheet.getSheetValues(1, 1, NEW_TAB_ROWS, COLUMNS);
    if ((cells[cells.length - 1] ?? []).every(isBlank)) return cells;
  } catch {
    // Fewer rows than the block: read what there is.
  }
  return sheet.getDataRange().getValues();
};

const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** The tab's non-empty rows as text, `COLUMNS` wide. */
const textRows = (cells: readonly (readonly unknown[])[]): string[][] =>
  cells
    .map((row) =>
      Array.from({ length: COLUMNS }, (_, c) => {
        const v = row[c];
        return v === null || v === undefined ? '' : String(v);
      }),
    )
    .filter((row) => row.some((v) => v !== ''));

/**
 * Every whole snapshot on the tab, by period end. A snapshot with a part missing, repeated or
 * out of place, or whose JSON does not read back, is left out: no previous report, not a crash.
 */
export const readSnapshots = (read: ReadWorkbook): Snapshot[] => {
  const sheet = read.tabs.find((t) => t.name === SNAPSHOT_SHEET)?.sheet;
  if (!sheet) return [];
  const parts = new Map<string, { count: number; texts: Map<number, string>; broken: boolean }>();
  for (const [end, , , part, count, text] of textRows(cellsOf(sheet, read))) {
    const index = Number(part);
    const total = Number(count);
    if (!ISO_DAY.test(end) || !Number.isInteger(index) || !Number.isInteger(total)) continue;
    const entry = parts.get(end) ?? { count: total, texts: new Map(), broken: false };
    parts.set(end, entry);
    if (entry.count !== total || entry.texts.has(index) || index < 1 || index > total)
      entry.broken = true;
    else entry.texts.set(index, text);
  }
  const snapshots: Snapshot[] = [];
  for (const [end, { count, texts, broken }] of parts) {
    if (broken || texts.size !== count) continue;
    const text = Array.from({ length: count }, (_, i) => texts.get(i + 1)).join('');
    const snapshot = parseSnapshot(text);
    if (snapshot && snapshot.period.end === end) snapshots.push(snapshot);
  }
  return snapshots.sort((a, b) => a.period.end.localeCompare(b.period.end));
};

/**
 * The rows a new tab has: Sheets makes a tab 1 000 rows by 26 columns. Formatting and writing
 * all of them at once costs no more calls than the rows written, and later writes within them
 * need no format of their own. Nothing breaks if a new tab ever had fewer: the write is refused
 * and the fallback in `saveSnapshot` writes as many as it has.
 */
export const NEW_TAB_ROWS = 1000;

/**
 * What the tab holds and the range to write it back through: its first NEW_TAB_ROWS rows (the
 * grid a new tab has, formatted when it was made) read as one block, so that a later period,
 * with more rows than the report before it, is written back through the same range rather than
 * one of its own. The data range instead when the block's last row holds something (the tab may
 * hold more) or the tab is shorter than the block: rows deleted by hand, and Sheets refuses a
 * range past a tab's last row (see saveSnapshot).
 */
const readBlock = (sheet: SheetApi): { range: RangeApi; cells: unknown[][] } => {
  try {
    const block = sheet.getRange(1, 1, NEW_TAB_ROWS, COLUMNS);
    const cells = block.getValues();
    const last = cells[cells.length - 1] ?? [];
    if (last.every(isBlank)) return { range: block, cells };
  } catch {
    // Fewer rows than the block: read what there is.
  }
  const range = sheet.getDataRange();
  return { range, cells: range.getValues() };
};

/** `rows`, then blank rows down to `height`: one write instead of clearing what lay below first. */
const padded = (rows: readonly string[][], height: number): string[][] => {
  const blank = Array.from({ length: COLUMNS }, () => '');
  const out = [...rows];
  while (out.length < height) out.push(blank);
  return out;
};

/**
 * Writes `rows` from A1 over `height` rows; `asText` sets the plain-text format on the range
 * too (a period end would turn into a date, a part like "12" into a number).
 */
const writeRows = (
  sheet: SheetApi,
  rows: readonly string[][],
  height: number,
  asText: boolean,
): void => {
  const range = sheet.getRange(1, 1, height, COLUMNS);
  (asText ? range.setNumberFormat('@') : range).setValues(padded(rows, height));
};

/**
 * Keeps `snapshot` as the one of its period (replacing what an earlier report of that period
 * left), with the other periods' snapshots as they were. The tab is made on first use, hidden,
 * its whole grid formatted as plain text and written in the same call, with the tab the person
 * was on left active. Later it is read (its first rows as one block, see readBlock: the range
 * and its values) and written over: through that same range when the rows fit it, the next
 * period's included, else through a range of their own. A tab shorter than
 * the rows (many periods, or rows deleted by hand) is grown: Sheets refuses a range past a tab's
 * last row ("The coordinates of the range are outside the dimensions of the sheet.",
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)).
 */
export const saveSnapshot = (
  spreadsheet: SpreadsheetApi,
  snapshot: Snapshot,
  savedAt: string,
  read?: ReadWorkbook,
): void => {
  const end = snapshot.period.end;
  if (!ISO_DAY.test(end)) return;
  let sheet = read
    ? (read.tabs.find((t) => t.name === SNAPSHOT_SHEET)?.sheet ?? null)
    : spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  const made = !sheet;
  if (!sheet) {
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(SNAPSHOT_SHEET);
    sheet.hideSheet();
    active.activate();
  }
  // Other periods' rows as they are; the header and anything typed over are written anew. A tab
  // just made is empty: nothing to read.
  let range: RangeApi | null = null;
  let cells: unknown[][] = [];
  if (!made) {
    const known = read?.reads.get(sheet);
    ({ range, cells } = known
      ? { range: known.range, cells: cellsOf(sheet, read) }
      : readBlock(sheet));
  }
  const kept = textRows(cells).filter((row) => ISO_DAY.test(row[0]) && row[0] !== end);
  const texts = splitText(JSON.stringify(snapshot), PART_CHARACTERS);
  const rows = [
    HEADER,
    ...kept,
    ...texts.map((text, i) => [
      end,
      snapshot.period.label,
      savedAt,
      String(i + 1),
      String(texts.length),
      text,
    ]),
  ];
  // Rows past both the new tab's grid and what was written before were never formatted.
  const asText = made || rows.length > Math.max(NEW_TAB_ROWS, cells.length);
  const height = Math.max(rows.length, made ? NEW_TAB_ROWS : cells.length);
  // The range just read holds exactly these rows: written back through it, one call fewer.
  const same = !asText && height === cells.length && cells[0]?.length === COLUMNS ? range : null;
  try {
    if (same) same.setValues(padded(rows, height));
    else writeRows(sheet, rows, height, asText);
  } catch (error) {
    const last = sheet.getMaxRows();
    if (last >= height) throw error;
    if (last < rows.length) sheet.insertRowsAfter(last, rows.length - last);
    writeRows(sheet, rows, Math.max(rows.length, last), true);
  }
};

/** The latest snapshot of an earlier period of the same year as `period`, or null. */
export const previousSnapshot = (
  snapshots: readonly Snapshot[],
  period: Analysis['period'],
): Snapshot | null => {
  if (!period || !/^\d{4}-/.test(period.end)) return null;
  const year = period.end.slice(0, 4);
  const earlier = snapshots.filter(
    (s) => s.period.end.slice(0, 4) === year && s.period.end < period.end,
  );
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
};

/**
 * The programme compared with the previous report of this year, when there is one: `activeOnly`
 * as the read was made (the active section alone, or every section).
 */
export const programmeSincePrevious = (
  read: ReadWorkbook,
  activeOnly = false,
): { programme: Programme; previous: Snapshot | null } => {
  const previous = previousSnapshot(readSnapshots(read), read.programme.period);
  if (!previous) return { programme: read.programme, previous };
  const [only] = read.programme.sections;
  const sheet = activeOnly && read.programme.sections.length === 1 ? only.sheet : undefined;
  return {
    programme: analyseProgramme(read.grids, { previous, ...(sheet ? { sheet } : {}) }),
    previous,
  };
};

/** Keeps the figures of a finished report (its grids) as the snapshot of its period. */
export const keepReportSnapshot = (
  spreadsheet: SpreadsheetApi,
  read: ReadWorkbook,
  savedAt: string,
): void =>
  saveSnapshot(spreadsheet, snapshotProgramme(analyseProgramme(read.grids)), savedAt, read);
