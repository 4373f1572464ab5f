// What the command line prints: finding lines ("E14: …") and the --json object.
// Node adapter layer.
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import { SOURCE_KEYS } from '../core/sources';

const place = (f: Finding, measuresSheet: string): string => {
  if (f.cell === '') return f.sheet ? `Аркуш «${f.sheet}»` : 'Книга';
  return f.sheet && f.sheet !== measuresSheet ? `${f.sheet}!${f.cell}` : f.cell;
};

/** Errors first, then warnings, each as "E14: message". */
export const findingLines = (analysis: Analysis): string[] => {
  const line = (f: Finding) => `${place(f, analysis.sheet)}: ${f.message}`;
  return [
    ...analysis.findings.filter((f) => f.severity === 'error').map(line),
    ...analysis.findings.filter((f) => f.severity === 'warning').map(line),
  ];
};

/** "Помилок: 2, попереджень: 1" — the count line after the finding lines. */
export const findingCounts = (analysis: Analysis): string => {
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.length - errors;
  return `Помилок: ${errors}, попереджень: ${warnings}.`;
};

const thousands = (hryvnias: number): number => hryvnias / 1000;

export const toJson = (analysis: Analysis) => ({
  sheet: analysis.sheet,
  period: analysis.period,
  counts: analysis.counts,
  totals: Object.fromEntries(
    SOURCE_KEYS.map((key) => [
      key,
      { plan: thousands(analysis.totals[key].plan), fact: thousands(analysis.totals[key].fact) },
    ]),
  ),
  // A cell on another tab than the measures tab carries the tab's name: "Налаштування!B5".
  findings: analysis.findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    cell: f.cell && f.sheet && f.sheet !== analysis.sheet ? `${f.sheet}!${f.cell}` : f.cell,
    message: f.message,
  })),
  summary: analysis.summary.join(' '),
});
