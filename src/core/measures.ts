// Reading the measures (and a typed ВСЬОГО row, and group headings) out of the grid below a
// recognised header. Core layer: parses each cell once; the checks and totals work on what this
// returns.
import type { SourceKey } from './sources';
import { SOURCE_KEYS } from './sources';
import type { AmountResult } from './amount';
import { parseAmount } from './amount';
import type { Cell, Grid } from './grid';
import { cellAt, EMPTY_CELL } from './grid';
import type { Header } from './header';
import type { FieldKey, Side } from './labels';
import { FIELD_KEYS, REQUIRED_FIELDS } from './labels';
import type { Status } from './status';
import { parseStatus, STATUS, STATUS_LABELS } from './status';
import type { TermResult } from './term';
import { parseTerm } from './term';
import { normalizeSpaces } from './text';
import { rowAmount } from './totals';

export interface MoneyCell {
  /** 0-based column, or -1 when the sheet has no such column. */
  readonly col: number;
  readonly cell: Cell;
  readonly amount: AmountResult;
}

export type MoneyRow = Readonly<Record<SourceKey, Readonly<Record<Side, MoneyCell>>>>;

export interface Measure {
  /** 0-based grid row. */
  readonly row: number;
  /**
   * Displayed text of each plain field ('' when the column is absent). Without a status
   * column (a printed report pasted back) `status` is the label read from the result text.
   */
  readonly text: Readonly<Record<FieldKey, string>>;
  readonly status: Status | null;
  readonly term: TermResult;
  readonly money: MoneyRow;
}

export interface DeclaredTotals {
  readonly row: number;
  readonly money: MoneyRow;
}

/** A group heading inside the table ("1. Інформаційна відкритість", SPEC §2.1). */
export interface Heading {
  readonly row: number;
  readonly text: string;
}

/**
 * A row of sums inside the table that is not its ВСЬОГО: a group's «Разом по напряму 1»
 * (`subtotal`) or a group heading carrying its group's sums (`heading`). Not counted; checked
 * against the sum of `measures[from]` up to (not including) `measures[to]`.
 */
export interface GroupSums {
  readonly kind: 'subtotal' | 'heading';
  readonly row: number;
  /** The row's label: «Разом по напряму 1», «2. ЕЛЕКТРОННЕ УРЯДУВАННЯ». */
  readonly label: string;
  readonly money: MoneyRow;
  readonly from: number;
  readonly to: number;
}

/** Amount cells merged down over several measures: one sum, counted for the first of them. */
export interface SharedSum {
  /** The merges' top row (the first measure's) and the rows they span. */
  readonly row: number;
  readonly rows: number;
  /** The merged money columns, left to right. */
  readonly cols: readonly number[];
  /** Indexes into `measures` of the measures the merge covers, the first counting the sum. */
  readonly measures: readonly number[];
}

/** Rows inside the table that repeat the header (a table pasted twice): skipped. */
export interface RepeatedHeader {
  readonly first: number;
  readonly last: number;
}

export interface MeasureTable {
  readonly measures: readonly Measure[];
  /** The table's ВСЬОГО rows, checked against the sum of all measures. */
  readonly declared: readonly DeclaredTotals[];
  /** Group subtotals and headings with sums, checked against their group's measures. */
  readonly groupSums: readonly GroupSums[];
  readonly sharedSums: readonly SharedSum[];
  readonly repeatedHeaders: readonly RepeatedHeader[];
  /** Rows read as lines of the measure above them (its title going on), not as rows of their own. */
  readonly continued: readonly number[];
  /**
   * The last sheet row of the last measure: a measure's title may go on in the rows under its
   * number (SPEC §2.1 continuation lines). `header.dataRow - 1` without measures.
   */
  readonly lastRow: number;
  /** Group headings between measures, in sheet order. */
  readonly headings: readonly Heading[];
  /** Rows of text under the table (a note, a signature) that end it and are not read. */
  readonly notes: readonly number[];
  /**
   * Those of `notes` that look like a measure only begun (a number and a title, or a title with
   * a term or an executor): read as notes, but the person is told (`unfinished-measure`).
   */
  readonly begun: readonly number[];
}

const TOTALS_ROW = /^\s*(всього|усього|разом)/i;
/** «ВСЬОГО» without a group word: the table's own totals, not a group's. */
const TABLE_TOTALS = /^\s*(всього|усього)/i;
/** A bare measure number: "7", "4.1", "12." */
const MEASURE_NUMBER = /^\d+(\.\d+)*\.?$/;
const LETTER = /\p{L}/u;
/** A measure's number without a heading's closing dot: "7", "4.1". */
const PLAIN_NUMBER = /^\d+(\.\d+)*$/;
/** "…/не виконувалося", "не виконано." at the end of a printed report's result text. */
const NOT_DONE_AT_END = /не\s*викону?вал[оиа]?с[яь]\s*[.;!]?\s*$|не\s*виконано\s*[.;!]?\s*$/i;

const isBlank = (cell: Cell): boolean => cell.text.trim() === '' && cell.value === '';

const moneyCell = (col: number, cell: Cell, amount: AmountResult): MoneyCell => ({
  col,
  cell,
  amount,
});

const partCell = (text: string): Cell => ({ value: text, text });

/**
 * A printed report's "план / факт" cell as two amounts: "75 / 0" is plan 75 and fact 0, "-" is
 * neither, a lone amount is the plan (its fact prints as 0).
 */
const splitPair = (col: number, cell: Cell): Record<Side, MoneyCell> => {
  const whole = parseAmount(cell);
  const empty = moneyCell(col, cell, { kind: 'empty' });
  if (whole.kind === 'pair') {
    return {
      plan: moneyCell(col, cell, parseAmount(partCell(whole.plan))),
      fact: moneyCell(col, cell, parseAmount(partCell(whole.fact))),
    };
  }
  // "- / -", "75 / -", "- / 0": a side without an amount prints a dash in the printed report.
  const sides = typeof cell.value === 'string' ? cell.value.split('/') : [];
  // A bare «/» has no side typed: no pair, but text that is no amount.
  const typed = sides.some((side) => side.trim() !== '');
  if (whole.kind === 'invalid' && sides.length === 2 && typed) {
    const [plan, fact] = sides.map((side) => parseAmount(partCell(side)));
    const readable = (a: AmountResult): boolean => a.kind === 'empty' || a.kind === 'amount';
    if (readable(plan) && readable(fact))
      return { plan: moneyCell(col, cell, plan), fact: moneyCell(col, cell, fact) };
  }
  return { plan: moneyCell(col, cell, whole), fact: empty };
};

/** A row's cell in a column, -1 (a column the sheet lacks) reading as empty. */
const cellIn = (cells: readonly Cell[] | undefined, col: number): Cell =>
  (col < 0 ? undefined : cells?.[col]) ?? EMPTY_CELL;

/** Where each source's plan and fact are, -1 when absent: looked up once per table. */
type SourceColumns = Readonly<Record<SourceKey, Readonly<Record<Side, number>>>>;

const sourceColumns = (header: Header): SourceColumns => {
  const columns = {} as Record<SourceKey, Record<Side, number>>;
  for (const source of SOURCE_KEYS) {
    const { plan, fact } = header.money[source];
    columns[source] = { plan: plan ?? -1, fact: fact ?? -1 };
  }
  return columns;
};

/**
 * Reads the money cells of one table's rows. A reader hands the empty cells of a sheet as one
 * shared object (exceljs's gaps, Sheets' cells past a row's end), and most sources of most
 * rows are empty: an empty cell that is the same object as the last one in its column gets the
 * same MoneyCell, rather than one per row for the collector to copy.
 */
const moneyReader = (header: Header): ((cells: readonly Cell[] | undefined) => MoneyRow) => {
  const pairs = header.layout === 'pairs';
  const cols = sourceColumns(header);
  const lastEmpty = new Map<number, MoneyCell>();
  const side = (cells: readonly Cell[] | undefined, col: number): MoneyCell => {
    const cell = cellIn(cells, col);
    if (cell.value !== '') return moneyCell(col, cell, parseAmount(cell));
    const last = lastEmpty.get(col);
    if (last !== undefined && last.cell === cell) return last;
    const empty = moneyCell(col, cell, parseAmount(cell));
    lastEmpty.set(col, empty);
    return empty;
  };
  // A printed report's one "план / факт" column (the plan's) holds both sides.
  const source = (
    cells: readonly Cell[] | undefined,
    { plan, fact }: Readonly<Record<Side, number>>,
  ): Readonly<Record<Side, MoneyCell>> =>
    pairs
      ? splitPair(plan, cellIn(cells, plan))
      : { plan: side(cells, plan), fact: side(cells, fact) };
  return (cells) => ({
    total: source(cells, cols.total),
    state: source(cells, cols.state),
    regional: source(cells, cols.regional),
    city: source(cells, cols.city),
    enterprises: source(cells, cols.enterprises),
    other: source(cells, cols.other),
  });
};

const moneyColumns = (header: Header): number[] => [
  ...new Set(
    SOURCE_KEYS.flatMap((s) => [header.money[s].plan, header.money[s].fact]).filter(
      (c): c is number => c !== undefined,
    ),
  ),
];

/**
 * A value merged down over several rows (one executor or term for a group) belongs to every
 * row it covers; Sheets and the .xlsx reader give it to the top row only. Amounts are left
 * where they are: one sum merged over three measures is one sum, not three.
 */
const mergedDown = (grid: Grid, header: Header): Map<number, Map<number, Cell>> => {
  const fieldCols = new Set(Object.values(header.fields));
  const money = moneyColumns(header);
  const filled = new Map<number, Map<number, Cell>>();
  for (const m of grid.merges) {
    if (m.rows < 2 || m.row < header.dataRow || !fieldCols.has(m.col)) continue;
    if (money.some((c) => c >= m.col && c < m.col + m.cols)) continue;
    const top = cellAt(grid, m.row, m.col);
    for (let r = m.row + 1; r < m.row + m.rows; r++) {
      const row = filled.get(r) ?? new Map<number, Cell>();
      row.set(m.col, top);
      filled.set(r, row);
    }
  }
  return filled;
};

/** The status a printed report's result text implies (SPEC §10). */
export const statusFromResult = (result: string): Status =>
  NOT_DONE_AT_END.test(normalizeSpaces(result)) ? STATUS.notDone : STATUS.inProgress;

/** `continuation`: a line of the measure above (its title going on under it, SPEC §2.1). */
type RowKind = 'measure' | 'totals' | 'heading' | 'note' | 'continuation';

interface ReadRow {
  readonly kind: RowKind;
  readonly row: number;
  /** The row's text with what merges from above carry into it. */
  readonly text: Record<FieldKey, string>;
  /** The text typed in the row itself. */
  readonly own: Record<FieldKey, string>;
  readonly money: MoneyRow;
  /** The № cell is covered by a merge that starts above the row. */
  readonly numberMerged: boolean;
}

/**
 * «ВСЬОГО …», «Разом …» in the № or title cell, with no term, executor or status typed in the
 * row itself (a value merged down over it aside): «Разом із громадськістю провести толоку» with
 * its own term is a measure.
 */
const isTotalsRow = (text: Record<FieldKey, string>, own: Record<FieldKey, string>): boolean =>
  (TOTALS_ROW.test(text.number) || TOTALS_ROW.test(text.title)) &&
  own.term + own.executor + own.status === '';

/** A line to sign on ("__________"): neither money nor text when telling a note from a measure. */
const SIGNING_LINE = /^[_\s.]*_[_\s.]*$/;
/**
 * What a form prints under a line to sign on: «(підпис)», «підпис», «(підпис, ініціали,
 * прізвище)», «(П.І.Б.)», «М.П.». Like the line itself, no text of a measure.
 */
const SIGNING_MARK =
  /^[([]?\s*(особистий\s+)?(підпис|ініціали|прізвище|п\.?\s*і\.?\s*б\.?|м\.\s*п\.?)(\s*[,;/]?\s*(та|і|й)?\s*(підпис|ініціали|прізвище|ім[’'ʼ]я|п\.?\s*і\.?\s*б\.?|дата)\.?)*\s*[)\]]?$/iu;

/** A line to sign on or a mark under one: a signature's, never a measure's text. */
const isSigningMark = (text: string): boolean => SIGNING_LINE.test(text) || SIGNING_MARK.test(text);
/** A line to fill in ("«___» ________ 2017 р.") or a date ("30.06.2017"): no amount. */
const DATE_LINE = /_{2,}|^\d{1,2}[./]\d{1,2}[./]\d{2,4}(\s*р\.?)?$/;

/**
 * Whether a money cell makes its row a measure (SPEC §2.1: a note or signature under the table
 * has "no money"). Text that cannot be an amount — without a digit (a name, a position, a line to
 * sign on), a date or a date line — does not; the row is told by its other cells, and a measure
 * read so still gets its «не сума» error for the cell.
 */
const isMoney = (m: MoneyCell): boolean => {
  const { amount } = m;
  if (amount.kind === 'empty') return false;
  if (amount.kind !== 'invalid') return true;
  if (amount.reason === 'date') return false;
  return amount.reason !== 'text' || (/\d/.test(amount.shown) && !DATE_LINE.test(amount.shown));
};

const hasMoney = (money: MoneyRow): boolean => {
  for (let i = 0; i < SOURCE_KEYS.length; i++) {
    const { plan, fact } = money[SOURCE_KEYS[i]];
    if (isMoney(plan) || isMoney(fact)) return true;
  }
  return false;
};

/** Text in the number or title cell only (lines to sign on aside), with a letter in it. */
const isHeadingText = (text: Record<FieldKey, string>): boolean => {
  const filled = FIELD_KEYS.filter((key) => text[key] !== '' && !isSigningMark(text[key]));
  return (
    filled.length > 0 &&
    filled.every((key) => key === 'number' || key === 'title') &&
    !(MEASURE_NUMBER.test(text.number) && text.title !== '') &&
    LETTER.test(text.number + text.title)
  );
};

/**
 * Whether the status cell makes the row a measure: a signer's name typed under «Стан
 * виконання» («О. КОВАЛЕНКО»), a line to sign on or «(підпис)» is no status, and leaves the row
 * to be told by its other cells.
 */
const hasStatus = (status: string): boolean =>
  status !== '' &&
  (parseStatus(status) !== null || !(looksLikeName(status) || isSigningMark(status)));

/**
 * What a non-empty row is (SPEC §2.1). Text in the number or title cell only is a group
 * heading, unless it is a measure number with a title (a measure still being filled in); what a
 * merge from above carries into the row (a term merged down through a heading) does not change
 * that. Text in one or two cells without money or status may be a note or a signature.
 */
const kindOf = (
  text: Record<FieldKey, string>,
  own: Record<FieldKey, string>,
  money: MoneyRow,
): RowKind => {
  if (isTotalsRow(text, own)) return 'totals';
  const withMoney = hasMoney(money);
  // A status merged over the row is a measure's, never a heading's.
  if (!withMoney && isHeadingText(own) && !hasStatus(text.status)) return 'heading';
  if (withMoney || hasStatus(text.status)) return 'measure';
  const filled = FIELD_KEYS.filter((key) => text[key] !== '' && !isSigningMark(text[key]));
  if (filled.length > 2 && !isSignatureRow(text, filled)) return 'measure';
  return isHeadingText(text) ? 'heading' : 'note';
};

/**
 * A signature spread over more than two cells: no measure number, a signer's position first
 * («Начальник відділу» in the № or title cell), a name as signed in another cell, and nothing
 * else but dates («30.06.2017», ««___» ______ 2017 р.») — lines to sign on and «(підпис)» are
 * left out of `filled` already. A measure's term or executor that is no name keeps it a measure.
 */
const isSignatureRow = (text: Record<FieldKey, string>, filled: readonly FieldKey[]): boolean => {
  if (MEASURE_NUMBER.test(text.number)) return false;
  const position: FieldKey = text.title === '' ? 'number' : 'title';
  if (!POSITION.test(text[position])) return false;
  let named = false;
  for (const key of filled) {
    if (key === position) continue;
    if (looksLikeName(text[key])) named = true;
    else if (!BARE_DATE.test(text[key]) && !DATE_LINE.test(text[key])) return false;
  }
  return named;
};

/** A date alone ("01.07.2017"): under the table, the date of a note ("Станом на …"). */
const BARE_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/**
 * A signer's position at the start of a title, as a whole word in the nominative: «Начальник
 * відділу…», «В.о. директора» — not «Начальникам відділів подати…», a measure's title.
 */
const POSITION =
  /^(в\.\s*о\.|(перший\s+)?заступник|начальник|директор|голова|міський\s+голова|керівник|секретар)(?![\p{L}'’ʼ-])/iu;

const UPPER = '[А-ЩЬЮЯҐЄІЇ]';
const LOWER = "[а-щьюяґєії'’ʼ-]";
/** A surname, «Коваленко» or «КОВАЛЕНКО». */
const SURNAME = `${UPPER}(${LOWER}+|(${UPPER}|['’ʼ-])+)`;
/** «О. Коваленко», «О.П. КОВАЛЕНКО», «Коваленко О. П.». */
const INITIALS = new RegExp(
  `^(${UPPER}\\.\\s*){1,2}${SURNAME}$|^${SURNAME}\\s+(${UPPER}\\.\\s*){1,2}$`,
);
/** A surname in capitals, «КОВАЛЕНКО» (not an abbreviation like «ЖКГ»). */
const CAPITALS = new RegExp(`^${UPPER}(${UPPER}|['’ʼ-]){3,}$`);
const CAPITALISED = new RegExp(`^${UPPER}${LOWER}+$`);
/** Words that start a department's name, never a person's: «Відділ КУЛЬТУРИ» is no name. */
const UNIT_WORD = /^(відділ|управління|сектор|служба|департамент|центр|комітет|комісія|апарат)/i;

/**
 * A person's name as signed: initials and a surname, or two or three words with the surname
 * in capitals («Ольга КОВАЛЕНКО», «КОВАЛЕНКО Ольга Петрівна»).
 */
const looksLikeName = (text: string): boolean => {
  const name = text.replace(/\s+/g, ' ').trim();
  if (INITIALS.test(name)) return true;
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.some((w) => CAPITALS.test(w)) &&
    words.every((w) => (CAPITALS.test(w) || CAPITALISED.test(w)) && !UNIT_WORD.test(w))
  );
};

/**
 * A row under the table that may be a last measure only begun: a measure number and a title,
 * or a title with a term (not a date alone) or an executor. A title alone is a note or a
 * signature's position, and so is a position with a name under «Виконавець» (SPEC §6.6).
 */
const looksBegun = (text: Record<FieldKey, string>): boolean => {
  const filled = (key: FieldKey): boolean => text[key] !== '' && !isSigningMark(text[key]);
  if (!filled('title')) return false;
  if (MEASURE_NUMBER.test(text.number)) return true;
  if (POSITION.test(text.title.trim()) || looksLikeName(text.executor)) return false;
  return (filled('term') && !BARE_DATE.test(text.term)) || filled('executor');
};

/** The rows whose № or title cell is merged across the columns after the title. */
const mergedAcross = (grid: Grid, header: Header): Set<number> => {
  const { number, title } = header.fields;
  const rows = new Set<number>();
  if (title === undefined) return rows;
  for (const m of grid.merges)
    if ((m.col === number || m.col === title) && m.col + m.cols - 1 > title) rows.add(m.row);
  return rows;
};

/** A measure number and a title, and nothing else in the row. */
const isNumberAndTitle = (text: Record<FieldKey, string>, money: MoneyRow): boolean =>
  MEASURE_NUMBER.test(text.number) &&
  text.title !== '' &&
  text.term + text.executor + text.status + text.result === '' &&
  !hasMoney(money);

/**
 * A measure number and a title alone in a row ("1." | "Інформаційна відкритість"): a group
 * heading when the title runs across the table (merged) or the next row's number is within it
 * ("1.1" under "1."); otherwise a measure still being filled in, checked as one.
 */
const isNumberedHeading = (
  r: ReadRow,
  next: ReadRow | undefined,
  across: ReadonlySet<number>,
): boolean => {
  if (!isNumberAndTitle(r.text, r.money)) return false;
  if (across.has(r.row)) return true;
  return numberedWithin(r.text.number, next);
};

const isBlankRow = (cells: readonly Cell[] | undefined, columns: readonly number[]): boolean => {
  if (cells === undefined) return true;
  for (let i = 0; i < columns.length; i++)
    if (!isBlank(cells[columns[i]] ?? EMPTY_CELL)) return false;
  return true;
};

/** A field's shown text; a value merged down from above stands in the cell it covers. */
const fieldText = (
  cells: readonly Cell[] | undefined,
  fromMerge: ReadonlyMap<number, Cell> | undefined,
  col: number | undefined,
): string =>
  col === undefined ? '' : (fromMerge?.get(col) ?? cells?.[col] ?? EMPTY_CELL).text.trim();

const textOf = (
  cells: readonly Cell[] | undefined,
  fromMerge: ReadonlyMap<number, Cell> | undefined,
  fields: Header['fields'],
): Record<FieldKey, string> => ({
  number: fieldText(cells, fromMerge, fields.number),
  title: fieldText(cells, fromMerge, fields.title),
  term: fieldText(cells, fromMerge, fields.term),
  executor: fieldText(cells, fromMerge, fields.executor),
  status: fieldText(cells, fromMerge, fields.status),
  result: fieldText(cells, fromMerge, fields.result),
});

/**
 * The header's rows (and its «А 1 2 …» row) as typed, column by column: a row inside the table
 * that holds the same labels in the same columns is the header pasted again.
 */
const headerRows = (grid: Grid, header: Header, columns: readonly number[]): string[][] => {
  const rows: string[][] = [];
  for (let r = header.firstRow; r < header.dataRow; r++)
    rows.push(columns.map((c) => cellAt(grid, r, c).text.trim()));
  return rows;
};

/** Every filled cell of the row is the label of a header row in its column, two at least. */
const repeatsHeader = (
  cells: readonly Cell[],
  labels: readonly (readonly string[])[],
  columns: readonly number[],
): boolean =>
  labels.some((label) => {
    let same = 0;
    for (let i = 0; i < columns.length; i++) {
      const text = (cells[columns[i]] ?? EMPTY_CELL).text.trim();
      if (text === '') continue;
      // A measure's first cell already differs: most rows stop here.
      if (text !== label[i]) return false;
      same++;
    }
    return same >= 2;
  });

/** A line that goes on from the one above: a bullet, a dash, or a lower-case start. */
const CONTINUES = /^[·•◦▪‣∙○–—-]|^\p{Ll}/u;

/**
 * Whether a row goes on with the measure right above it (SPEC §2.1): its № cell covered by the
 * measure's merged №, or — unmerged — a title line that starts with a bullet, a dash or a
 * lower-case letter, with at most a result beside it. Neither has a number, money or a status
 * of its own.
 */
const continuesAbove = (r: ReadRow): boolean => {
  const { own } = r;
  if (r.kind === 'totals' || own.number !== '' || own.status !== '' || hasMoney(r.money))
    return false;
  if (isSignature(own)) return false;
  if (r.numberMerged && mayGoOnUnderMergedNumber(own)) return true;
  return own.term === '' && own.executor === '' && CONTINUES.test(own.title);
};

/** A signer's position in the title, or a name in any cell («О. КОВАЛЕНКО»): a signature. */
const isSignature = (own: Record<FieldKey, string>): boolean =>
  POSITION.test(own.title) || FIELD_KEYS.some((key) => own[key] !== '' && looksLikeName(own[key]));

/**
 * A line that a measure's № merged down over it makes that measure's: a title only, that does
 * not read as a heading («Розділ 3», «ІІ. …», «1. Назва», capitals) or a signer's position. The
 * add-on asks for merges on these lines only (`cellsMergesCouldFill`), so both read alike.
 */
const mayGoOnUnderMergedNumber = (own: Record<FieldKey, string>): boolean => {
  const { title } = own;
  if (own.number !== '' || title === '' || own.term + own.executor + own.status !== '')
    return false;
  return !(
    HEADING_START.test(title) ||
    /^\d/.test(title) ||
    inCapitals(title) ||
    POSITION.test(title)
  );
};

/** "1.1" under "1.": the next row's number lies within this one's. */
const numberedWithin = (number: string, next: ReadRow | undefined): boolean => {
  if (next === undefined || !MEASURE_NUMBER.test(number)) return false;
  const within = `${number.replace(/\.$/, '')}.`;
  return next.text.number.startsWith(within) && next.text.number.length > within.length;
};

/** A group's number as a heading or a «Разом …» row writes it: «1», «2.3», «ІІІ». */
const GROUP_NUMBER = /(?<![\p{L}\d])(\d+(?:\.\d+)*|[IVXІХ]+)(?![\p{L}\d])/gu;
/** «Розділ 3.», «Напрям 2. Електронне урядування», «ІІІ», «1. Відкритість». */
const HEADING_START = new RegExp(
  `^((розділ|напрям|завдання|підпрограма|пріоритет)\\s|[IVXІХ]+\\.?(\\s|$))`,
  'iu',
);
/** A «Разом …» row that names a group rather than the table. */
const GROUP_WORD = /напрям|завдан|пункт|груп|підпрограм|пріоритет/i;

const headingLabel = (own: Record<FieldKey, string>): string =>
  [own.number, own.title].filter((t) => t !== '').join(' ');

/** The number a heading gives its group: «1. Відкритість» → «1», «Напрям 2. …» → «2». */
const headingNumber = (own: Record<FieldKey, string>): string => {
  const label = headingLabel(own).replace(HEADING_START, (m) => (/^[IVXІХ]/u.test(m) ? m : ''));
  const m = /^(\d+(?:\.\d+)*|[IVXІХ]+)\.?(?=\s|$)/u.exec(label.trim());
  return m ? m[1] : '';
};

/** Written in capitals, as headings often are: «ЕЛЕКТРОННЕ УРЯДУВАННЯ». */
const inCapitals = (text: string): boolean => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** Number or title and sums, nothing else: a heading with its group's sums, or a measure begun. */
const isSumsRow = (r: ReadRow): boolean => {
  const { own, text } = r;
  return (
    r.kind === 'measure' &&
    own.term + own.executor + own.status + own.result === '' &&
    // A measure's number («2», «2.1»; not a heading's «2.») with a term, executor or status merged
    // down over it from the measure above: a measure of that group.
    !(PLAIN_NUMBER.test(own.number) && text.term + text.executor + text.status !== '') &&
    LETTER.test(own.number + own.title) &&
    hasMoney(r.money)
  );
};

/** The sum of the group's rows for one source and side (the group's measures read so far). */
const sumOf = (rows: readonly ReadRow[], source: SourceKey, side: Side): number | null => {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const amount = rowAmount(rows[i].money, source, side);
    // An empty cell under it is no 0: sums «agreeing» with it prove nothing.
    if (amount === null) return null;
    sum += amount;
  }
  return sum;
};

/** The measures under row `i` up to the next heading, ВСЬОГО or row of sums. */
const groupBelow = (rows: readonly ReadRow[], i: number): ReadRow[] => {
  const group: ReadRow[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j];
    if (r.kind === 'heading' || r.kind === 'totals' || isSumsRow(r)) break;
    if (r.kind === 'measure') group.push(r);
  }
  return group;
};

/** Every amount typed on the row equals its group's sum. */
const sumsAgree = (r: ReadRow, group: readonly ReadRow[]): boolean => {
  if (group.length === 0) return false;
  for (const source of SOURCE_KEYS)
    for (const side of ['plan', 'fact'] as const) {
      const typed = r.money[source][side].amount;
      if (typed.kind === 'empty') continue;
      if (typed.kind !== 'amount' || typed.hryvnias !== sumOf(group, source, side)) return false;
    }
  return true;
};

/**
 * A row of a number or title and sums only (SPEC §2.1, no term, executor or status) is a group
 * heading carrying its group's sums when it reads as a heading — merged across, numbered over
 * the next row («2.» over «2.1»), in capitals, «Розділ 3», a Roman numeral — or when its sums
 * are those of the measures under it; otherwise a measure with only its sums typed yet.
 */
const isHeadingWithSums = (
  rows: readonly ReadRow[],
  i: number,
  across: ReadonlySet<number>,
): boolean => {
  const r = rows[i];
  if (!isSumsRow(r)) return false;
  const { own } = r;
  if (across.has(r.row) || numberedWithin(own.number, rows[i + 1])) return true;
  if (inCapitals(own.title || own.number) || HEADING_START.test(headingLabel(own))) return true;
  return sumsAgree(r, groupBelow(rows, i));
};

/** A measure being put together: its first row, and the lines of the rows that go on with it. */
interface Draft {
  readonly r: ReadRow;
  readonly text: Record<FieldKey, string>;
  joinedTerm: boolean;
  lastRow: number;
}

const CONTINUED_FIELDS: readonly FieldKey[] = ['title', 'term', 'executor', 'result'];

/** A continuation's own lines join the measure's, each on a line of its own. */
const continueDraft = (draft: Draft, r: ReadRow): void => {
  for (const key of CONTINUED_FIELDS) {
    const line = r.own[key];
    if (line === '') continue;
    draft.text[key] = draft.text[key] === '' ? line : `${draft.text[key]}\n${line}`;
    if (key === 'term') draft.joinedTerm = true;
  }
  draft.lastRow = r.row;
};

/**
 * Amount cells merged down over two measures or more: the sum is counted once, for the first
 * (SPEC §2.1 spreads text only); the person is told (`shared-sum`). Merges of one span are one.
 */
const sharedSums = (
  grid: Grid,
  header: Header,
  measures: readonly Measure[],
  money: readonly number[],
): SharedSum[] => {
  const candidates = grid.merges.filter(
    (m) => m.rows > 1 && m.row >= header.dataRow && money.includes(m.col),
  );
  if (candidates.length === 0) return [];
  const index = new Map(measures.map((m, i) => [m.row, i]));
  const spans = new Map<
    string,
    { row: number; rows: number; cols: number[]; measures: number[] }
  >();
  for (const m of candidates) {
    const covered: number[] = [];
    for (let r = m.row; r < m.row + m.rows; r++) {
      const i = index.get(r);
      if (i !== undefined) covered.push(i);
    }
    if (covered.length < 2) continue;
    const key = `${m.row}:${m.rows}`;
    const span = spans.get(key) ?? { row: m.row, rows: m.rows, cols: [], measures: covered };
    span.cols.push(m.col);
    spans.set(key, span);
  }
  return [...spans.values()]
    .map((s) => ({ ...s, cols: s.cols.sort((a, b) => a - b) }))
    .sort((a, b) => a.row - b.row);
};

/** The heading a «Разом по напряму 1» row names by its number, if the table has it. */
const namedHeading = (
  label: string,
  opened: readonly { readonly number: string; readonly from: number }[],
): { readonly number: string; readonly from: number } | undefined => {
  const numbers = new Set([...label.matchAll(GROUP_NUMBER)].map((m) => m[1]));
  for (let i = opened.length - 1; i >= 0; i--)
    if (opened[i].number !== '' && numbers.has(opened[i].number)) return opened[i];
  return undefined;
};

export const readMeasures = (grid: Grid, header: Header, defaultYear: number): MeasureTable => {
  const money = moneyColumns(header);
  const columns = [...Object.values(header.fields), ...money];
  const merged = mergedDown(grid, header);
  const { fields } = header;
  const readMoney = moneyReader(header);
  const labels = headerRows(grid, header, columns);
  const rows: ReadRow[] = [];
  const repeatedHeaders: RepeatedHeader[] = [];
  for (let row = header.dataRow; row < grid.rows.length; row++) {
    const cells = grid.rows[row];
    if (isBlankRow(cells, columns)) continue;
    if (repeatsHeader(cells, labels, columns)) {
      const last = repeatedHeaders[repeatedHeaders.length - 1];
      if (last !== undefined && last.last === row - 1) repeatedHeaders.pop();
      repeatedHeaders.push({ first: last?.last === row - 1 ? last.first : row, last: row });
      continue;
    }
    const fromMerge = merged.get(row);
    const own = textOf(cells, undefined, fields);
    const text = fromMerge === undefined ? own : textOf(cells, fromMerge, fields);
    const moneyRow = readMoney(cells);
    rows.push({
      kind: kindOf(text, own, moneyRow),
      row,
      text,
      own,
      money: moneyRow,
      numberMerged: fields.number !== undefined && fromMerge?.has(fields.number) === true,
    });
  }
  const across = mergedAcross(grid, header);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'note' && isNumberedHeading(r, rows[i + 1], across))
      rows[i] = { ...r, kind: 'heading' };
  }
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const above = rows[i - 1];
    if (
      above.row === r.row - 1 &&
      (above.kind === 'measure' || above.kind === 'continuation') &&
      continuesAbove(r)
    )
      rows[i] = { ...r, kind: 'continuation' };
  }
  // Headings with their group's sums, told once the rows under them are known.
  const withSums = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    // A row that a line goes on from is a measure, its title in two rows.
    if (rows[i + 1]?.kind === 'continuation' || !isHeadingWithSums(rows, i, across)) continue;
    rows[i] = { ...rows[i], kind: 'heading' };
    withSums.add(i);
  }
  // Headings and notes after the last measure are under the table: they end it. Before it, a
  // "note" is a measure with most cells empty, and is checked as one.
  let last = rows.length - 1;
  while (last >= 0 && rows[last].kind !== 'measure' && rows[last].kind !== 'continuation') last--;
  const drafts: Draft[] = [];
  const continued: number[] = [];
  const declared: DeclaredTotals[] = [];
  const groupSums: GroupSums[] = [];
  const headings: Heading[] = [];
  const notes: number[] = [];
  const begun: number[] = [];
  // Where the current group's measures start, and the headings so far with theirs.
  let groupFrom = 0;
  const opened: { number: string; from: number }[] = [];
  let open: { row: number; label: string; money: MoneyRow; number: string; from: number } | null =
    null;
  const closeOpen = (): void => {
    if (open === null) return;
    const { row, label, money: sums, from } = open;
    groupSums.push({ kind: 'heading', row, label, money: sums, from, to: drafts.length });
    open = null;
  };
  // A «Разом …» naming a group is a group's wherever it stands; a ВСЬОГО with no measure after
  // it is the table's, whatever totals rows follow (the add-on's own, under a group's «Разом»).
  const isSubtotal = (i: number, label: string, from: number): boolean => {
    if (GROUP_WORD.test(label)) return true;
    if (drafts.length === from) return false;
    if (i < last) return true;
    if (TABLE_TOTALS.test(label)) return false;
    for (let j = i + 1; j < rows.length; j++) if (rows[j].kind === 'totals') return true;
    return false;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'continuation' && drafts.length > 0) {
      continueDraft(drafts[drafts.length - 1], r);
      continued.push(r.row);
      continue;
    }
    if (r.kind === 'totals') {
      const label = [r.text.number, r.text.title].filter((t) => t !== '').join(' ');
      const from = namedHeading(label, opened)?.from ?? groupFrom;
      closeOpen();
      if (isSubtotal(i, label, from)) {
        groupSums.push({
          kind: 'subtotal',
          row: r.row,
          label,
          money: r.money,
          from,
          to: drafts.length,
        });
        if (i > last) notes.push(r.row);
      } else declared.push({ row: r.row, money: r.money });
      groupFrom = drafts.length;
      continue;
    }
    if (i > last) {
      notes.push(r.row);
      if (looksBegun(r.text)) begun.push(r.row);
      continue;
    }
    if (r.kind === 'heading') {
      const number = headingNumber(r.own);
      // A heading numbered within the open one («1.1» under «1.») is part of its group, and so
      // is one before any of its measures (an unnumbered sub-heading under «ЕЛЕКТРОННЕ …»).
      if (
        open !== null &&
        drafts.length > open.from &&
        !(open.number !== '' && number.startsWith(`${open.number}.`))
      )
        closeOpen();
      const label = headingLabel(r.own);
      headings.push({ row: r.row, text: label });
      opened.push({ number, from: drafts.length });
      if (withSums.has(i)) {
        closeOpen();
        open = { row: r.row, label, money: r.money, number, from: drafts.length };
      }
      groupFrom = drafts.length;
      continue;
    }
    drafts.push({ r, text: { ...r.text }, joinedTerm: false, lastRow: r.row });
  }
  closeOpen();
  const termCol = header.fields.term;
  const noStatusColumn = header.fields.status === undefined;
  // A table repeats a handful of statuses and terms ("Впродовж року", "І квартал") over
  // thousands of rows: each distinct text is parsed once. The maps live for this one read, as
  // a term's year is this table's.
  const statuses = new Map<string, Status | null>();
  const statusOf = (text: string): Status | null => {
    let status = statuses.get(text);
    if (status === undefined) {
      status = parseStatus(text);
      statuses.set(text, status);
    }
    return status;
  };
  const terms = new Map<string, TermResult>();
  const termOf = (cell: Cell): TermResult => {
    if (typeof cell.value !== 'string') return parseTerm(cell, defaultYear);
    const key = cell.value || cell.text;
    let term = terms.get(key);
    if (term === undefined) {
      term = parseTerm(cell, defaultYear);
      terms.set(key, term);
    }
    return term;
  };
  const measures: Measure[] = drafts.map(({ r, text: read, joinedTerm }) => {
    const text =
      noStatusColumn && header.layout === 'pairs'
        ? { ...read, status: STATUS_LABELS[statusFromResult(read.result)] }
        : read;
    const termCell = joinedTerm
      ? partCell(text.term)
      : termCol === undefined
        ? EMPTY_CELL
        : (merged.get(r.row)?.get(termCol) ?? cellAt(grid, r.row, termCol));
    return {
      row: r.row,
      text,
      status: statusOf(text.status),
      term: termOf(termCell),
      money: r.money,
    };
  });
  return {
    measures,
    declared,
    groupSums,
    sharedSums: sharedSums(grid, header, measures, money),
    repeatedHeaders,
    continued,
    lastRow: drafts.length === 0 ? header.dataRow - 1 : drafts[drafts.length - 1].lastRow,
    headings,
    notes,
    begun,
  };
};

/** A 0-based cell of the grid. */
export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/**
 * The cells a value merged down from above could fill: a measure's title, term, executor or
 * status that reads as empty, below the first data row (SPEC §2.1: a merged value belongs to every
 * row it covers, and Sheets hands it to the top row only). A measure's number and title alone
 * right under a measure (or under such a row) count too: read without merges they are a note
 * under the table, with the rest merged down from above they are a measure. Headings and
 * signatures do not: a merge is what makes a heading span the row, never what fills its cells —
 * except the № cell of a title-only line right under a measure that does not read as a heading
 * («Розділ 3», «ІІ. …», capitals): covered by the measure's merged №, it is that measure's
 * title going on. And, when merges are read for one of those, the amount cells of a measure
 * without any right under one with sums: a sum merged over both is counted once, and the person
 * is told. A reader that pays for each
 * merge it reads (Apps Script: a call per merge) asks for the data rows' merges only where
 * these lie; everywhere else a merge could change nothing that is checked.
 */
export const cellsMergesCouldFill = (grid: Grid, header: Header): CellAt[] => {
  const table = readMeasures(grid, header, 0);
  const emptyIn = (row: number, isEmpty: (key: FieldKey, col: number) => boolean): CellAt[] =>
    REQUIRED_FIELDS.flatMap((key) => {
      const col = header.fields[key];
      return col !== undefined && isEmpty(key, col) ? [{ row, col }] : [];
    });
  // Nothing merges down onto the first data row, but a number and a title alone there may have
  // the title merged across, which makes the row a group heading.
  const cells = table.measures.flatMap((m) =>
    m.row > header.dataRow || isNumberAndTitle(m.text, m.money)
      ? emptyIn(m.row, (key) => m.text[key] === '')
      : [],
  );
  // Merges run down contiguous rows from a measure: a note row can only be covered when the
  // row above it is a measure or is covered itself.
  const reach = new Set(table.measures.map((m) => m.row));
  const numberCol = header.fields.number;
  const titleCol = header.fields.title;
  const numbered = (row: number): boolean =>
    numberCol !== undefined &&
    titleCol !== undefined &&
    MEASURE_NUMBER.test(cellAt(grid, row, numberCol).text.trim()) &&
    cellAt(grid, row, titleCol).text.trim() !== '';
  for (const row of table.notes) {
    if (!reach.has(row - 1) || !numbered(row)) continue;
    const empty = emptyIn(row, (_, col) => cellAt(grid, row, col).text.trim() === '');
    if (empty.length === 0) continue;
    reach.add(row);
    cells.push(...empty);
  }
  // A title-only line under a measure (a heading inside the table, a note under it).
  const above = new Set([...table.measures.map((m) => m.row), ...table.continued]);
  for (const row of [...table.headings.map((h) => h.row), ...table.notes]) {
    if (numberCol === undefined || titleCol === undefined || !above.has(row - 1)) continue;
    const own = textOf(grid.rows[row], undefined, header.fields);
    if (!mayGoOnUnderMergedNumber(own)) continue;
    cells.push({ row, col: numberCol });
  }
  // Only when merges are asked for anyway: on its own, a measure without sums under one with
  // sums is common, and the warning is not worth a call on every check (the sum counts once
  // either way).
  if (cells.length === 0) return cells;
  const money = moneyColumns(header);
  const blank = (row: number): boolean => money.every((col) => isBlank(cellAt(grid, row, col)));
  for (let i = 1; i < table.measures.length; i++) {
    const { row } = table.measures[i];
    if (table.measures[i - 1].row !== row - 1 || !blank(row) || blank(row - 1)) continue;
    cells.push(...money.map((col) => ({ row, col })));
  }
  return cells;
};
