// Finding and reading the measures tab and the settings tab of the open spreadsheet, then
// running the core on them. Apps Script adapter layer: a few batch reads, never per cell.
import type { Analysis } from '../core/analyse';
import { analyseWorkbook } from '../core/analyse';
import type { Grid } from '../core/grid';
import { findHeader, findHeaderRow } from '../core/header';
import { SETTINGS_SHEET } from '../core/settings';
import type { DateReader, SheetRead } from './read-sheet';
import { readHeaderMerges, readSheet } from './read-sheet';
import type { SheetApi, SpreadsheetApi } from './services';
import { MEASURES_SHEET } from './setup-sheet';

/** A tab with the name it had when read (a name costs a call; tabs get renamed). */
export interface NamedSheet {
  readonly sheet: SheetApi;
  readonly name: string;
}

export interface ReadWorkbook {
  readonly analysis: Analysis;
  /** The measures tab, or null when no tab has the header. */
  readonly sheet: SheetApi | null;
  /** Every tab, and what was read of the measures and settings tabs (their data ranges). */
  readonly tabs: readonly NamedSheet[];
  readonly reads: ReadonlyMap<SheetApi, SheetRead>;
  /** The grids the analysis ran on (the measures tab, then the settings tab when there is one). */
  readonly grids: readonly Grid[];
}

const hasHeader = (grid: Grid): boolean => findHeaderRow(grid) >= 0;

/**
 * The measures tab: "Заходи", else the active tab, else the first tab with the header. Each
 * candidate is read whole once (three calls); the first one with the header wins.
 */
const findMeasures = (
  spreadsheet: SpreadsheetApi,
  tabs: readonly NamedSheet[],
  readDate: DateReader,
): { tab: NamedSheet; read: SheetRead } | null => {
  const candidates = tabs.filter((t) => t.name !== SETTINGS_SHEET);
  const tried = new Set<NamedSheet>();
  const attempt = (tab: NamedSheet | undefined) => {
    if (!tab || tried.has(tab)) return null;
    tried.add(tab);
    const read = readSheet(tab.sheet, tab.name, readDate);
    return hasHeader(read.grid) ? { tab, read } : null;
  };
  const named = attempt(candidates.find((t) => t.name === MEASURES_SHEET));
  if (named) return named;
  const activeName = spreadsheet.getActiveSheet().getName();
  const active = attempt(candidates.find((t) => t.name === activeName));
  if (active) return active;
  for (const tab of candidates) {
    const found = attempt(tab);
    if (found) return found;
  }
  return null;
};

/**
 * Reads the measures and settings tabs and runs the core. The header's merges cost a call per
 * merge, so they are read only when the header is not understood without them (labels typed
 * over "план" alone already cover the "факт" beside them).
 */
export const analyseSpreadsheet = (
  spreadsheet: SpreadsheetApi,
  readDate: DateReader,
): ReadWorkbook => {
  const tabs = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const measures = findMeasures(spreadsheet, tabs, readDate);
  const settingsTab = tabs.find((t) => t.name === SETTINGS_SHEET);
  const settings = settingsTab ? readSheet(settingsTab.sheet, settingsTab.name, readDate) : null;
  const reads = new Map<SheetApi, SheetRead>();
  if (settings && settingsTab) reads.set(settingsTab.sheet, settings);
  let measuresGrid: Grid = { name: MEASURES_SHEET, rows: [], merges: [] };
  if (measures) {
    reads.set(measures.tab.sheet, measures.read);
    measuresGrid = measures.read.grid;
    if (findHeader(measuresGrid).kind !== 'found') {
      const merges = readHeaderMerges(measures.tab.sheet, measures.read.rows, measures.read.cols);
      measuresGrid = { ...measuresGrid, merges };
    }
  }
  const grids = [measuresGrid, ...(settings ? [settings.grid] : [])];
  return {
    analysis: analyseWorkbook(grids, { sheet: measuresGrid.name }),
    sheet: measures?.tab.sheet ?? null,
    tabs,
    reads,
    grids,
  };
};
