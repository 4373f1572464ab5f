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

export interface MeasureTable {
  readonly measures: readonly Measure[];
  readonly declared: readonly DeclaredTotals[];
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
/** A bare measure number: "7", "4.1", "12." */
const MEASURE_NUMBER = /^\d+(\.\d+)*\.?$/;
const LETTER = /\p{L}/u;
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

type RowKind = 'measure' | 'totals' | 'heading' | 'note';

interface ReadRow {
  readonly kind: RowKind;
  readonly row: number;
  readonly text: Record<FieldKey, string>;
  readonly money: MoneyRow;
}

/** A line to sign on ("__________"): neither money nor text when telling a note from a measure. */
const SIGNING_LINE = /^[_\s.]*_[_\s.]*$/;
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

/**
 * What a non-empty row is (SPEC §2.1). Text in the number or title cell only is a group
 * heading, unless it is a measure number with a title (a measure still being filled in).
 * Text in one or two cells without money or status may be a note or a signature.
 */
const kindOf = (text: Record<FieldKey, string>, money: MoneyRow): RowKind => {
  if (TOTALS_ROW.test(text.number) || TOTALS_ROW.test(text.title)) return 'totals';
  if (hasMoney(money) || text.status !== '') return 'measure';
  const filled = FIELD_KEYS.filter((key) => text[key] !== '' && !SIGNING_LINE.test(text[key]));
  if (filled.length > 2) return 'measure';
  const headingCells = filled.every((key) => key === 'number' || key === 'title');
  const numbered = MEASURE_NUMBER.test(text.number) && text.title !== '';
  if (headingCells && !numbered && LETTER.test(text.number + text.title)) return 'heading';
  return 'note';
};

/** A date alone ("01.07.2017"): under the table, the date of a note ("Станом на …"). */
const BARE_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/** A signer's position at the start of a title: «Начальник відділу…», «В.о. директора». */
const POSITION =
  /^(в\.\s*о\.|(перший\s+)?заступник|начальник|директор|голова|міський\s+голова|керівник|секретар)/i;

const UPPER = '[А-ЩЬЮЯҐЄІЇ]';
const LOWER = "[а-щьюяґєії'’ʼ-]";
/** «О. Коваленко», «О.П. Коваленко», «Коваленко О. П.». */
const INITIALS = new RegExp(
  `^(${UPPER}\\.\\s*){1,2}${UPPER}${LOWER}+$|^${UPPER}${LOWER}+\\s+(${UPPER}\\.\\s*){1,2}$`,
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
  const filled = (key: FieldKey): boolean => text[key] !== '' && !SIGNING_LINE.test(text[key]);
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
  const { number } = r.text;
  const within = `${number.replace(/\.$/, '')}.`;
  return (
    next !== undefined &&
    next.text.number.startsWith(within) &&
    next.text.number.length > within.length
  );
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

export const readMeasures = (grid: Grid, header: Header, defaultYear: number): MeasureTable => {
  const money = moneyColumns(header);
  const columns = [...Object.values(header.fields), ...money];
  const merged = mergedDown(grid, header);
  const { fields } = header;
  const readMoney = moneyReader(header);
  const rows: ReadRow[] = [];
  for (let row = header.dataRow; row < grid.rows.length; row++) {
    const cells = grid.rows[row];
    if (isBlankRow(cells, columns)) continue;
    const fromMerge = merged.get(row);
    const text: Record<FieldKey, string> = {
      number: fieldText(cells, fromMerge, fields.number),
      title: fieldText(cells, fromMerge, fields.title),
      term: fieldText(cells, fromMerge, fields.term),
      executor: fieldText(cells, fromMerge, fields.executor),
      status: fieldText(cells, fromMerge, fields.status),
      result: fieldText(cells, fromMerge, fields.result),
    };
    const moneyRow = readMoney(cells);
    rows.push({ kind: kindOf(text, moneyRow), row, text, money: moneyRow });
  }
  const across = mergedAcross(grid, header);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'note' && isNumberedHeading(r, rows[i + 1], across))
      rows[i] = { ...r, kind: 'heading' };
  }
  // Headings and notes after the last measure are under the table: they end it. Before it, a
  // "note" is a measure with most cells still empty, and is checked as one.
  let last = rows.length - 1;
  while (last >= 0 && rows[last].kind !== 'measure') last--;
  const measures: Measure[] = [];
  const declared: DeclaredTotals[] = [];
  const headings: Heading[] = [];
  const notes: number[] = [];
  const begun: number[] = [];
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
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'totals') declared.push({ row: r.row, money: r.money });
    else if (i > last) {
      notes.push(r.row);
      if (looksBegun(r.text)) begun.push(r.row);
    }
    if (i > last || r.kind === 'totals') continue;
    if (r.kind === 'heading') {
      headings.push({
        row: r.row,
        text: [r.text.number, r.text.title].filter((t) => t !== '').join(' '),
      });
      continue;
    }
    const text =
      noStatusColumn && header.layout === 'pairs'
        ? { ...r.text, status: STATUS_LABELS[statusFromResult(r.text.result)] }
        : r.text;
    const termCell =
      termCol === undefined
        ? EMPTY_CELL
        : (merged.get(r.row)?.get(termCol) ?? cellAt(grid, r.row, termCol));
    measures.push({
      row: r.row,
      text,
      status: statusOf(text.status),
      term: termOf(termCell),
      money: r.money,
    });
  }
  return { measures, declared, headings, notes, begun };
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
 * signatures do not: a merge is what makes a heading span the row, never what fills its cells. A reader that pays for each merge it reads (Apps Script: a call per merge) asks
 * for the data rows' merges only where these lie; everywhere else a merge could change nothing
 * that is checked.
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
  return cells;
};
