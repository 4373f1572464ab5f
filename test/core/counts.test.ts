import { analyseWorkbook } from '../../src/core/analyse';
import type { MeasureSpec } from '../support/grid-builders';
import { measuresGrid, settingsGrid } from '../support/grid-builders';

const counts = (period: string, ...measures: MeasureSpec[]) =>
  analyseWorkbook([measuresGrid(measures), settingsGrid({ 'Звітний період': period })]).counts;

describe('countMeasures', () => {
  it('counts виконано, виконується and виконано частково as carried out', () => {
    expect(
      counts(
        '2017 рік',
        { status: 'виконано' },
        { status: 'Виконується.' },
        { status: 'виконано частково' },
      ),
    ).toEqual({
      planned: 3,
      executing: 3,
      notYetDue: 0,
      overdue: 0,
      unknownDeadline: 0,
    });
  });

  it('is due on the last day of the period itself', () => {
    expect(
      counts('1 півріччя 2017 року', { status: 'не виконано', term: 'І півріччя' }).overdue,
    ).toBe(1);
  });

  it('is not yet due the day after the period ends', () => {
    expect(
      counts('І квартал 2017 року', { status: 'не виконано', term: 'ІІ квартал' }).notYetDue,
    ).toBe(1);
  });

  it('takes the period year for a term without one', () => {
    expect(
      counts('9 місяців 2016 року', { status: 'не виконано', term: 'Впродовж року' }).notYetDue,
    ).toBe(1);
  });

  it('counts a term it cannot read apart', () => {
    expect(
      counts('2016 рік', { status: 'не виконувалося', term: 'після ремонту' }).unknownDeadline,
    ).toBe(1);
  });
});
