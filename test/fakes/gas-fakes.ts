// In-memory fakes of the Apps Script services Zvit calls, failing where the real ones fail:
// 0-row ranges, shape mismatches, merged cells, 9 KB properties, AuthMode.NONE, drive.file.
// Every call is counted by "Service.method" so the benchmark can price it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid';

type Value = string | number | boolean | Date;

export class CallCounter {
  private readonly counts = new Map<string, number>();
  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
  reset(): void {
    this.counts.clear();
  }
}

export interface Auth {
  mode: 'NONE' | 'LIMITED' | 'FULL';
  simpleTrigger: boolean;
}

/** The permission error the real services throw; AuthMode.NONE allows only menus. */
const requireAuth = (auth: Auth, what: string, needsFull = false): void => {
  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
  if (auth.mode === 'NONE' || (needsFull && (auth.mode !== 'FULL' || auth.simpleTrigger))) {
    throw new Error(
      `You do not have permission to call ${what}. Required permissions: (authorisation not granted)`,
    );
  }
};

interface CellState {
  value: Value;
  formula: string;
  note: string;
  background: string;
  fontWeight: string;
  numberFormat: string;
}

const blankCell = (): CellState => ({
  value: '',
  formula: '',
  note: '',
  background: '#ffffff',
  fontWeight: 'normal',
  numberFormat: '',
});

const letters = (col: number): string => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const colOf = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class FakeSheet {
  readonly cells = new Map<string, CellState>();
  readonly merges: Box[] = [];
  frozenRows = 0;
  hidden = false;
  maxRows = 1000;
  maxColumns = 26;
  readonly widths = new Map<number, number>();
  readonly validations = new Map<string, unknown>();
  readonly protections: { description: string; warningOnly: boolean; a1: string }[] = [];

  constructor(
    public name: string,
    readonly book: FakeSpreadsheet,
  ) {}

  private get calls(): CallCounter {
    return this.book.calls;
  }
  cell(row: number, col: number): CellState {
    const key = `${row}:${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = blankCell();
      this.cells.set(key, c);
    }
    return c;
  }
  peek(row: number, col: number): CellState {
    return this.cells.get(`${row}:${col}`) ?? blankCell();
  }
  /** The value Sheets would show: a SUM formula is evaluated on read. */
  valueAt(row: number, col: number): Value {
    const c = this.peek(row, col);
    if (!c.formula) return c.value;
    const m = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(c.formula);
    if (!m) return '#NAME?';
    let sum = 0;
    for (let r = Number(m[2]); r <= Number(m[4]); r++) {
      for (let k = colOf(m[1]); k <= colOf(m[3]); k++) {
        const v = this.valueAt(r, k);
        if (typeof v === 'number') sum += v;
      }
    }
    return Math.round(sum * 1e9) / 1e9;
  }
  covered(row: number, col: number): boolean {
    return this.merges.some(
      (m) =>
        row >= m.row &&
        row < m.row + m.rows &&
        col >= m.col &&
        col < m.col + m.cols &&
        (row !== m.row || col !== m.col),
    );
  }
  lastRow(): number {
    let last = 0;
    for (const [key, c] of this.cells)
      if (c.value !== '' || c.formula) last = Math.max(last, Number(key.split(':')[0]));
    return last;
  }
  lastColumn(): number {
    let last = 0;
    for (const [key, c] of this.cells)
      if (c.value !== '' || c.formula) last = Math.max(last, Number(key.split(':')[1]));
    return last;
  }

  getName() {
    this.calls.count('Sheet.getName');
    return this.name;
  }
  getLastRow() {
    this.calls.count('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn() {
    this.calls.count('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getMaxRows() {
    this.calls.count('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.calls.count('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  /** Rows below `after` (1-based) move down, merges with them, as in Sheets (Sheet.insertRowsAfter). */
  insertRowsAfter(after: number, n: number) {
    this.calls.count('Sheet.insertRowsAfter');
    const moved = [...this.cells.entries()];
    this.cells.clear();
    for (const [key, c] of moved) {
      const [row, col] = key.split(':').map(Number);
      this.cells.set(`${row > after ? row + n : row}:${col}`, c);
    }
    this.merges.forEach((m, i) => {
      if (m.row > after) this.merges[i] = { ...m, row: m.row + n };
    });
    this.maxRows += n;
    return this;
  }
  insertColumnsAfter(_after: number, n: number) {
    this.calls.count('Sheet.insertColumnsAfter');
    this.maxColumns += n;
    return this;
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    this.calls.count('Sheet.getRange');
    if (typeof a === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
      if (!m) throw new Error(`Range not found`);
      const r = Number(m[2]);
      const c = colOf(m[1]);
      return new FakeRange(
        this,
        r,
        c,
        m[4] ? Number(m[4]) - r + 1 : 1,
        m[3] ? colOf(m[3]) - c + 1 : 1,
      );
    }
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      a < 1 ||
      (col ?? 0) < 1 ||
      a + rows - 1 > this.maxRows ||
      (col ?? 1) + cols - 1 > this.maxColumns
    ) {
      throw new Error('Those rows are out of bounds.');
    }
    return new FakeRange(this, a, col ?? 1, rows, cols);
  }
  getDataRange() {
    this.calls.count('Sheet.getDataRange');
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  setFrozenRows(n: number) {
    this.calls.count('Sheet.setFrozenRows');
    this.frozenRows = n;
  }
  getFrozenRows() {
    this.calls.count('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setColumnWidth(col: number, width: number) {
    this.calls.count('Sheet.setColumnWidth');
    this.widths.set(col, width);
    return this;
  }
  hideSheet() {
    this.calls.count('Sheet.hideSheet');
    this.hidden = true;
    return this;
  }
  activate() {
    this.calls.count('Sheet.activate');
    this.book.active = this;
    return this;
  }
  clearContents() {
    this.calls.count('Sheet.clearContents');
    for (const c of this.cells.values()) {
      c.value = '';
      c.formula = '';
    }
    return this;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  private count(method: string) {
    this.sheet.book.calls.count(`Range.${method}`);
  }
  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => fn(this.row + i, this.col + j)),
    );
  }
  /** setX(2D) takes exactly the range's shape, like Sheets. */
  private write<T>(
    method: string,
    data: T[][],
    apply: (cell: CellState, v: T, r: number, c: number) => void,
  ) {
    this.count(method);
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
    if (data.length !== this.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rows}.`,
      );
    }
    data.forEach((line) => {
      if (line.length !== this.cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.cols}.`,
        );
      }
    });
    data.forEach((line, i) =>
      line.forEach((v, j) => {
        const r = this.row + i;
        const c = this.col + j;
        // A write into a merged cell other than its top-left is lost.
        if (!this.sheet.covered(r, c)) apply(this.sheet.cell(r, c), v, r, c);
      }),
    );
    return this;
  }
  getRow() {
    this.count('getRow');
    return this.row;
  }
  getColumn() {
    this.count('getColumn');
    return this.col;
  }
  getNumRows() {
    this.count('getNumRows');
    return this.rows;
  }
  getNumColumns() {
    this.count('getNumColumns');
    return this.cols;
  }
  getSheet() {
    this.count('getSheet');
    return this.sheet;
  }
  getA1Notation() {
    this.count('getA1Notation');
    const start = `${letters(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1
      ? start
      : `${start}:${letters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }
  getValues() {
    this.count('getValues');
    return this.grid((r, c) => (this.sheet.covered(r, c) ? '' : this.sheet.valueAt(r, c)));
  }
  getDisplayValues() {
    this.count('getDisplayValues');
    // uk_UA shows a decimal comma; dates as dd.MM.yyyy.
    return this.grid((r, c) => {
      const v = this.sheet.covered(r, c) ? '' : this.sheet.valueAt(r, c);
      if (typeof v === 'number') return String(v).replace('.', ',');
      if (Object.prototype.toString.call(v) === '[object Date]') {
        const d = v as Date;
        return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
      }
      return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    });
  }
  setValues(values: Value[][]) {
    return this.write('setValues', values, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = '';
      } else {
        cell.value = v;
        cell.formula = '';
      }
    });
  }
  setValue(value: Value) {
    return this.setValues([[value]]);
  }
  setFormulas(formulas: string[][]) {
    return this.write('setFormulas', formulas, (cell, f) => {
      cell.formula = f;
      if (!f) cell.value = '';
    });
  }
  getFormulas() {
    this.count('getFormulas');
    return this.grid((r, c) => this.sheet.peek(r, c).formula);
  }
  getNotes() {
    this.count('getNotes');
    return this.grid((r, c) => this.sheet.peek(r, c).note);
  }
  setNotes(notes: string[][]) {
    return this.write('setNotes', notes, (cell, n) => (cell.note = n ?? ''));
  }
  getBackgrounds() {
    this.count('getBackgrounds');
    return this.grid((r, c) => this.sheet.peek(r, c).background);
  }
  setBackgrounds(colors: string[][]) {
    return this.write('setBackgrounds', colors, (cell, b) => (cell.background = b || '#ffffff'));
  }
  setBackground(color: string) {
    return this.setBackgrounds(this.grid(() => color));
  }
  setFontWeight(weight: string) {
    return this.write(
      'setFontWeight',
      this.grid(() => weight),
      (cell, w) => (cell.fontWeight = w),
    );
  }
  getFontWeights() {
    this.count('getFontWeights');
    return this.grid((r, c) => this.sheet.peek(r, c).fontWeight);
  }
  setNumberFormat(format: string) {
    return this.write(
      'setNumberFormat',
      this.grid(() => format),
      (cell, f) => (cell.numberFormat = f),
    );
  }
  setHorizontalAlignment() {
    this.count('setHorizontalAlignment');
    return this;
  }
  setVerticalAlignment() {
    this.count('setVerticalAlignment');
    return this;
  }
  setWrap() {
    this.count('setWrap');
    return this;
  }
  mergeVertically() {
    this.count('mergeVertically');
    for (let j = 0; j < this.cols; j++)
      this.sheet.merges.push({ row: this.row, col: this.col + j, rows: this.rows, cols: 1 });
    return this;
  }
  mergeAcross() {
    this.count('mergeAcross');
    for (let i = 0; i < this.rows; i++)
      this.sheet.merges.push({ row: this.row + i, col: this.col, rows: 1, cols: this.cols });
    return this;
  }
  merge() {
    this.count('merge');
    this.sheet.merges.push({ row: this.row, col: this.col, rows: this.rows, cols: this.cols });
    return this;
  }
  getMergedRanges() {
    this.count('getMergedRanges');
    return this.sheet.merges
      .filter(
        (m) =>
          m.row < this.row + this.rows &&
          m.row + m.rows > this.row &&
          m.col < this.col + this.cols &&
          m.col + m.cols > this.col,
      )
      .map((m) => new FakeRange(this.sheet, m.row, m.col, m.rows, m.cols));
  }
  setDataValidation(rule: unknown) {
    this.count('setDataValidation');
    this.sheet.validations.set(this.getA1Notation(), rule);
    return this;
  }
  protect() {
    this.count('protect');
    const protection = { description: '', warningOnly: false, a1: this.getA1Notation() };
    this.sheet.protections.push(protection);
    const api = {
      setDescription: (d: string) => ((protection.description = d), api),
      setWarningOnly: (w: boolean) => ((protection.warningOnly = w), api),
    };
    return api;
  }
  activate() {
    this.count('activate');
    this.sheet.book.active = this.sheet;
    this.sheet.book.selection = this.getA1Notation();
    return this;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  selection = '';
  readonly toasts: string[] = [];
  constructor(readonly calls: CallCounter) {}

  addSheet(name: string, rows: Value[][] = []): FakeSheet {
    const sheet = new FakeSheet(name, this);
    rows.forEach((line, i) =>
      line.forEach((v, j) => v !== '' && v !== null && (sheet.cell(i + 1, j + 1).value = v)),
    );
    sheet.maxRows = Math.max(1000, rows.length + 10);
    sheet.maxColumns = Math.max(26, ...rows.map((r) => r.length));
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  getSheets() {
    this.calls.count('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.calls.count('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getActiveSheet() {
    this.calls.count('Spreadsheet.getActiveSheet');
    return this.active ?? this.sheets[0];
  }
  setActiveSheet(sheet: FakeSheet) {
    this.calls.count('Spreadsheet.setActiveSheet');
    this.active = sheet;
    return sheet;
  }
  insertSheet(name: string) {
    this.calls.count('Spreadsheet.insertSheet');
    if (this.sheets.some((s) => s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = this.addSheet(name);
    // insertSheet activates the new tab.
    this.active = sheet;
    return sheet;
  }
  getSpreadsheetLocale() {
    this.calls.count('Spreadsheet.getSpreadsheetLocale');
    return 'uk_UA';
  }
  toast(message: string) {
    this.calls.count('Spreadsheet.toast');
    this.toasts.push(message);
  }
}

export interface UiLog {
  menu: { caption: string; fn: string }[];
  alerts: string[];
  sidebars: string[];
  dialogs: { title: string; html: string }[];
}

const counted = <T extends object>(calls: CallCounter, service: string, target: T): T =>
  new Proxy(target, {
    get: (t, name, receiver) => {
      const v = Reflect.get(t, name, receiver);
      if (typeof v === 'function' && typeof name === 'string') {
        return (...args: unknown[]) => {
          calls.count(`${service}.${name}`);
          return (v as (...a: unknown[]) => unknown).apply(t, args);
        };
      }
      return v;
    },
  });

export interface FakeDoc {
  id: string;
  name: string;
  parents: string[];
  mimeType: string;
  trashed: boolean;
  /** What DocumentApp wrote and saved: paragraphs and tables in order. */
  saved: ({ paragraph: string } | { table: string[][] })[];
  requests: object[][];
  blob?: string;
}

export const createFakeEnvironment = (
  options: { htmlFolder?: string; spreadsheet?: (book: FakeSpreadsheet) => void } = {},
) => {
  const calls = new CallCounter();
  const auth: Auth = { mode: 'FULL', simpleTrigger: false };
  const book = new FakeSpreadsheet(calls);
  options.spreadsheet?.(book);
  const ui: UiLog = { menu: [], alerts: [], sidebars: [], dialogs: [] };
  const files = new Map<string, FakeDoc>();
  let nextId = 1;
  const properties = new Map<string, Map<string, string>>();
  const lock = { heldByOther: false };

  const Ui = {
    ButtonSet: { OK: 'OK' },
    createAddonMenu: () => {
      const menu = {
        addItem: (caption: string, fn: string) => (ui.menu.push({ caption, fn }), menu),
        addSeparator: () => menu,
        addToUi: () => undefined,
      };
      return menu;
    },
    alert: (...args: string[]) => (
      requireAuth(auth, 'Ui.alert'),
      ui.alerts.push(args.slice(0, 2).join(': ')),
      'OK'
    ),
    showSidebar: (html: { getContent(): string }) => (
      requireAuth(auth, 'Ui.showSidebar', true),
      ui.sidebars.push(html.getContent())
    ),
    showModalDialog: (html: { getContent(): string }, title: string) => (
      requireAuth(auth, 'Ui.showModalDialog', true),
      ui.dialogs.push({ title, html: html.getContent() })
    ),
  };

  const SpreadsheetApp = {
    getUi: () => (calls.count('SpreadsheetApp.getUi'), Ui),
    getActiveSpreadsheet: () => (
      calls.count('SpreadsheetApp.getActiveSpreadsheet'),
      requireAuth(auth, 'SpreadsheetApp.getActiveSpreadsheet'),
      book
    ),
    getActive: () => SpreadsheetApp.getActiveSpreadsheet(),
    openById: () => {
      throw new Error(
        'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      );
    },
    newDataValidation: () => {
      const rule: Record<string, unknown> = {};
      const builder = {
        requireValueInList: (list: string[]) => ((rule.list = list), builder),
        requireNumberGreaterThanOrEqualTo: (n: number) => ((rule.min = n), builder),
        setAllowInvalid: (a: boolean) => ((rule.allowInvalid = a), builder),
        setHelpText: (t: string) => ((rule.helpText = t), builder),
        build: () => ({ ...rule }),
      };
      return builder;
    },
    flush: () => calls.count('SpreadsheetApp.flush'),
  };

  const store = (kind: string) => {
    if (!properties.has(kind)) properties.set(kind, new Map());
    const map = properties.get(kind)!;
    return counted(calls, 'Properties', {
      getProperty: (k: string) => map.get(k) ?? null,
      setProperty: (k: string, v: string) => {
        // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
        if (String(v).length > 9 * 1024) throw new Error('Argument too large: value');
        map.set(k, String(v));
      },
      deleteProperty: (k: string) => map.delete(k),
    });
  };
  const PropertiesService = {
    getDocumentProperties: () => (
      requireAuth(auth, 'PropertiesService.getDocumentProperties'),
      store('document')
    ),
    getUserProperties: () => (
      requireAuth(auth, 'PropertiesService.getUserProperties'),
      store('user')
    ),
  };
  const LockService = {
    getDocumentLock: () =>
      counted(calls, 'Lock', {
        tryLock: () => !lock.heldByOther,
        releaseLock: () => undefined,
      }),
  };

  const HtmlService = {
    createHtmlOutputFromFile: (name: string) => {
      calls.count('HtmlService.createHtmlOutputFromFile');
      const path = join(options.htmlFolder ?? 'dist', `${name}.html`);
      if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
      return HtmlService.createHtmlOutput(readFileSync(path, 'utf8'));
    },
    createHtmlOutput: (content: string) => {
      const out = {
        title: '',
        getContent: () => content,
        setTitle: (t: string) => ((out.title = t), out),
        setWidth: () => out,
        setHeight: () => out,
      };
      return out;
    },
  };

  const fileOrThrow = (id: string): FakeDoc => {
    const file = files.get(id);
    // https://developers.google.com/drive/api/reference/rest/v3/files/get
    if (!file)
      throw new Error(
        `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${id}.`,
      );
    return file;
  };
  const Drive = {
    Files: counted(calls, 'Drive.Files', {
      create: (
        resource: { name: string; mimeType?: string; parents?: string[] },
        blob?: { getDataAsString(): string },
      ) => {
        requireAuth(auth, 'Drive.Files.create', true);
        const id = `file-${nextId++}`;
        files.set(id, {
          id,
          name: resource.name,
          mimeType: resource.mimeType ?? '',
          parents: resource.parents ?? [],
          trashed: false,
          saved: [],
          requests: [],
          blob: blob?.getDataAsString(),
        });
        return {
          id,
          name: resource.name,
          webViewLink: `https://drive.google.com/file/d/${id}/view`,
        };
      },
      get: (id: string) => {
        const f = fileOrThrow(id);
        return { id, name: f.name, trashed: f.trashed };
      },
      update: (resource: { trashed?: boolean; name?: string }, id: string) => {
        const f = fileOrThrow(id);
        if (resource.trashed !== undefined) f.trashed = resource.trashed;
        if (resource.name !== undefined) f.name = resource.name;
        return { id, trashed: f.trashed };
      },
      /** Drafts left in progress: none survive in these fakes' runs. */
      list: () => ({ files: [] }),
    }),
  };

  /** DocumentApp: edits live in the open Document until saveAndClose makes them visible to Docs.get. */
  const openDoc = (id: string) => {
    const file = fileOrThrow(id);
    if (file.trashed || file.mimeType !== 'application/vnd.google-apps.document')
      throw new Error(`Document ${id} is missing (perhaps it was deleted?)`);
    const content: FakeDoc['saved'] = [{ paragraph: '' }];
    let closed = false;
    const live = () => {
      if (closed) throw new Error('Document is closed, its contents cannot be updated.');
    };
    const element = <T extends object>(t: T) => counted(calls, 'Document', t);
    const paragraph = (p: { paragraph: string }) => {
      const api: Record<string, (...a: unknown[]) => unknown> = element({
        setText: (t: unknown) => (live(), (p.paragraph = String(t)), undefined),
        setAttributes: () => api,
        setAlignment: () => api,
        setIndentFirstLine: () => api,
      });
      return api;
    };
    const body = element({
      setPageWidth: () => body,
      setPageHeight: () => body,
      setMarginLeft: () => body,
      setMarginRight: () => body,
      setMarginTop: () => body,
      setMarginBottom: () => body,
      getParagraphs: () =>
        content.filter((e): e is { paragraph: string } => 'paragraph' in e).map(paragraph),
      appendParagraph: (text: string) => {
        live();
        const p = { paragraph: text };
        content.push(p);
        return paragraph(p);
      },
      appendTable: (cells: string[][]) => {
        live();
        // A ragged table is refused by the real service.
        if (new Set(cells.map((r) => r.length)).size > 1)
          throw new Error('Invalid argument: cells');
        content.push({ table: cells.map((r) => [...r]) });
        const table: Record<string, (...a: unknown[]) => unknown> = element({
          setBorderWidth: () => undefined,
          setAttributes: () => table,
        });
        return table;
      },
    });
    return element({
      getId: () => id,
      getName: () => file.name,
      getBody: () => body,
      saveAndClose: () => {
        closed = true;
        file.saved = content;
      },
      getAs: (mime: string) => {
        const text = file.saved
          .map((e) =>
            'paragraph' in e ? e.paragraph : e.table.map((r) => r.join(' | ')).join('\n'),
          )
          .join('\n');
        let name = file.name;
        const blob = {
          getContentType: () => mime,
          getDataAsString: () => text,
          setName: (n: string) => ((name = n), blob),
          getName: () => name,
        };
        return blob;
      },
    });
  };
  const DocumentApp = {
    openById: (id: string) => (
      calls.count('DocumentApp.openById'),
      requireAuth(auth, 'DocumentApp.openById', true),
      openDoc(id)
    ),
    Attribute: { FONT_FAMILY: 'FONT_FAMILY', FONT_SIZE: 'FONT_SIZE', BOLD: 'BOLD' },
    HorizontalAlignment: { CENTER: 'CENTER', JUSTIFY: 'JUSTIFY', LEFT: 'LEFT' },
  };

  /** Docs.get: UTF-16 indexes as the REST API counts them (paragraph text + "\n"). */
  const structure = (doc: FakeDoc) => {
    let index = 1;
    const content = doc.saved.map((e) => {
      const startIndex = index;
      if ('paragraph' in e) {
        index += e.paragraph.length + 1;
        return { startIndex, endIndex: index };
      }
      index++;
      const tableRows = e.table.map((row) => {
        const rowStart = index++;
        const tableCells = row.map((text) => {
          const cellStart = index;
          index += 1 + text.length + 1;
          return { startIndex: cellStart, endIndex: index };
        });
        return { startIndex: rowStart, endIndex: index, tableCells };
      });
      index++;
      return {
        startIndex,
        endIndex: index,
        table: { rows: e.table.length, columns: e.table[0]?.length ?? 0, tableRows },
      };
    });
    return { body: { content }, endIndex: index };
  };
  const Docs = {
    Documents: counted(calls, 'Docs.Documents', {
      get: (id: string) => structure(fileOrThrow(id)),
      batchUpdate: (
        resource: { requests: Record<string, Record<string, unknown>>[] },
        id: string,
      ) => {
        const doc = fileOrThrow(id);
        const { body, endIndex: savedEnd } = structure(doc);
        let endIndex = savedEnd;
        const merged: Box[] = [];
        // All or nothing: validate every request before keeping any.
        resource.requests.forEach((request, i) => {
          const [kind, spec] = Object.entries(request)[0];
          const fail = (why: string) => {
            throw new Error(
              `GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}].${kind}: ${why}`,
            );
          };
          const tableAt = (location: { index: number }) => {
            const t = body.content.find((e) => 'table' in e && e.startIndex === location.index);
            if (!t || !('table' in t)) fail('The provided table start location is invalid.');
            return (t as { table: { rows: number; columns: number } }).table;
          };
          if (kind === 'mergeTableCells') {
            const range = spec.tableRange as {
              tableCellLocation: {
                tableStartLocation: { index: number };
                rowIndex: number;
                columnIndex: number;
              };
              rowSpan: number;
              columnSpan: number;
            };
            const table = tableAt(range.tableCellLocation.tableStartLocation);
            const box = {
              row: range.tableCellLocation.rowIndex,
              col: range.tableCellLocation.columnIndex,
              rows: range.rowSpan,
              cols: range.columnSpan,
            };
            if (box.row + box.rows > table.rows || box.col + box.cols > table.columns)
              fail('The table range is outside the table.');
            if (
              merged.some(
                (m) =>
                  m.row < box.row + box.rows &&
                  m.row + m.rows > box.row &&
                  m.col < box.col + box.cols &&
                  m.col + m.cols > box.col,
              )
            ) {
              fail('The table range overlaps a merged cell.');
            }
            merged.push(box);
          } else if (kind === 'pinTableHeaderRows' || kind === 'updateTableColumnProperties') {
            tableAt(spec.tableStartLocation as { index: number });
          } else if (kind === 'updateTableCellStyle') {
            tableAt(
              spec.tableRange
                ? (
                    spec.tableRange as {
                      tableCellLocation: { tableStartLocation: { index: number } };
                    }
                  ).tableCellLocation.tableStartLocation
                : (spec.tableStartLocation as { index: number }),
            );
          } else if (kind === 'updateDocumentStyle') {
            // Page mode and size: not modelled by these fakes.
          } else if (kind === 'insertText') {
            // The text is not kept; later ranges may reach as far as it does.
            endIndex += String(spec.text ?? '').length;
          } else if (kind === 'updateTextStyle' || kind === 'updateParagraphStyle') {
            const r = spec.range as { startIndex: number; endIndex: number };
            if (r.endIndex > endIndex)
              fail(
                `Index ${r.endIndex - 1} must be less than the end index of the referenced segment, ${endIndex}.`,
              );
          } else fail('Unknown request.');
        });
        doc.requests.push(resource.requests);
        return { replies: [] };
      },
    }),
  };

  const DriveApp = new Proxy(
    {},
    {
      get: (_t, name) => () => {
        throw new Error(
          `Specified permissions are not sufficient to call DriveApp.${String(name)}. Required permissions: https://www.googleapis.com/auth/drive`,
        );
      },
    },
  );

  const globals = {
    SpreadsheetApp,
    Session: { getTemporaryActiveUserKey: () => 'user-key' },
    DocumentApp,
    Docs,
    Drive,
    DriveApp,
    HtmlService,
    PropertiesService,
    LockService,
    console,
  };
  return { globals, calls, auth, book, ui, files, properties, lock };
};

export type FakeEnvironment = ReturnType<typeof createFakeEnvironment>;

/** Loads core Grids into the fake spreadsheet as the file would look in Sheets (dates as Date). */
export const loadGrids = (grids: readonly Grid[]) => (book: FakeSpreadsheet) => {
  for (const grid of grids) {
    const sheet = book.addSheet(
      grid.name,
      grid.rows.map((row) =>
        row.map((c) =>
          typeof c.value === 'object' ? new Date(`${c.value.date}T00:00:00`) : c.value,
        ),
      ),
    );
    for (const m of grid.merges)
      sheet.merges.push({ row: m.row + 1, col: m.col + 1, rows: m.rows, cols: m.cols });
  }
};
