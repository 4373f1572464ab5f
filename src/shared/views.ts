// Turning a core Analysis into the JSON-safe views the sidebar shows. Pure: the server uses it,
// and the page's tests use it to stand in for the server.
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import { SOURCE_LABELS } from '../core/labels';
import { formatPlanFact } from '../core/money';
import { reminderText } from '../core/progress';
import { SOURCE_KEYS } from '../core/sources';
import { pluralForm } from '../core/ukrainian';
import type { CheckView, FindingView, SubmissionsView, SummaryView } from './api';

export const toFindingViews = (analysis: Analysis): FindingView[] => {
  const byRow = new Map((analysis.table?.measures ?? []).map((m) => [m.row, m]));
  const view = (f: Finding): FindingView => {
    const measure = f.sheet === analysis.sheet ? byRow.get(f.row) : undefined;
    return {
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row + 1,
      message: f.message,
      measure: measure?.text.number ?? '',
      executor: measure?.text.executor ?? '',
    };
  };
  // Errors first, then by sheet row: what blocks the report is what to fix first.
  return analysis.findings
    .map(view)
    .sort((a, b) => (a.severity === b.severity ? a.row - b.row : a.severity === 'error' ? -1 : 1));
};

export const toCheckView = (analysis: Analysis, marked: number): CheckView => {
  const findings = toFindingViews(analysis);
  return {
    sheet: analysis.sheet,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    marked,
  };
};

export const toSummaryView = (analysis: Analysis, totalsRow: number): SummaryView => ({
  sheet: analysis.sheet,
  period: analysis.period,
  counts: analysis.counts,
  summary: analysis.summary,
  totals: SOURCE_KEYS.map((key) => {
    const { plan, fact } = analysis.totals[key];
    return {
      label: SOURCE_LABELS[key],
      text: plan === 0 && fact === 0 ? '-' : formatPlanFact(plan, fact),
    };
  }),
  errors: analysis.findings.filter((f) => f.severity === 'error').length,
  totalsRow,
});

export const toSubmissionsView = (analysis: Analysis): SubmissionsView => ({
  executors: analysis.progress,
  reminder: reminderText(analysis.progress),
});

/** Why no report was made, with the error count in agreement ("2 помилки", "5 помилок"). */
export const refusalMessage = (errors: number): string =>
  `Звіт не створено: у таблиці ${errors} ${pluralForm(errors, { one: 'помилка', few: 'помилки', many: 'помилок' })}. ` +
  'Виправте позначені клітинки і спробуйте знову.';
