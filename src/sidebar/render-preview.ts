// The report as an HTML table, from the same ReportModel the Google Doc and the .docx are
// built from: title, merged header, "А 1 … 10", rows, totals, summary, signature.
// Sidebar layer.
import type { ReportModel } from '../core/report-model';
import { el, lines } from './dom';

/** Wide enough that the eleven columns keep the report's proportions; the box scrolls. */
const TABLE_WIDTH_PX = 960;

export interface PreviewOptions {
  /** Fit the window's width (the wide window) instead of scrolling sideways (the sidebar). */
  readonly fit?: boolean;
}

const widthStyle = (options: PreviewOptions): string =>
  options.fit ? 'width: 100%' : `width: ${TABLE_WIDTH_PX}px`;

const cellStyle = (model: ReportModel, col: number): Record<string, string> => ({
  class: model.columns[col]?.align === 'left' ? 'left' : 'center',
});

const renderTable = (model: ReportModel, options: PreviewOptions): HTMLTableElement => {
  const colgroup = el(
    'colgroup',
    {},
    ...model.columns.map((c) => el('col', { style: `width: ${(c.share * 100).toFixed(1)}%` })),
  );
  const head = el('thead');
  for (let row = 0; row < model.headerRowCount; row++) {
    const tr = el('tr');
    for (const h of model.header.filter((cell) => cell.row === row).sort((a, b) => a.col - b.col)) {
      const th = el('th', { scope: h.colSpan > 1 ? 'colgroup' : 'col' }, ...lines(h.text));
      th.rowSpan = h.rowSpan;
      th.colSpan = h.colSpan;
      tr.append(th);
    }
    head.append(tr);
  }
  head.append(
    el(
      'tr',
      { class: 'numbers' },
      ...model.columnNumbers.map((n) => el('th', { scope: 'col' }, n)),
    ),
  );
  const body = el(
    'tbody',
    {},
    ...model.rows.map((row) => {
      if (!row.heading)
        return el(
          'tr',
          {},
          ...row.cells.map((text, col) => el('td', cellStyle(model, col), ...lines(text))),
        );
      // A group heading: one bold cell across the whole table.
      const cell = el('td', { class: 'left' }, ...lines(row.cells[0] ?? ''));
      cell.colSpan = model.columns.length;
      return el('tr', { class: 'heading' }, cell);
    }),
  );
  const label = el('th', { scope: 'row', class: 'left' }, model.totals.label);
  label.colSpan = model.totals.labelSpan;
  const totals = el(
    'tfoot',
    {},
    el(
      'tr',
      { class: 'totals' },
      label,
      ...model.totals.cells.map((text) => el('td', { class: 'center' }, text)),
    ),
  );
  return el('table', { class: 'report', style: widthStyle(options) }, colgroup, head, body, totals);
};

export const renderPreview = (model: ReportModel, options: PreviewOptions = {}): HTMLElement =>
  el(
    'div',
    options.fit
      ? { class: 'preview-fit' }
      : {
          class: 'preview-scroll',
          tabindex: '0',
          role: 'region',
          'aria-label': 'Звіт (прокручується вбік)',
        },
    el(
      'div',
      { class: 'paper', style: widthStyle(options) },
      // In the sidebar the preview sits under its own heading; in the window it is the page.
      el(options.fit ? 'h2' : 'h3', { class: 'report-title' }, model.title),
      renderTable(model, options),
      ...model.summary.map((p) => el('p', { class: 'report-text' }, p)),
      el(
        'div',
        { class: 'signature' },
        el('span', { class: 'position' }, model.signature.position),
        el('span', { class: 'sign-line', 'aria-hidden': 'true' }),
        el('span', { class: 'name' }, model.signature.name),
      ),
      el('p', { class: 'date-line' }, model.signature.dateLine),
    ),
  );
