// Execution counts for the summary: how many measures were carried out, which are not yet
// due and which are overdue at the end of the reporting period. Core layer.
import type { Counts } from './analyse';
import type { Measure } from './measures';
import { STATUS } from './status';

export interface CountedMeasures {
  readonly counts: Counts;
  /** Numbers (as typed) of the measures in each group, in sheet order. */
  readonly overdue: readonly string[];
  readonly notYetDue: readonly string[];
  readonly unknownDeadline: readonly string[];
}

/** `periodEnd` is the ISO date of the reporting period's last day. */
export const countMeasures = (measures: readonly Measure[], periodEnd: string): CountedMeasures => {
  let executing = 0;
  const overdue: string[] = [];
  const notYetDue: string[] = [];
  const unknownDeadline: string[] = [];
  for (const m of measures) {
    if (m.status === null) continue;
    if (m.status !== STATUS.notDone) executing++;
    else if (m.term.kind === 'unknown') unknownDeadline.push(m.text.number);
    // ISO dates compare as strings: due when the deadline is on or before the period's end.
    else if (m.term.deadline <= periodEnd) overdue.push(m.text.number);
    else notYetDue.push(m.text.number);
  }
  return {
    counts: {
      planned: measures.length,
      executing,
      notYetDue: notYetDue.length,
      overdue: overdue.length,
      unknownDeadline: unknownDeadline.length,
    },
    overdue,
    notYetDue,
    unknownDeadline,
  };
};
