// Execution counts for the summary: how many measures were carried out, which are not yet
// due and which are overdue at the end of the reporting period. Core layer.
import type { Counts } from './analyse';
import type { Measure } from './measures';
import { STATUS } from './status';

/** What the summary names a measure by: its number as typed, else its title, else its row. */
export interface MeasureName {
  readonly number: string;
  readonly title: string;
  /** 0-based grid row. */
  readonly row: number;
  /** Its section's number, when the summary covers several sections ("№ 7 (розділ 6.2)"). */
  readonly section?: string;
}

export interface CountedMeasures {
  readonly counts: Counts;
  /** The measures in each group, in sheet order. */
  readonly overdue: readonly MeasureName[];
  readonly notYetDue: readonly MeasureName[];
  readonly unknownDeadline: readonly MeasureName[];
}

const nameOf = (m: Measure): MeasureName => ({
  number: m.text.number,
  title: m.text.title,
  row: m.row,
});

/** `periodEnd` is the ISO date of the reporting period's last day. */
export const countMeasures = (measures: readonly Measure[], periodEnd: string): CountedMeasures => {
  let executing = 0;
  const overdue: MeasureName[] = [];
  const notYetDue: MeasureName[] = [];
  const unknownDeadline: MeasureName[] = [];
  // Indexed: this runs once, mostly before the engine has compiled it, and an interpreted
  // `for…of` pays the iterator protocol on every step.
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (m.status === null) continue;
    if (m.status !== STATUS.notDone) executing++;
    else if (m.term.kind === 'unknown') unknownDeadline.push(nameOf(m));
    // ISO dates compare as strings: due when the deadline is on or before the period's end.
    else if (m.term.deadline <= periodEnd) overdue.push(nameOf(m));
    else notYetDue.push(nameOf(m));
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
