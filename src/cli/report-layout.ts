// What a report's .docx takes from the model's layout, in docx's units, for the docx Document
// (docx-document.ts) and for the stamping (render-docx.ts) alike. Node adapter layer.
import { HEADER_PADDING_PT, textWidthPt } from '../core/layout';
import type { ProgrammeReport } from '../core/programme-report';
import type { ReportModel } from '../core/report-model';

/** Twips (1/20 pt), docx's unit for page and table sizes. */
export const twips = (pt: number): number => Math.round(pt * 20);

/** 1 mm each side in body cells; header labels get HEADER_PADDING_PT so "держбюджету" fits. */
export const CELL_PADDING = 57;
export const HEADER_PADDING = twips(HEADER_PADDING_PT);

export const halfPoints = (pt: number): number => pt * 2;

/** The table's width in twips. */
export const tableWidth = (model: ReportModel): number => twips(textWidthPt(model.page));

/**
 * Everything of a report's look that its texts do not change: a template built for one layout
 * serves every report of that layout.
 */
export const layoutOf = (model: ReportModel) => ({
  columns: model.columns,
  headerRowCount: model.headerRowCount,
  header: model.header,
  columnNumbers: model.columnNumbers,
  totals: {
    label: model.totals.label,
    labelSpan: model.totals.labelSpan,
    cells: model.totals.cells.length,
  },
  signature: { line: model.signature.line, dateLine: model.signature.dateLine },
  page: model.page,
});

export type ReportLayout = ReturnType<typeof layoutOf>;

/** One key per layout, to find its template. */
export const layoutKey = (model: ReportModel): string => JSON.stringify(layoutOf(model));

/** The layout a programme's document is built in: its page and signature, its tables' look. */
export const programmeLayout = (report: ProgrammeReport): ReportModel => ({
  ...report.sections[0].table,
  page: report.page,
  signature: report.signature,
});

/** The package's properties: the document's name and when it was made. */
export const CORE_PART = 'docProps/core.xml';
/** When a document was made: docx writes the time it builds it, which a template leaves empty. */
export const CORE_TIMES = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/** The package's application properties, where a report says Zvit wrote it. */
export const APP_PART = 'docProps/app.xml';
/**
 * What Zvit writes as the application in APP_PART, uncompressed, so that `--out` can tell its
 * own report from a person's document by the bytes. Word or LibreOffice saving the file write
 * their own name there: an edited report is no longer replaced without asking.
 */
export const ZVIT_APPLICATION = '<Application>Zvit</Application>';

/** APP_PART as docx writes it, with ZVIT_APPLICATION in it. */
export const markApplication = (xml: string): string =>
  xml.replace(/<Properties\b([^>]*?)\s*\/>/, `<Properties$1>${ZVIT_APPLICATION}</Properties>`);

/** Whether a file's bytes are a report Zvit wrote and nobody saved since. */
export const isZvitReport = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ZVIT_APPLICATION);

/** Texts no report contains: they mark where the template puts a report's texts. */
export const MARK = {
  documentName: 'ZVITDOCUMENTNAMEMARK',
  title: 'ZVITTITLEMARK',
  sectionHeading: 'ZVITSECTIONHEADINGMARK',
  narrative: 'ZVITNARRATIVEMARK',
  sectionSummary: 'ZVITSECTIONSUMMARYMARK',
  closing: 'ZVITCLOSINGMARK',
  position: 'ZVITPOSITIONMARK',
  name: 'ZVITNAMEMARK',
  headingRow: 'ZVITHEADINGMARK',
  cell: (c: number): string => `ZVITCELL${c}MARK`,
  total: (c: number): string => `ZVITTOTAL${c}MARK`,
} as const;

/**
 * A report's .docx with a mark for every text (MARK): a programme of one section with one
 * narrative paragraph, one body row and one heading row, one summary line of its own and one of
 * the programme. Every report of its layout is cut from it.
 */
export interface ReportTemplate {
  /** `layoutKey` of the layout it was built for. */
  readonly layout: string;
  readonly draft: boolean;
  /** The package's parts by path, in order; all of them XML. */
  readonly parts: readonly (readonly [string, string])[];
}

/** Finds a report's template among `templates` (built beforehand), by layout and draft. */
export const templateLookup =
  (templates: readonly ReportTemplate[]) =>
  (layout: ReportModel, draft: boolean): ReportTemplate => {
    const key = layoutKey(layout);
    const found = templates.find((t) => t.draft === draft && t.layout === key);
    if (!found) throw new Error('No .docx template was built for this report layout.');
    return found;
  };
