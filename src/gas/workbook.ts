// Reading the open spreadsheet into the core's grids — every section tab, the settings and the
// narrative — and running the core on them as a whole programme (SPEC §7). Apps Script adapter
// layer: a few batch reads per tab, never per cell, whatever the number of rows.
import type { FindingCode } from '../core/findings';
import type { Grid } from '../core/grid';
import { findHeader, findHeaderRow } from '../core/header';
import { cellsMergesCouldFill } from '../core/measures';
import type { Snapshot } from '../core/changes';
import type { Programme } from '../core/programme';
import { analyseProgramme, isNarrativeGrid, readNarrative } from '../core/programme';
import type { Settings } from '../core/settings';
import { isSettingsGrid, readSettings } from '../core/settings';
import type { DateReader, SheetRead } from './read-sheet';
import {
  blockOf,
  joinMerges,
  readHeaderMerges,
  readMerges,
  readSheet,
  readTextSheet,
  readWholeSheet,
} from './read-sheet';
import type { SheetApi, SpreadsheetApi } from './services';
import { SNAPSHOT_SHEET } from './snapshots';

/** A tab with the name it had when read (a name costs a call; tabs get renamed). */
export interface NamedSheet {
  readonly sheet: SheetApi;
  readonly name: string;
}

export interface ReadWorkbook {
  /** The whole programme: every section tab, or only the active one when asked. */
  readonly programme: Programme;
  /** Every grid read (section tabs with the merges that matter, settings, narrative). */
  readonly grids: readonly Grid[];
  readonly settings: Settings;
  /** The narrative paragraphs per section number (the Пояснення tab). */
  readonly narrative: ReadonlyMap<string, readonly string[]>;
  /** Every tab of the spreadsheet. */
  readonly tabs: readonly NamedSheet[];
  /** What was read of each tab (its data range): the tabs a check marks and totals. */
  readonly reads: ReadonlyMap<SheetApi, SheetRead>;
}

export interface ReadOptions {
  /** Only the active tab (and the settings and narrative tabs). */
  readonly activeOnly?: boolean;
  /** The previous report's figures, to compare with (SPEC §8). */
  readonly previous?: Snapshot;
  /**
   * false: the narrative tab is not read (what only counts and checks needs no narrative);
   * 'printed': read only when the report prints it, for several sections (SPEC §7: a report of
   * one section is exactly §6, without narrative).
   */
  readonly narrative?: boolean | 'printed';
  /**
   * A check: every tab but the settings and the narrative is read over its whole grid (one call
   * more), so a mark left below or beside the data range by a cleared value is found and taken
   * off. The settings tab (and the narrative, when a check reads it) is read as its data range.
   */
  readonly wholeTabs?: boolean;
}

/** What two tabs numbered alike, or a tab without a number among several, are found as. */
const SECTION_CLASHES: ReadonlySet<FindingCode> = new Set([
  'duplicate-section',
  'section-number',
  'section-from-settings',
]);

const isNarrativeTab = (name: string): boolean => isNarrativeGrid({ name, rows: [], merges: [] });

const isSpecial = (name: string): boolean => {
  const probe: Grid = { name, rows: [], merges: [] };
  return isSettingsGrid(probe) || isNarrativeGrid(probe);
};

/**
 * A tab read whole (three calls; the narrative, plain text, two). Merges cost a call each, so
 * they are read only where they can change what is read: the header's when a header row is
 * there and not understood without them (labels typed over "план" alone already cover the
 * "факт" beside them); the data rows' when a measure's title, term, executor or status reads
 * as empty where a value merged down from above would fill it (SPEC §2.1) — one list over
 * those cells, then the core reads the tab again with them.
 */
const readTab = (tab: NamedSheet, readDate: DateReader, whole = false): SheetRead => {
  if (isNarrativeTab(tab.name)) return readTextSheet(tab.sheet, tab.name);
  const read = (whole && !isSpecial(tab.name) ? readWholeSheet : readSheet)(
    tab.sheet,
    tab.name,
    readDate,
  );
  const headerRow = isSpecial(tab.name) ? -1 : findHeaderRow(read.grid);
  if (headerRow < 0) return read;
  let grid = read.grid;
  let header = findHeader(grid);
  if (header.kind !== 'found') {
    grid = { ...grid, merges: readHeaderMerges(tab.sheet, headerRow, read.rows, read.cols) };
    header = findHeader(grid);
  }
  if (header.kind !== 'found') return { ...read, grid };
  const block = blockOf(cellsMergesCouldFill(grid, header.header));
  if (block === null) return { ...read, grid };
  return {
    ...read,
    grid: { ...grid, merges: joinMerges(grid.merges, readMerges(tab.sheet, block)) },
  };
};

/**
 * Reads the tabs and runs the core over them: every tab (a tab without a recognised header is
 * no section, and is read anyway because a check takes marks off every tab), or with
 * `activeOnly` the active tab with the settings and narrative tabs.
 */
export const analyseSpreadsheet = (
  spreadsheet: SpreadsheetApi,
  readDate: DateReader,
  options: ReadOptions = {},
): ReadWorkbook => {
  const tabs = spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  // The settings or narrative tab active: no section is active, so the whole programme.
  const activeName = options.activeOnly ? spreadsheet.getActiveSheet().getName() : null;
  const active = activeName !== null && !isSpecial(activeName) ? activeName : null;
  // Zvit's own snapshots tab is no section: read only when a snapshot is needed. The narrative
  // is no section either: when only a report of several sections wants it, it is read after them.
  const skipped = (name: string): boolean =>
    name === SNAPSHOT_SHEET ||
    ((options.narrative === false || options.narrative === 'printed') && isNarrativeTab(name));
  const wanted = tabs.filter(
    (t) => !skipped(t.name) && (active === null || t.name === active || isSpecial(t.name)),
  );
  const reads = new Map<SheetApi, SheetRead>();
  for (const tab of wanted) reads.set(tab.sheet, readTab(tab, readDate, options.wholeTabs));
  let grids = wanted.map((t) => (reads.get(t.sheet) as SheetRead).grid);
  const analyse = () =>
    analyseProgramme(grids, {
      ...(active !== null ? { sheet: active } : {}),
      ...(options.previous ? { previous: options.previous } : {}),
    });
  let programme = analyse();
  // A hidden tab is no section (SPEC §7, decisions). Asking costs a call per tab, so it is
  // asked only when the sections disagree about their numbers, as an old copy kept hidden makes
  // them: a clean programme costs nothing more.
  if (active === null && programme.findings.some((f) => SECTION_CLASHES.has(f.code))) {
    const sections = new Set(programme.sections.map((s) => s.sheet));
    const hidden = new Set(
      wanted.filter((t) => sections.has(t.name) && t.sheet.isSheetHidden()).map((t) => t.name),
    );
    if (hidden.size > 0) {
      grids = grids.map((g) => (hidden.has(g.name) ? { ...g, hidden: true } : g));
      programme = analyse();
    }
  }
  const printed = options.narrative === 'printed' && programme.sections.length > 1;
  const late = printed ? tabs.find((t) => isNarrativeTab(t.name)) : undefined;
  if (late) {
    reads.set(late.sheet, readTab(late, readDate));
    grids.push((reads.get(late.sheet) as SheetRead).grid);
  }
  const settings = readSettings(grids.find(isSettingsGrid));
  const narrative = readNarrative(grids.find(isNarrativeGrid));
  return { programme, grids, settings, narrative, tabs, reads };
};
