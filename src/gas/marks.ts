// Reversible marks on the sheet: a background and a note on each cell with a finding. What the
// cell had before is kept in a hidden tab (it grows with the sheet, so not in properties), and
// "Зняти позначки" puts it back. Apps Script adapter layer; batch reads and writes only.
import type { Finding } from '../core/findings';
import { toA1 } from '../core/grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARKS_SHEET = 'Zvit: позначки';
export const NOTE_PREFIX = 'Zvit ▸ ';
export const MARK_COLORS = { error: '#f4c7c3', warning: '#fce8b2' } as const;

/** One marked cell: where, what it had, what Zvit put there. */
interface MarkRecord {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly background: string;
  readonly note: string;
  readonly markBackground: string;
  readonly markNote: string;
}

const LOG_COLUMNS = 7;

/** Strings go into the log as JSON so that a note beginning with "=" never becomes a formula. */
const toLogRow = (m: MarkRecord): string[] => [
  m.sheet,
  JSON.stringify([m.row, m.col]),
  JSON.stringify(m.background),
  JSON.stringify(m.note),
  JSON.stringify(m.markBackground),
  JSON.stringify(m.markNote),
  toA1(m.row, m.col),
];

const fromLogRow = (row: readonly unknown[]): MarkRecord | null => {
  try {
    const [r, c] = JSON.parse(String(row[1])) as [number, number];
    return {
      sheet: String(row[0]),
      row: r,
      col: c,
      background: JSON.parse(String(row[2])) as string,
      note: JSON.parse(String(row[3])) as string,
      markBackground: JSON.parse(String(row[4])) as string,
      markNote: JSON.parse(String(row[5])) as string,
    };
  } catch {
    return null;
  }
};

interface Box {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

const boxOf = (cells: readonly { row: number; col: number }[]): Box => {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  const top = Math.min(...rows);
  const left = Math.min(...cols);
  return { top, left, rows: Math.max(...rows) - top + 1, cols: Math.max(...cols) - left + 1 };
};

/** Reads the box's backgrounds and notes once, lets `edit` change them, writes them once. */
const editBox = (
  sheet: Sheet,
  box: Box,
  edit: (backgrounds: string[][], notes: string[][]) => void,
): void => {
  const range = sheet.getRange(box.top + 1, box.left + 1, box.rows, box.cols);
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  edit(backgrounds, notes);
  range.setBackgrounds(backgrounds);
  range.setNotes(notes);
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

const logSheet = (spreadsheet: Spreadsheet): Sheet | null =>
  spreadsheet.getSheetByName(MARKS_SHEET);

const readLog = (log: Sheet | null): MarkRecord[] =>
  !log || log.getLastRow() === 0
    ? []
    : log
        .getRange(1, 1, log.getLastRow(), LOG_COLUMNS)
        .getValues()
        .map(fromLogRow)
        .filter((m): m is MarkRecord => m !== null);

const writeLog = (
  spreadsheet: Spreadsheet,
  found: Sheet | null,
  records: readonly MarkRecord[],
): void => {
  if (found) found.clearContents();
  if (records.length === 0) return;
  let log = found;
  if (!log) {
    // insertSheet activates the new tab; give the person their tab back.
    const active = spreadsheet.getActiveSheet();
    log = spreadsheet.insertSheet(MARKS_SHEET);
    log.hideSheet();
    spreadsheet.setActiveSheet(active);
  }
  // Writing past the grid throws: grow the tab first.
  const maxRows = log.getMaxRows();
  if (maxRows < records.length) log.insertRowsAfter(maxRows, records.length - maxRows);
  log.getRange(1, 1, records.length, LOG_COLUMNS).setValues(records.map(toLogRow));
};

const noteFor = (findings: readonly Finding[]): string =>
  findings
    .map((f) => `${NOTE_PREFIX}${f.severity === 'error' ? 'Помилка' : 'Увага'}: ${f.message}`)
    .join('\n');

type Place = { readonly sheet: string; readonly row: number };

/**
 * The one mechanism behind every mark: within `inScope`, put back what Zvit marked before and
 * mark `findings` instead; marks outside the scope stay. Per tab: one read and one write of
 * backgrounds and notes over the box that holds the cells.
 */
const replaceMarks = (
  spreadsheet: Spreadsheet,
  inScope: (p: Place) => boolean,
  findings: readonly Finding[],
): { readonly marked: number; readonly cleared: number } => {
  const log = logSheet(spreadsheet);
  const records = readLog(log);
  const old = records.filter(inScope);
  const next = records.filter((r) => !inScope(r));
  const placed = findings.filter((f) => f.row >= 0 && f.col >= 0 && f.sheet !== '' && inScope(f));
  if (old.length === 0 && placed.length === 0) return { marked: 0, cleared: 0 };
  const names = new Set([...old.map((r) => r.sheet), ...placed.map((f) => f.sheet)]);
  let marked = 0;
  for (const name of names) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) continue;
    const sheetOld = old.filter((r) => r.sheet === name);
    const cells = [
      ...groupBy(
        placed.filter((f) => f.sheet === name),
        (f) => `${f.row}:${f.col}`,
      ).values(),
    ];
    const box = boxOf([...sheetOld, ...cells.map((c) => c[0])]);
    editBox(sheet, box, (backgrounds, notes) => {
      for (const m of sheetOld) {
        const r = m.row - box.top;
        const c = m.col - box.left;
        // A person who changed the cell after the check keeps their change.
        if (backgrounds[r][c] === m.markBackground) backgrounds[r][c] = m.background;
        if (notes[r][c] === m.markNote) notes[r][c] = m.note;
      }
      for (const cellFindings of cells) {
        const { row, col } = cellFindings[0];
        const r = row - box.top;
        const c = col - box.left;
        const markBackground = cellFindings.some((f) => f.severity === 'error')
          ? MARK_COLORS.error
          : MARK_COLORS.warning;
        // Keep a person's own note visible under Zvit's message.
        const own = notes[r][c];
        const markNote = own ? `${noteFor(cellFindings)}\n\n${own}` : noteFor(cellFindings);
        next.push({
          sheet: name,
          row,
          col,
          background: backgrounds[r][c],
          note: own,
          markBackground,
          markNote,
        });
        backgrounds[r][c] = markBackground;
        notes[r][c] = markNote;
        marked++;
      }
    });
  }
  writeLog(spreadsheet, log, next);
  return { marked, cleared: old.length };
};

const everywhere = (): boolean => true;

/** Restores every marked cell that still shows Zvit's mark; returns how many were marked. */
export const clearMarks = (spreadsheet: Spreadsheet): number =>
  replaceMarks(spreadsheet, everywhere, []).cleared;

/** Replaces all marks with the marks of `findings`; returns how many cells are marked. */
export const markFindings = (spreadsheet: Spreadsheet, findings: readonly Finding[]): number =>
  replaceMarks(spreadsheet, everywhere, findings).marked;

/** Replaces the marks in rows `top`..`top + rows - 1` (0-based) of one tab only. */
export const markRows = (
  spreadsheet: Spreadsheet,
  sheet: string,
  top: number,
  rows: number,
  findings: readonly Finding[],
): number =>
  replaceMarks(
    spreadsheet,
    (p) => p.sheet === sheet && p.row >= top && p.row < top + rows,
    findings,
  ).marked;
