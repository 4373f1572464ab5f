// The report as plain readonly data: every renderer (Google Docs, .docx, HTML preview) turns
// this same model into its format. Core layer.

/** One header cell placed on the header grid (0-based), with its spans. */
export interface HeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** The label's font size: the table's size, or smaller where its longest word would not fit. */
  readonly sizePt: number;
}

export interface ReportRow {
  /** Exactly `columns.length` texts; line breaks inside a text are '\n'. */
  readonly cells: readonly string[];
  /**
   * A group heading inside the table ("1. Інформаційна відкритість", SPEC §2.1): printed as
   * one cell across the whole table with `cells[0]` as its text; the other cells are ''.
   */
  readonly heading?: boolean;
}

export interface ReportColumn {
  /** Width as a share of the table width; the shares add up to 1. */
  readonly share: number;
  readonly align: 'left' | 'center';
}

export interface SignatureBlock {
  readonly position: string;
  readonly name: string;
  /** The line to sign on, between the position and the name. */
  readonly line: string;
  /** The date line under the signature, e.g. "«___» ____________ 20__ р." */
  readonly dateLine: string;
}

/** A paragraph's alignment, first-line indent and space above and below it, in points. */
export interface ParagraphLook {
  readonly align: 'left' | 'justified';
  readonly firstLineIndentPt: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
}

/** Printed on every page of a report made despite errors (`zvit report --force`). */
export const DRAFT_MARK = 'ЧЕРНЕТКА — містить помилки, не для підпису';

export interface ReportModel {
  /** Made despite errors: every page says so (DRAFT_MARK). */
  readonly draft: boolean;
  /** "{Номер розділу} {Назва розділу} — {Звітний період}" (Google Doc name, .docx file stem). */
  readonly documentName: string;
  /** The title, one paragraph, 14 pt bold centred. */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  /** The merged header (4 rows for the template layout). */
  readonly headerRowCount: number;
  readonly header: readonly HeaderCell[];
  /** The "А 1 2 … 10" row, repeated with the header. */
  readonly columnNumbers: readonly string[];
  readonly rows: readonly ReportRow[];
  /** The totals row: `label` spans the first `labelSpan` columns, then the remaining cells. */
  readonly totals: {
    readonly label: string;
    readonly labelSpan: number;
    readonly cells: readonly string[];
  };
  /** Summary paragraphs after the table, in the words of the reference narrative. */
  readonly summary: readonly string[];
  readonly signature: SignatureBlock;
  readonly page: {
    readonly size: 'A4';
    readonly orientation: 'landscape';
    readonly font: 'Times New Roman';
    readonly titleSizePt: number;
    readonly tableSizePt: number;
    readonly textSizePt: number;
    /** The page, in points (1/72 inch). */
    readonly widthPt: number;
    readonly heightPt: number;
    readonly margins: {
      readonly topPt: number;
      readonly rightPt: number;
      readonly bottomPt: number;
      readonly leftPt: number;
    };
    /** First-line indent of the summary paragraphs, in points. */
    readonly firstLineIndentPt: number;
    /** How a programme's section heading is set (SPEC §7); bold and kept with what follows. */
    readonly sectionHeading: ParagraphLook;
  };
}
