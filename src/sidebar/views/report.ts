// The result of "Сформувати звіт": the Doc's link and "Зберегти PDF", or why no report was
// made and the findings that block it. In the report dialog and under the preview.
// Sidebar layer.
import type { ReportResult } from '../../shared/api';
import { button, el, externalLink } from '../dom';
import { call } from '../server';
import { runBusy } from '../status';
import { toolbar } from '../view';
import { renderFindingGroups } from './findings';

export const renderReportResult = (result: ReportResult, measuresSheet = ''): HTMLElement => {
  if (!result.ok)
    return el(
      'div',
      { class: 'result failed' },
      el('p', { class: 'failure', role: 'alert' }, result.message),
      result.findings.length > 0
        ? renderFindingGroups(result.findings, measuresSheet || result.findings[0]?.sheet || '')
        : null,
    );
  const pdf = el('p', { class: 'pdf', 'aria-live': 'polite' });
  const savePdf = button(
    'Зберегти PDF',
    () =>
      void runBusy('Зберігаю PDF…', () => call('savePdf', result.docId)).then((r) => {
        if (!r) return;
        pdf.replaceChildren('PDF збережено поруч: ', externalLink(r.name, r.url));
      }),
    'action',
  );
  return el(
    'div',
    { class: 'result done' },
    el('p', { class: 'success' }, 'Звіт створено.'),
    el('p', { class: 'doc-link' }, externalLink(result.name, result.url)),
    el('p', { class: 'hint' }, 'Документ відкриється в новій вкладці.'),
    result.warnings > 0
      ? el(
          'p',
          { class: 'warning-text' },
          `Попереджень у таблиці: ${result.warnings}. Вони не заважають звіту, але перегляньте їх.`,
        )
      : null,
    toolbar(savePdf),
    pdf,
  );
};
