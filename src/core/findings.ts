// Findings: what a check reports about one cell. Core layer; plain data, never thrown.

export const SEVERITY = { error: 'error', warning: 'warning' } as const;
export type Severity = (typeof SEVERITY)[keyof typeof SEVERITY];

export const FINDING_CODES = [
  'missing-column',
  'duplicate-column',
  'no-header',
  'required',
  'not-a-number',
  'negative',
  'too-precise',
  'sheet-error',
  'plan-fact-in-one-cell',
  'total-mismatch',
  'total-missing',
  'fact-over-plan',
  'fact-without-plan',
  'not-done-with-fact',
  'unknown-status',
  'unknown-term',
  'numbering',
  'declared-total-mismatch',
  'lookalike-letters',
  'fact-decreased',
  'duplicate-section',
  'section-number',
  'section-from-settings',
  'narrative-section',
  'empty-section',
  'previous-period',
  'bad-period',
  'missing-setting',
  'setting-not-text',
  'printed-layout',
  'hidden-rows',
  'unfinished-measure',
  'hidden-sheet',
  'stray-mark',
  'repeated-header',
  'shared-sum',
  'group-sum-mismatch',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** A1 address on the checked sheet ('' when the finding is about the sheet as a whole). */
  readonly cell: string;
  /** Ukrainian: what is wrong and how to fix it. */
  readonly message: string;
  /** 0-based grid row and column, for adapters that mark the cell; -1 when not a cell. */
  readonly row: number;
  readonly col: number;
  /** Which sheet the cell is on (the measures tab or the settings tab). */
  readonly sheet: string;
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === SEVERITY.error);
