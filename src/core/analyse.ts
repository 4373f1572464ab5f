// The whole core pipeline in one call: read the measures and settings tabs, check, total,
// count and build the report model. Core layer; the CLI and the Apps Script side call this.
// (Interface first; the body lands with the reader and the checks.)
import type { Grid } from './grid';
import type { Finding } from './findings';
import type { ReportModel } from './report-model';

export const SOURCE_KEYS = ['total', 'state', 'regional', 'city', 'enterprises', 'other'] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

/** Plan and fact in integer hryvnias (1 thousand UAH = 1000). */
export interface PlanFact {
  readonly plan: number;
  readonly fact: number;
}

export type Totals = Readonly<Record<SourceKey, PlanFact>>;

export interface Counts {
  readonly planned: number;
  readonly executing: number;
  readonly notYetDue: number;
  readonly overdue: number;
  readonly unknownDeadline: number;
}

export interface Analysis {
  /** Name of the measures tab that was read. */
  readonly sheet: string;
  readonly period: { readonly label: string; readonly end: string } | null;
  readonly findings: readonly Finding[];
  readonly totals: Totals;
  readonly counts: Counts;
  /** The summary paragraphs, exactly as printed in the report. */
  readonly summary: readonly string[];
  /** The report model; built even when there are errors (the CLI's --force prints it). */
  readonly report: ReportModel;
}

export interface AnalyseOptions {
  /** The measures tab to read; by default the first tab whose header is recognised. */
  readonly sheet?: string;
}

export declare function analyseWorkbook(
  grids: readonly Grid[],
  options?: AnalyseOptions,
): Analysis;
