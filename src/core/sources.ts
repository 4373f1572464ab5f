// Funding sources of a measure and plan/fact pairs in integer hryvnias. Core layer.

export const SOURCE_KEYS = ['total', 'state', 'regional', 'city', 'enterprises', 'other'] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

/** Plan and fact in integer hryvnias (1 thousand UAH = 1000). */
export interface PlanFact {
  readonly plan: number;
  readonly fact: number;
}

export type Totals = Readonly<Record<SourceKey, PlanFact>>;
