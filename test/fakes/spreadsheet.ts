// In-memory Spreadsheet, Sheet and Range that fail where Sheets fails: 0-row ranges, ranges off
// the grid, 2D arrays of the wrong shape, writes into merged cells, typed text read as numbers
// and dates. Every method is counted as one round trip. Test fakes.
import type { FakeContext } from './context';
import { createContext } from './context';
import type { Stored } from './display';
import { displayOf, isDateStored, readTyped } from './display';

// Sheets' own messages, quoted in every Apps Script stack trace of this kind:
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
/** Characters one cell holds (Google Sheets' limit). */
export const MAX_CELL_CHARACTERS = 50000;

const ROWS_AT_LEAST_1 = 'The number of rows in the range must be at least 1.';
const COLUMNS_AT_LEAST_1 = 'The number of columns in the range must be at least 1.';
const OUTSIDE_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';
const MERGE_PARTIAL = 'You must select all cells in a merged range to merge or unmerge them.';
const SORT_MERGED = 'Cannot sort a range that contains merged cells.';

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_NUMBER_FORMAT = 'General';
const DEFAULT_COLUMN_WIDTH = 100;
const KEY_COLUMNS = 20000;

interface CellData {
  value: Stored;
  formula: string;
  /** A formula result kept by an imported workbook, for formulas the fake does not compute. */
  cached?: Stored;
  note: string;
  background: string;
  fontWeight: string;
  numberFormat: string;
  validation: FakeDataValidation | null;
  wrap: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

const emptyCell = (): CellData => ({
  value: '',
  formula: '',
  note: '',
  background: DEFAULT_BACKGROUND,
  fontWeight: 'normal',
  numberFormat: DEFAULT_NUMBER_FORMAT,
  validation: null,
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
});

/** A 1-based rectangle of cells. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const contains = (outer: Box, inner: Box): boolean =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

const intersects = (a: Box, b: Box): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

export const columnLetters = (col: number): string => {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export const a1Of = (box: Box): string => {
  const start = `${columnLetters(box.col)}${box.row}`;
  return box.rows === 1 && box.cols === 1
    ? start
    : `${start}:${columnLetters(box.col + box.cols - 1)}${box.row + box.rows - 1}`;
};

/** "B2", "A1:C3", "A:C", "2:4" (no sheet name) → box; null when it is not A1 notation. */
export const parseA1 = (a1: string, maxRows: number, maxColumns: number): Box | null => {
  const text = a1.replace(/\$/g, '').trim().toUpperCase();
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text);
  if (cells) {
    const [r1, c1] = [Number(cells[2]), columnNumber(cells[1])];
    const [r2, c2] = cells[3] ? [Number(cells[4]), columnNumber(cells[3])] : [r1, c1];
    const row = Math.min(r1, r2);
    const col = Math.min(c1, c2);
    return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(text);
  if (columns) {
    const [c1, c2] = [columnNumber(columns[1]), columnNumber(columns[2])];
    return { row: 1, col: Math.min(c1, c2), rows: maxRows, cols: Math.abs(c2 - c1) + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) {
    const [r1, r2] = [Number(rows[1]), Number(rows[2])];
    return { row: Math.min(r1, r2), col: 1, rows: Math.abs(r2 - r1) + 1, cols: maxColumns };
  }
  return null;
};

const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/** A rule built by SpreadsheetApp.newDataValidation(). */
export class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    readonly criteriaType: string,
    readonly criteriaValues: readonly unknown[],
    readonly helpText: string,
    readonly allowInvalid: boolean,
  ) {}
  getCriteriaType(): string {
    this.context.call('DataValidation.getCriteriaType', 'none');
    return this.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    this.context.call('DataValidation.getCriteriaValues', 'none');
    return [...this.criteriaValues];
  }
  getHelpText(): string {
    this.context.call('DataValidation.getHelpText', 'none');
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    this.context.call('DataValidation.getAllowInvalid', 'none');
    return this.allowInvalid;
  }
}

/** Range.protect() / Sheet.protect(). */
export class FakeProtection {
  description = '';
  warningOnly = false;
  removed = false;
  constructor(
    private readonly context: FakeContext,
    readonly type: 'RANGE' | 'SHEET',
    readonly range: FakeRange,
  ) {}
  private count(method: string): void {
    this.context.call(`Protection.${method}`, 'limited');
  }
  setDescription(description: string): this {
    this.count('setDescription');
    this.description = description;
    return this;
  }
  getDescription(): string {
    this.count('getDescription');
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.count('setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.count('isWarningOnly');
    return this.warningOnly;
  }
  getRange(): FakeRange {
    this.count('getRange');
    return this.range;
  }
  getProtectionType(): string {
    this.count('getProtectionType');
    return this.type;
  }
  canEdit(): boolean {
    this.count('canEdit');
    return true;
  }
  remove(): void {
    this.count('remove');
    this.removed = true;
  }
}

export interface Toast {
  readonly message: string;
  readonly title: string;
  readonly seconds: number | undefined;
}

export interface FakeSpreadsheetOptions {
  name?: string;
  id?: string;
  locale?: string;
  timeZone?: string;
  context?: FakeContext;
}

export class FakeSpreadsheet {
  readonly toasts: Toast[] = [];
  context: FakeContext;
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;
  private nextSheetId = 0;
  private name: string;
  private readonly id: string;
  private locale: string;
  private timeZone: string;

  constructor(options: FakeSpreadsheetOptions = {}) {
    this.context = options.context ?? createContext();
    this.name = options.name ?? 'Zvit test';
    this.id = options.id ?? 'fake-spreadsheet-id';
    this.locale = options.locale ?? 'uk_UA';
    this.timeZone = options.timeZone ?? 'Europe/Kyiv';
  }

  /** The environment hands its counter, gate and realm to a spreadsheet built beforehand. */
  useContext(context: FakeContext): this {
    this.context = context;
    return this;
  }

  private count(method: string): void {
    this.context.call(`Spreadsheet.${method}`, 'limited');
  }

  /** Test set-up without counting: a new tab with `rows` written raw (no typing rules). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.push(sheet);
    this.active ??= sheet;
    sheet.writeRaw(1, 1, rows);
    return sheet;
  }

  /** Not counted: the fake's own reads (formulas, display values, test helpers). */
  getLocaleForDisplay(): string {
    return this.locale;
  }
  getSheetsQuietly(): FakeSheet[] {
    return [...this.sheets];
  }

  getId(): string {
    this.count('getId');
    return this.id;
  }
  getName(): string {
    this.count('getName');
    return this.name;
  }
  rename(name: string): void {
    this.count('rename');
    this.name = name;
  }
  getUrl(): string {
    this.count('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.count('setSpreadsheetLocale');
    this.locale = locale;
  }
  /**
   * The zone in which date cells are midnights (File ▸ Settings), apart from the script's zone:
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
   */
  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.count('setSpreadsheetTimeZone');
    this.timeZone = timezone;
  }
  /** Not counted: the zone the fake stores typed dates in. */
  timeZoneForDates(): string {
    return this.timeZone;
  }
  getSheets(): FakeSheet[] {
    this.count('getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.count('getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.count('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    this.count('getSheetById');
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  /** Like Sheets: the new tab becomes the active one. */
  insertSheet(name?: string, index?: number): FakeSheet {
    this.count('insertSheet');
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name === sheetName))
      throw this.context.error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.active = sheet;
    this.activeRange = null;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.count('deleteSheet');
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw this.context.error('Sheet not found.');
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }
  indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }
  getActiveSheet(): FakeSheet {
    this.count('getActiveSheet');
    return this.activeSheetOrFirst();
  }
  activeSheetOrFirst(): FakeSheet {
    if (!this.active) this.active = this.addSheet('Sheet1');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.count('setActiveSheet');
    this.active = sheet;
    this.activeRange = null;
    return sheet;
  }
  getActiveRange(): FakeRange {
    this.count('getActiveRange');
    return (
      this.activeRange ?? this.activeSheetOrFirst().rangeOf({ row: 1, col: 1, rows: 1, cols: 1 })
    );
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.count('setActiveRange');
    this.select(range);
    return range;
  }
  setActiveSelection(range: FakeRange | string): FakeRange {
    this.count('setActiveSelection');
    const target = typeof range === 'string' ? this.activeSheetOrFirst().rangeByA1(range) : range;
    this.select(target);
    return target;
  }
  select(range: FakeRange): void {
    this.active = range.sheet;
    this.activeRange = range;
  }
  /** "Sheet!A1:B2" or A1 notation on the active tab. */
  getRange(a1: string): FakeRange {
    this.count('getRange');
    const bang = a1.lastIndexOf('!');
    if (bang < 0) return this.activeSheetOrFirst().rangeByA1(a1);
    const name = a1
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw this.context.error('Range not found');
    return sheet.rangeByA1(a1.slice(bang + 1));
  }
  toast(message: string, title = '', seconds?: number): void {
    this.count('toast');
    this.toasts.push({ message: String(message), title: String(title), seconds });
  }
}

export class FakeSheet {
  readonly cells = new Map<number, CellData>();
  readonly merges: Box[] = [];
  readonly protections: FakeProtection[] = [];
  private sheetProtection: FakeProtection | null = null;
  private readonly columnWidths = new Map<number, number>();
  private frozenRows = 0;
  private frozenColumns = 0;
  hidden = false;
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  get context(): FakeContext {
    return this.spreadsheet.context;
  }

  private count(method: string): void {
    this.context.call(`Sheet.${method}`, 'limited');
  }

  // ---- storage, used by ranges and by test builders (not counted) ----

  key(row: number, col: number): number {
    return (row - 1) * KEY_COLUMNS + (col - 1);
  }
  peek(row: number, col: number): CellData | undefined {
    return this.cells.get(this.key(row, col));
  }
  cell(row: number, col: number): CellData {
    const key = this.key(row, col);
    let data = this.cells.get(key);
    if (!data) {
      data = emptyCell();
      this.cells.set(key, data);
    }
    return data;
  }
  /** The merge a cell lies in, when it is not that merge's top-left cell. */
  coveredBy(row: number, col: number): Box | undefined {
    return this.merges.find(
      (m) => (row !== m.row || col !== m.col) && contains(m, { row, col, rows: 1, cols: 1 }),
    );
  }
  /** Writes values as given (strings stay text; "=…" becomes a formula) and grows the grid. */
  writeRaw(row: number, col: number, rows: readonly (readonly unknown[])[]): void {
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        const data = this.cell(row + r, col + c);
        if (typeof value === 'string' && value.startsWith('=')) data.formula = value;
        else data.value = this.toStored(value);
        if (isDate(value)) data.numberFormat = 'dd.MM.yyyy';
      }),
    );
    const width = Math.max(0, ...rows.map((r) => r.length));
    this.maxRows = Math.max(this.maxRows, row + rows.length - 1);
    this.maxColumns = Math.max(this.maxColumns, col + width - 1);
  }
  toStored(value: unknown): Stored {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
      return value;
    if (isDate(value)) return { date: value.getTime() };
    return String(value);
  }
  hasContent(data: CellData): boolean {
    return data.value !== '' || data.formula !== '';
  }
  /** Value of a cell with its formula computed; '' for a cell covered by a merge. */
  valueAt(row: number, col: number, visiting = new Set<string>()): Stored {
    if (this.coveredBy(row, col)) return '';
    const data = this.peek(row, col);
    if (!data) return '';
    if (!data.formula) return data.value;
    const here = `${this.name}!${row},${col}`;
    if (visiting.has(here)) return '#REF!';
    visiting.add(here);
    try {
      return evaluateFormula(this, data, visiting);
    } finally {
      visiting.delete(here);
    }
  }
  rangeOf(box: Box): FakeRange {
    return new FakeRange(this, box);
  }
  checkedRange(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1) throw this.context.error(ROWS_AT_LEAST_1);
    if (cols < 1) throw this.context.error(COLUMNS_AT_LEAST_1);
    if (row < 1) throw this.context.error('The starting row of the range is too small.');
    if (col < 1) throw this.context.error('The starting column of the range is too small.');
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns)
      throw this.context.error(OUTSIDE_GRID);
    return this.rangeOf({ row, col, rows, cols });
  }
  rangeByA1(a1: string): FakeRange {
    const box = parseA1(a1, this.maxRows, this.maxColumns);
    if (!box) throw this.context.error('Range not found');
    return this.checkedRange(box.row, box.col, box.rows, box.cols);
  }
  lastRow(): number {
    let last = 0;
    for (const [key, data] of this.cells)
      if (this.hasContent(data)) last = Math.max(last, Math.floor(key / KEY_COLUMNS) + 1);
    return last;
  }
  lastColumn(): number {
    let last = 0;
    for (const [key, data] of this.cells)
      if (this.hasContent(data)) last = Math.max(last, (key % KEY_COLUMNS) + 1);
    return last;
  }
  /** Moves every cell and merge at or below `row` (or right of `col`) by `by`. */
  private shift(axis: 'row' | 'col', at: number, by: number): void {
    const moved = [...this.cells.entries()];
    this.cells.clear();
    for (const [key, data] of moved) {
      const row = Math.floor(key / KEY_COLUMNS) + 1;
      const col = (key % KEY_COLUMNS) + 1;
      const r = axis === 'row' && row >= at ? row + by : row;
      const c = axis === 'col' && col >= at ? col + by : col;
      this.cells.set(this.key(r, c), data);
    }
    this.merges.forEach((m, i) => {
      const start = axis === 'row' ? m.row : m.col;
      const size = axis === 'row' ? m.rows : m.cols;
      if (start >= at)
        this.merges[i] = axis === 'row' ? { ...m, row: m.row + by } : { ...m, col: m.col + by };
      else if (start + size > at)
        this.merges[i] = axis === 'row' ? { ...m, rows: m.rows + by } : { ...m, cols: m.cols + by };
    });
  }

  /** Removes rows `at`..`at + count - 1`: their cells go, the cells below move up. */
  private removeRows(at: number, count: number): void {
    const kept = [...this.cells.entries()];
    this.cells.clear();
    for (const [key, data] of kept) {
      const row = Math.floor(key / KEY_COLUMNS) + 1;
      const col = (key % KEY_COLUMNS) + 1;
      if (row >= at && row < at + count) continue;
      this.cells.set(this.key(row >= at + count ? row - count : row, col), data);
    }
    for (let i = this.merges.length - 1; i >= 0; i--) {
      const m = this.merges[i];
      const top = Math.max(m.row, at);
      const bottom = Math.min(m.row + m.rows, at + count);
      const cut = Math.max(0, bottom - top);
      const rows = m.rows - cut;
      // A merge left one cell is no merge any more.
      if (rows <= 0 || (rows === 1 && m.cols === 1)) this.merges.splice(i, 1);
      else
        this.merges[i] = {
          ...m,
          row: m.row >= at + count ? m.row - count : Math.min(m.row, at),
          rows,
        };
    }
  }

  /** Test helper, not counted: the cell objects of one row of a box, in column order. */
  takeCells(box: Box): (CellData | undefined)[][] {
    const out: (CellData | undefined)[][] = [];
    for (let r = box.row; r < box.row + box.rows; r++) {
      const line: (CellData | undefined)[] = [];
      for (let c = box.col; c < box.col + box.cols; c++) {
        line.push(this.peek(r, c));
        this.cells.delete(this.key(r, c));
      }
      out.push(line);
    }
    return out;
  }
  putCells(row: number, col: number, cells: (CellData | undefined)[][]): void {
    cells.forEach((line, r) =>
      line.forEach((data, c) => {
        if (data) this.cells.set(this.key(row + r, col + c), data);
        else this.cells.delete(this.key(row + r, col + c));
      }),
    );
  }

  // ---- Sheet API ----

  getName(): string {
    this.count('getName');
    return this.name;
  }
  /**
   * A renamed tab keeps its cells and its id; only the name by which getSheetByName finds it
   * changes: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String),
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId()
   */
  setName(name: string): this {
    this.count('setName');
    // Sheets refuses a name another tab has, as insertSheet does (its words there).
    if (this.spreadsheet.getSheetsQuietly().some((s) => s !== this && s.name === name))
      throw this.context.error(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.count('getSheetId');
    return this.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    this.count('getIndex');
    return this.spreadsheet.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    this.count('getParent');
    return this.spreadsheet;
  }
  /** Last row with a value or formula: 0 on an empty sheet. */
  getLastRow(): number {
    this.count('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.count('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxColumns;
  }
  getRange(rowOrA1: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    this.count('getRange');
    if (typeof rowOrA1 === 'string') return this.rangeByA1(rowOrA1);
    return this.checkedRange(rowOrA1, col ?? 1, rows, cols);
  }
  /**
   * The values of a block in one call, as its range's getValues gives them, refused past the
   * grid as getRange refuses it; -1 rows or columns reach the last row or column with data
   * («A -1 value given as the row or column position is equivalent to getting the very last row
   * or column that has data in the sheet»):
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)
   */
  getSheetValues(row: number, col: number, rows: number, cols: number): unknown[][] {
    this.count('getSheetValues');
    const height = rows === -1 ? this.lastRow() - row + 1 : rows;
    const width = cols === -1 ? this.lastColumn() - col + 1 : cols;
    return this.checkedRange(row, col, height, width).valuesQuietly();
  }
  /**
   * Ranges of this tab in one call, in the order given; what the list then sets on them (one
   * background) is one call for all:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)
   */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.count('getRangeList');
    return new FakeRangeList(
      this.context,
      a1Notations.map((a1) => this.rangeByA1(a1)),
    );
  }
  /** A1 on an empty sheet. */
  getDataRange(): FakeRange {
    this.count('getDataRange');
    return this.rangeOf({
      row: 1,
      col: 1,
      rows: Math.max(1, this.lastRow()),
      cols: Math.max(1, this.lastColumn()),
    });
  }
  /**
   * The rows from the position on move down with their cells (values, notes, formats) and
   * merges: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
   * The inserted rows hold no value or note but take the format of a neighbour row (see
   * inheritFormat).
   */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count('insertRowsAfter');
    this.shift('row', afterPosition + 1, howMany);
    this.maxRows += howMany;
    this.inheritFormat(afterPosition + 1, howMany);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer) */
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.count('insertRowsBefore');
    this.shift('row', beforePosition, howMany);
    this.maxRows += howMany;
    this.inheritFormat(beforePosition, howMany);
    return this;
  }

  /**
   * Rows `at`..`at + count - 1`, just inserted, take each cell's format (background, number
   * format, weight, wrap, alignment) from the row above, or from the row below when inserted at
   * the top: no value, formula, note or validation. The Apps Script reference does not say which
   * neighbour; this is what the Sheets API does with `inheritFromBefore: true` ("if row index 0
   * has red background … the two new rows will be red"; at index 0 only the row after can be
   * inherited from): https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
   * and what people see in Sheets, a new row coloured like the one above it
   * (https://github.com/appsmithorg/appsmith/issues/11772). So a department's row inserted
   * under a marked row wears the mark's colour, without its note.
   */
  private inheritFormat(at: number, count: number): void {
    const from = at > 1 ? at - 1 : at + count;
    for (let col = 1; col <= this.maxColumns; col++) {
      const source = this.peek(from, col);
      if (!source) continue;
      for (let row = at; row < at + count; row++)
        this.cells.set(this.key(row, col), {
          ...emptyCell(),
          background: source.background,
          numberFormat: source.numberFormat,
          fontWeight: source.fontWeight,
          wrap: source.wrap,
          horizontalAlignment: source.horizontalAlignment,
          verticalAlignment: source.verticalAlignment,
        });
    }
  }
  /**
   * Deleting rows takes their cells (values, notes, formats) away and moves the rows below up:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
   */
  deleteRows(rowPosition: number, howMany: number): void {
    this.count('deleteRows');
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw this.context.error(OUTSIDE_GRID);
    if (howMany >= this.maxRows)
      throw this.context.error('Sorry, it is not possible to delete all non-frozen rows.');
    this.removeRows(rowPosition, howMany);
    this.maxRows -= howMany;
  }
  /**
   * Inserted columns are blank; the columns right of the position move with their cells:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
   */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.count('insertColumnsAfter');
    this.shift('col', afterPosition + 1, howMany);
    this.maxColumns += howMany;
    return this;
  }
  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    return this.frozenColumns;
  }
  setColumnWidth(column: number, width: number): this {
    this.count('setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.count('getColumnWidth');
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  hideSheet(): this {
    this.count('hideSheet');
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.count('showSheet');
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.hidden;
  }
  activate(): this {
    this.count('activate');
    this.spreadsheet.select(this.rangeOf({ row: 1, col: 1, rows: 1, cols: 1 }));
    return this;
  }
  /** Contents and formats; notes stay. */
  clear(): this {
    this.count('clear');
    for (const data of this.cells.values()) {
      const note = data.note;
      Object.assign(data, emptyCell(), { note });
    }
    return this;
  }
  clearContents(): this {
    this.count('clearContents');
    for (const data of this.cells.values()) {
      data.value = '';
      data.formula = '';
      delete data.cached;
    }
    return this;
  }
  clearFormats(): this {
    this.count('clearFormats');
    for (const data of this.cells.values())
      Object.assign(data, {
        ...emptyCell(),
        value: data.value,
        formula: data.formula,
        note: data.note,
        validation: data.validation,
      });
    return this;
  }
  clearNotes(): this {
    this.count('clearNotes');
    for (const data of this.cells.values()) data.note = '';
    return this;
  }
  protect(): FakeProtection {
    this.count('protect');
    this.sheetProtection ??= new FakeProtection(
      this.context,
      'SHEET',
      this.rangeOf({ row: 1, col: 1, rows: this.maxRows, cols: this.maxColumns }),
    );
    this.sheetProtection.removed = false;
    return this.sheetProtection;
  }
  getProtections(type: string): FakeProtection[] {
    this.count('getProtections');
    if (String(type) === 'SHEET')
      return this.sheetProtection && !this.sheetProtection.removed ? [this.sheetProtection] : [];
    return this.protections.filter((p) => !p.removed);
  }
}

/** `=SUM(E4:E15)` (ranges and cells, ',' or ';' between) and `=E4`; anything else '#NAME?'. */
const evaluateFormula = (sheet: FakeSheet, data: CellData, visiting: Set<string>): Stored => {
  const formula = data.formula.trim();
  const reference = (text: string): { sheet: FakeSheet; box: Box } | null => {
    const bang = text.lastIndexOf('!');
    const name = bang < 0 ? null : text.slice(0, bang).replace(/^'(.*)'$/, '$1');
    const target =
      name === null ? sheet : sheet.spreadsheet.getSheetsQuietly().find((s) => s.name === name);
    const box = parseA1(bang < 0 ? text : text.slice(bang + 1), sheet.maxRows, sheet.maxColumns);
    return target && box ? { sheet: target, box } : null;
  };
  const single = /^=\s*([^()]+)$/.exec(formula);
  if (single) {
    const ref = reference(single[1].trim());
    if (!ref || ref.box.rows !== 1 || ref.box.cols !== 1) return data.cached ?? '#NAME?';
    return ref.sheet.valueAt(ref.box.row, ref.box.col, visiting);
  }
  const sum = /^=\s*SUM\s*\((.*)\)\s*$/i.exec(formula);
  if (!sum) return data.cached ?? '#NAME?';
  let total = 0;
  for (const part of sum[1].split(/[,;]/)) {
    const text = part.trim();
    if (text === '') continue;
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
      total += Number(text);
      continue;
    }
    const ref = reference(text);
    if (!ref) return '#NAME?';
    const { box } = ref;
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) {
        const value = ref.sheet.valueAt(r, c, visiting);
        if (typeof value === 'number') total += value;
        else if (
          typeof value === 'string' &&
          ref.sheet.peek(r, c)?.formula &&
          value.startsWith('#')
        )
          return value;
      }
  }
  return Number(total.toPrecision(15));
};

/**
 * A RangeList: its ranges (Range objects, one call for all), and one background set on all of
 * them in one call. It has no setNotes or setBackgrounds (one note, one colour for every range):
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
export class FakeRangeList {
  constructor(
    private readonly context: FakeContext,
    private readonly ranges: FakeRange[],
  ) {}
  /**
   * In the order the list was asked for. The reference promises no order
   * (https://developers.google.com/apps-script/reference/spreadsheet/range-list#getranges); the
   * add-on relies on it only for two or more boxes of notes, asked top to bottom (see writePlan).
   */
  getRanges(): FakeRange[] {
    this.context.call('RangeList.getRanges', 'limited');
    return [...this.ranges];
  }
  setBackground(color: string | null): this {
    this.context.call('RangeList.setBackground', 'limited');
    for (const range of this.ranges) range.paintQuietly(color);
    return this;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}

  private get context(): FakeContext {
    return this.sheet.context;
  }
  private count(method: string): void {
    this.context.call(`Range.${method}`, 'limited');
  }
  private each(visit: (data: CellData, r: number, c: number) => void): void {
    const { row, col, rows, cols } = this.box;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) visit(this.sheet.cell(row + r, col + c), r, c);
  }
  private read<T>(pick: (data: CellData | undefined, row: number, col: number) => T): T[][] {
    const { row, col, rows, cols } = this.box;
    const out: T[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < cols; c++)
        line.push(pick(this.sheet.peek(row + r, col + c), row + r, col + c));
      out.push(line);
    }
    return out;
  }
  /** The real messages for a 2D array that is not exactly the range's size. */
  private checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row)))
      throw this.context.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    const rows = data as unknown[][];
    if (rows.length !== this.box.rows)
      throw this.context.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.box.rows}.`,
      );
    for (const row of rows)
      if (row.length !== this.box.cols)
        throw this.context.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.box.cols}.`,
        );
    return rows;
  }
  private materialize(value: Stored): unknown {
    if (!isDateStored(value)) return value;
    const DateCtor = this.context.realm.Date();
    return new DateCtor(value.date);
  }
  /**
   * Writes as Apps Script does: text is read as typed unless the cell is plain text ('@'). A cell
   * holds at most 50 000 characters; a longer text fails the whole write.
   * https://support.google.com/drive/answer/37603 ("Spreadsheets … 50,000 characters" per cell)
   */
  write(values: unknown[][]): void {
    for (const line of values)
      for (const value of line)
        if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS)
          throw this.context.error(
            `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
          );
    const locale = this.sheet.spreadsheet.getLocaleForDisplay();
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = this.box.row + r;
        const col = this.box.col + c;
        // Only a merge's top-left cell holds a value: writes elsewhere in it are lost.
        if (this.sheet.coveredBy(row, col)) return;
        const data = this.sheet.cell(row, col);
        delete data.cached;
        data.formula = '';
        if (typeof value === 'string' && data.numberFormat !== '@') {
          if (value.startsWith('=') && value.length > 1) {
            data.formula = value;
            data.value = '';
            return;
          }
          const typed = readTyped(
            value,
            locale,
            undefined,
            this.sheet.spreadsheet.timeZoneForDates(),
          );
          data.value = typed;
          if (isDateStored(typed) && !/[dy]/i.test(data.numberFormat))
            data.numberFormat = 'dd.MM.yyyy';
          return;
        }
        data.value = this.sheet.toStored(value);
        if (isDate(value) && !/[dy]/i.test(data.numberFormat)) data.numberFormat = 'dd.MM.yyyy';
      }),
    );
  }

  getSheet(): FakeSheet {
    this.count('getSheet');
    return this.sheet;
  }
  getRow(): number {
    this.count('getRow');
    return this.box.row;
  }
  getColumn(): number {
    this.count('getColumn');
    return this.box.col;
  }
  getNumRows(): number {
    this.count('getNumRows');
    return this.box.rows;
  }
  getNumColumns(): number {
    this.count('getNumColumns');
    return this.box.cols;
  }
  /** The range's own last row, not the sheet's. */
  getLastRow(): number {
    this.count('getLastRow');
    return this.box.row + this.box.rows - 1;
  }
  getLastColumn(): number {
    this.count('getLastColumn');
    return this.box.col + this.box.cols - 1;
  }
  getA1Notation(): string {
    this.count('getA1Notation');
    return a1Of(this.box);
  }
  getCell(row: number, column: number): FakeRange {
    this.count('getCell');
    if (row > this.box.rows || column > this.box.cols) throw this.context.error(OUTSIDE_GRID);
    return this.sheet.checkedRange(this.box.row + row - 1, this.box.col + column - 1, 1, 1);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): FakeRange {
    this.count('offset');
    return this.sheet.checkedRange(
      this.box.row + rowOffset,
      this.box.col + columnOffset,
      numRows ?? this.box.rows,
      numColumns ?? this.box.cols,
    );
  }
  isBlank(): boolean {
    this.count('isBlank');
    return this.read((d) => (d ? this.sheet.hasContent(d) : false)).every((r) =>
      r.every((x) => !x),
    );
  }
  activate(): this {
    this.count('activate');
    this.sheet.spreadsheet.select(this);
    return this;
  }

  // values and formulas
  getValues(): unknown[][] {
    this.count('getValues');
    return this.read((_, r, c) => this.materialize(this.sheet.valueAt(r, c)));
  }
  /** getValues without a call of its own (for the Sheet's getSheetValues). */
  valuesQuietly(): unknown[][] {
    return this.read((_, r, c) => this.materialize(this.sheet.valueAt(r, c)));
  }
  getValue(): unknown {
    this.count('getValue');
    return this.materialize(this.sheet.valueAt(this.box.row, this.box.col));
  }
  setValues(values: unknown[][]): this {
    this.count('setValues');
    this.write(this.checkShape(values));
    return this;
  }
  /** Every cell of the range gets the value. */
  setValue(value: unknown): this {
    this.count('setValue');
    this.write(Array.from({ length: this.box.rows }, () => Array(this.box.cols).fill(value)));
    return this;
  }
  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    const locale = this.sheet.spreadsheet.getLocaleForDisplay();
    return this.read((d, r, c) =>
      displayOf(
        this.sheet.valueAt(r, c),
        d?.numberFormat ?? '',
        locale,
        this.sheet.spreadsheet.timeZoneForDates(),
      ),
    );
  }
  getDisplayValue(): string {
    this.count('getDisplayValue');
    const { row, col } = this.box;
    const format = this.sheet.peek(row, col)?.numberFormat ?? '';
    return displayOf(
      this.sheet.valueAt(row, col),
      format,
      this.sheet.spreadsheet.getLocaleForDisplay(),
      this.sheet.spreadsheet.timeZoneForDates(),
    );
  }
  getFormulas(): string[][] {
    this.count('getFormulas');
    return this.read((d, r, c) => (this.sheet.coveredBy(r, c) ? '' : (d?.formula ?? '')));
  }
  getFormula(): string {
    this.count('getFormula');
    return this.sheet.peek(this.box.row, this.box.col)?.formula ?? '';
  }
  setFormulas(formulas: string[][]): this {
    this.count('setFormulas');
    this.writeFormulas(this.checkShape(formulas) as string[][]);
    return this;
  }
  setFormula(formula: string): this {
    this.count('setFormula');
    this.writeFormulas(
      Array.from({ length: this.box.rows }, () => Array(this.box.cols).fill(formula)),
    );
    return this;
  }
  private writeFormulas(formulas: string[][]): void {
    formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        const [row, col] = [this.box.row + r, this.box.col + c];
        if (this.sheet.coveredBy(row, col)) return;
        const data = this.sheet.cell(row, col);
        delete data.cached;
        const text = String(formula ?? '');
        // An empty string clears the cell; text without "=" is stored as a value.
        if (text.startsWith('=')) [data.formula, data.value] = [text, ''];
        else [data.formula, data.value] = ['', text];
      }),
    );
  }

  // notes
  getNotes(): string[][] {
    this.count('getNotes');
    return this.read((d) => d?.note ?? '');
  }
  getNote(): string {
    this.count('getNote');
    return this.sheet.peek(this.box.row, this.box.col)?.note ?? '';
  }
  setNotes(notes: (string | null)[][]): this {
    this.count('setNotes');
    const rows = this.checkShape(notes);
    this.each((d, r, c) => (d.note = rows[r][c] == null ? '' : String(rows[r][c])));
    return this;
  }
  setNote(note: string | null): this {
    this.count('setNote');
    this.each((d) => (d.note = note == null ? '' : String(note)));
    return this;
  }
  clearNote(): this {
    this.count('clearNote');
    this.each((d) => (d.note = ''));
    return this;
  }

  // formats
  getBackgrounds(): string[][] {
    this.count('getBackgrounds');
    return this.read((d) => d?.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    this.count('getBackground');
    return this.sheet.peek(this.box.row, this.box.col)?.background ?? DEFAULT_BACKGROUND;
  }
  setBackgrounds(colors: (string | null)[][]): this {
    this.count('setBackgrounds');
    const rows = this.checkShape(colors);
    this.each((d, r, c) => (d.background = normalizeColor(rows[r][c])));
    return this;
  }
  setBackground(color: string | null): this {
    this.count('setBackground');
    this.paintQuietly(color);
    return this;
  }
  /** setBackground without a call of its own (for a RangeList's). */
  paintQuietly(color: string | null): void {
    this.each((d) => (d.background = normalizeColor(color)));
  }
  getFontWeights(): string[][] {
    this.count('getFontWeights');
    return this.read((d) => d?.fontWeight ?? 'normal');
  }
  getFontWeight(): string {
    this.count('getFontWeight');
    return this.sheet.peek(this.box.row, this.box.col)?.fontWeight ?? 'normal';
  }
  setFontWeights(weights: (string | null)[][]): this {
    this.count('setFontWeights');
    const rows = this.checkShape(weights);
    this.each((d, r, c) => (d.fontWeight = rows[r][c] == null ? 'normal' : String(rows[r][c])));
    return this;
  }
  setFontWeight(weight: string | null): this {
    this.count('setFontWeight');
    this.each((d) => (d.fontWeight = weight ?? 'normal'));
    return this;
  }
  setWrap(wrap: boolean): this {
    this.count('setWrap');
    this.each((d) => (d.wrap = wrap));
    return this;
  }
  getWraps(): boolean[][] {
    this.count('getWraps');
    return this.read((d) => d?.wrap ?? false);
  }
  setWrapStrategy(strategy: unknown): this {
    this.count('setWrapStrategy');
    this.each((d) => (d.wrap = String(strategy) === 'WRAP'));
    return this;
  }
  setHorizontalAlignment(alignment: string | null): this {
    this.count('setHorizontalAlignment');
    this.each((d) => (d.horizontalAlignment = alignment ?? 'general'));
    return this;
  }
  getHorizontalAlignments(): string[][] {
    this.count('getHorizontalAlignments');
    return this.read((d) => d?.horizontalAlignment ?? 'general');
  }
  setVerticalAlignment(alignment: string | null): this {
    this.count('setVerticalAlignment');
    this.each((d) => (d.verticalAlignment = alignment ?? 'bottom'));
    return this;
  }
  getVerticalAlignments(): string[][] {
    this.count('getVerticalAlignments');
    return this.read((d) => d?.verticalAlignment ?? 'bottom');
  }
  setNumberFormat(format: string): this {
    this.count('setNumberFormat');
    this.each((d) => (d.numberFormat = format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.count('setNumberFormats');
    const rows = this.checkShape(formats);
    this.each((d, r, c) => (d.numberFormat = String(rows[r][c])));
    return this;
  }
  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    return this.read((d) => d?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    this.count('getNumberFormat');
    return this.sheet.peek(this.box.row, this.box.col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }

  // clearing (Range.clear, clearContent, clearFormat, clearNote, clearDataValidations)
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    this.count('clear');
    const only = options ?? {};
    const all =
      !only.contentsOnly && !only.formatOnly && !only.validationsOnly && !only.commentsOnly;
    this.each((d) => {
      if (all || only.contentsOnly) [d.value, d.formula] = ['', ''];
      if (all || only.formatOnly) this.resetFormat(d);
      if (all || only.validationsOnly) d.validation = null;
      if (only.commentsOnly) d.note = '';
    });
    return this;
  }
  clearContent(): this {
    this.count('clearContent');
    this.each((d) => ([d.value, d.formula] = ['', '']));
    return this;
  }
  clearFormat(): this {
    this.count('clearFormat');
    this.each((d) => this.resetFormat(d));
    return this;
  }
  private resetFormat(d: CellData): void {
    const blank = emptyCell();
    d.background = blank.background;
    d.fontWeight = blank.fontWeight;
    d.numberFormat = blank.numberFormat;
    d.wrap = blank.wrap;
    d.horizontalAlignment = blank.horizontalAlignment;
    d.verticalAlignment = blank.verticalAlignment;
  }

  // merges
  /** Merges fully inside are absorbed; a merge sticking out is refused like Sheets does. */
  private mergeBoxes(boxes: Box[]): this {
    for (const box of boxes)
      if (this.sheet.merges.some((m) => intersects(m, box) && !contains(box, m)))
        throw this.context.error(MERGE_PARTIAL);
    for (const box of boxes) {
      if (box.rows === 1 && box.cols === 1) continue;
      for (let i = this.sheet.merges.length - 1; i >= 0; i--)
        if (contains(box, this.sheet.merges[i])) this.sheet.merges.splice(i, 1);
      // Only the top-left value survives a merge.
      for (let r = box.row; r < box.row + box.rows; r++)
        for (let c = box.col; c < box.col + box.cols; c++)
          if (r !== box.row || c !== box.col) {
            const data = this.sheet.peek(r, c);
            if (data) [data.value, data.formula] = ['', ''];
          }
      this.sheet.merges.push(box);
    }
    return this;
  }
  merge(): this {
    this.count('merge');
    return this.mergeBoxes([this.box]);
  }
  mergeAcross(): this {
    this.count('mergeAcross');
    const { row, col, rows, cols } = this.box;
    return this.mergeBoxes(
      Array.from({ length: rows }, (_, r) => ({ row: row + r, col, rows: 1, cols })),
    );
  }
  mergeVertically(): this {
    this.count('mergeVertically');
    const { row, col, rows, cols } = this.box;
    return this.mergeBoxes(
      Array.from({ length: cols }, (_, c) => ({ row, col: col + c, rows, cols: 1 })),
    );
  }
  breakApart(): this {
    this.count('breakApart');
    if (this.sheet.merges.some((m) => intersects(m, this.box) && !contains(this.box, m)))
      throw this.context.error(MERGE_PARTIAL);
    for (let i = this.sheet.merges.length - 1; i >= 0; i--)
      if (contains(this.box, this.sheet.merges[i])) this.sheet.merges.splice(i, 1);
    return this;
  }
  isPartOfMerge(): boolean {
    this.count('isPartOfMerge');
    return this.sheet.merges.some((m) => intersects(m, this.box));
  }
  /** Whole merges that touch this range. */
  getMergedRanges(): FakeRange[] {
    this.count('getMergedRanges');
    return this.sheet.merges
      .filter((m) => intersects(m, this.box))
      .map((m) => this.sheet.rangeOf(m));
  }

  // data validation
  setDataValidation(rule: FakeDataValidation | null): this {
    this.count('setDataValidation');
    this.each((d) => (d.validation = rule));
    return this;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.count('setDataValidations');
    const rows = this.checkShape(rules);
    this.each((d, r, c) => (d.validation = (rows[r][c] as FakeDataValidation | null) ?? null));
    return this;
  }
  /** null where a cell has no rule. */
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.count('getDataValidations');
    return this.read((d) => d?.validation ?? null);
  }
  getDataValidation(): FakeDataValidation | null {
    this.count('getDataValidation');
    return this.sheet.peek(this.box.row, this.box.col)?.validation ?? null;
  }
  clearDataValidations(): this {
    this.count('clearDataValidations');
    this.each((d) => (d.validation = null));
    return this;
  }

  /**
   * Sorts the rows of the range by column: whole cells move (value, note, background), only
   * inside the range's columns; empty cells sort last, numbers before text.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
   */
  sort(
    sortSpecObj:
      | number
      | { column: number; ascending?: boolean }
      | readonly (number | { column: number; ascending?: boolean })[],
  ): this {
    this.count('sort');
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { ascending: true, ...s },
    );
    const { row, col, rows, cols } = this.box;
    for (const s of specs)
      if (s.column < col || s.column >= col + cols)
        throw this.context.error('The column to sort by is outside the range.');
    // Sheets does not sort a range holding merged cells (a merge over three rows cannot follow
    // three rows sorted apart). The reference gives no wording, so this message is the fake's.
    if (this.sheet.merges.some((m) => intersects(m, this.box)))
      throw this.context.error(SORT_MERGED);
    const lines = Array.from({ length: rows }, (_, r) => ({
      keys: specs.map((s) => this.sheet.valueAt(row + r, s.column)),
      cells: this.sheet.takeCells({ row: row + r, col, rows: 1, cols })[0],
      index: r,
    }));
    const rank = (v: Stored): number =>
      v === '' ? 3 : typeof v === 'number' || isDateStored(v) ? 0 : typeof v === 'boolean' ? 2 : 1;
    const compare = (a: Stored, b: Stored): number => {
      const [ra, rb] = [rank(a), rank(b)];
      if (ra !== rb) return ra - rb;
      if (ra === 0) {
        const na = isDateStored(a) ? a.date : (a as number);
        const nb = isDateStored(b) ? b.date : (b as number);
        return na - nb;
      }
      return String(a).localeCompare(String(b));
    };
    lines.sort((a, b) => {
      for (let i = 0; i < specs.length; i++) {
        const [x, y] = [a.keys[i], b.keys[i]];
        // Blanks stay last whichever way the sort goes.
        if (x === '' || y === '') {
          if (x !== y) return x === '' ? 1 : -1;
          continue;
        }
        const c = compare(x, y);
        if (c !== 0) return specs[i].ascending ? c : -c;
      }
      return a.index - b.index;
    });
    lines.forEach((line, r) => this.sheet.putCells(row + r, col, [line.cells]));
    return this;
  }

  /**
   * Cut and paste: values, formats and notes move to `target` (its top-left cell), the source is
   * left empty; on the same or another tab.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#moveTo(Range)
   */
  moveTo(target: FakeRange): void {
    this.count('moveTo');
    const moved = this.sheet.takeCells(this.box);
    const { row, col } = target.box;
    if (
      row + this.box.rows - 1 > target.sheet.maxRows ||
      col + this.box.cols - 1 > target.sheet.maxColumns
    )
      throw this.context.error(OUTSIDE_GRID);
    target.sheet.putCells(row, col, moved);
  }

  protect(): FakeProtection {
    this.count('protect');
    const protection = new FakeProtection(this.context, 'RANGE', this);
    this.sheet.protections.push(protection);
    return protection;
  }
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
};

/**
 * Sheets answers six-digit lower-case hex whatever was set: a CSS name or a short "#fff" reads
 * back as "#ffffff" (getBackground: "color code in CSS notation (such as '#ffffff' or
 * 'white')" is what setBackground takes; what it returns is the hex,
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()); null
 * resets to white.
 */
const normalizeColor = (color: unknown): string => {
  if (color === null || color === undefined || color === '') return DEFAULT_BACKGROUND;
  const text = String(color).toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[text] ?? text;
};
