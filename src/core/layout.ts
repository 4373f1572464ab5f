// The report's page layout, shared by every renderer: the A4 landscape page and its margins,
// the summary's first-line indent, how a section heading is set, the line to sign on, and
// header label sizes that fit their columns. Renderers convert these points to their own
// units. Core layer.
import type { HeaderCell, ReportColumn, ReportModel } from './report-model';

/** A4 landscape in points; margins 2 cm left, 1.5 cm elsewhere; a 1.25 cm paragraph indent. */
export const REPORT_PAGE: ReportModel['page'] = {
  size: 'A4',
  orientation: 'landscape',
  font: 'Times New Roman',
  titleSizePt: 14,
  tableSizePt: 10,
  textSizePt: 14,
  widthPt: 841.89,
  heightPt: 595.28,
  margins: { topPt: 42.5, rightPt: 42.5, bottomPt: 42.5, leftPt: 56.7 },
  firstLineIndentPt: 35.45,
  // Seed 002 starts the heading where its narrative paragraphs start: a paragraph of the text,
  // justified with the same indent, set apart from the section before it.
  sectionHeading: {
    align: 'justified',
    firstLineIndentPt: 35.45,
    spaceBeforePt: 12,
    spaceAfterPt: 6,
  },
};

/** Fifteen underscores: fits the middle fifth of the signature row at 14 pt. */
export const SIGNATURE_LINE = '_______________';

/** Left and right padding of a header label inside its cell, in points. */
export const HEADER_PADDING_PT = 1;
/** A header label is set smaller, down to this, rather than break a word inside it. */
export const MIN_HEADER_PT = 8;
/** Average width of a Times New Roman letter, in ems (Cyrillic text, generous). */
export const LETTER_EM = 0.5;

/** Times New Roman advance widths in ems, roughly: wide, narrow, and the rest at LETTER_EM. */
const letterEm = (ch: string): number => {
  if ('жшщюмфЖШЩЮМФ'.includes(ch)) return 0.72;
  if ("іїІЇ.,:;()!'’ ".includes(ch)) return 0.28;
  if ('есєгзтрЕСЄГЗТ'.includes(ch)) return 0.45;
  return LETTER_EM;
};

/** The width the table takes: the page less its left and right margins, in points. */
export const textWidthPt = (page: ReportModel['page']): number =>
  page.widthPt - page.margins.leftPt - page.margins.rightPt;

/**
 * The size at which the longest word of a header label fits its cell: the table's size, or
 * smaller in half points for labels like "держбюджету" over a narrow money column.
 */
export const headerLabelSizePt = (text: string, widthPt: number, sizePt: number): number => {
  const widestEm = Math.max(
    0,
    ...text.split(/\s+/).map((word) => [...word].reduce((em, ch) => em + letterEm(ch), 0)),
  );
  const room = widthPt - 2 * HEADER_PADDING_PT;
  const fits = Math.floor((2 * room) / widestEm) / 2;
  return Math.max(MIN_HEADER_PT, Math.min(sizePt, fits));
};

/** The header cells with the size each label is printed at. */
export const sizedHeader = (
  header: readonly Omit<HeaderCell, 'sizePt'>[],
  columns: readonly ReportColumn[],
  page: ReportModel['page'],
): HeaderCell[] =>
  header.map((h) => {
    const share = columns.slice(h.col, h.col + h.colSpan).reduce((sum, c) => sum + c.share, 0);
    return { ...h, sizePt: headerLabelSizePt(h.text, share * textWidthPt(page), page.tableSizePt) };
  });
