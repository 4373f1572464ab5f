// A fake spreadsheet in the template's layout (title row, the two header rows, data from row
// 4) with `measures` of the benchmark's generated rows, and the settings tab. Test support.
import { generatedRow } from '../../scripts/bench-offline';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from '../../scripts/make-sample';
import type { FakeSpreadsheet } from '../fakes';
import { spreadsheetFromRows } from '../fakes';

/** `edit` may change a generated row (its 0-based index given) before it is written. */
export const generatedSpreadsheet = (
  measures: number,
  edit?: (row: unknown[], i: number) => void,
): FakeSpreadsheet => {
  const rows = Array.from({ length: measures }, (_, i) => {
    const row: unknown[] = generatedRow(i).map((v) => v ?? '');
    edit?.(row, i);
    return row;
  });
  const spreadsheet = spreadsheetFromRows('Заходи', [
    ['Виконання заходів'],
    HEADER_TOP,
    HEADER_SIDES,
    ...rows,
  ]);
  spreadsheet.addSheet('Налаштування', [['Параметр', 'Значення'], ...SAMPLE_SETTINGS]);
  return spreadsheet;
};
