// Reading a tab into the core's grid: date cells as calendar days of the spreadsheet's zone.
// Local getters (the script's zone) would move the day for zones away from this process's own.
import { dateReader, readHeaderMerges, readSheet } from '../../src/gas/read-sheet';
import {
  createFakeEnvironment,
  midnightIn,
  spreadsheetFromGrids,
  spreadsheetFromRows,
} from '../fakes';
import { measuresGrid } from '../support/grid-builders';

const dayRead = (timeZone: string): unknown => {
  const spreadsheet = spreadsheetFromRows('Заходи', []);
  spreadsheet.setSpreadsheetTimeZone(timeZone);
  spreadsheet.getSheetsQuietly()[0].cell(1, 1).value = {
    date: midnightIn('2017-07-01', timeZone).getTime(),
  };
  const env = createFakeEnvironment({ spreadsheet });
  const services = env.services();
  const sheet = env.spreadsheet.getSheetsQuietly()[0];
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  return readSheet(ss.getSheets()[0], sheet.name, dateReader(ss, services.Utilities)).grid
    .rows[0][0].value;
};

describe('date cells', () => {
  it.each(['Asia/Tokyo', 'Europe/Kyiv', 'America/New_York'])(
    'keep their day in a spreadsheet whose zone is %s',
    (zone) => {
      expect(dayRead(zone)).toEqual({ date: '2017-07-01' });
    },
  );
});

describe('header merges', () => {
  it('are read from the header’s first row, however many title rows are above it', () => {
    const above = 25;
    const template = measuresGrid([{}]);
    const grid = {
      ...template,
      rows: [...Array.from({ length: above }, () => []), ...template.rows],
      merges: template.merges.map((m) => ({ ...m, row: m.row + above })),
    };
    const env = createFakeEnvironment({ spreadsheet: spreadsheetFromGrids([grid]) });
    const sheet = env.services().SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const merges = readHeaderMerges(sheet, above, grid.rows.length, 18);
    expect(merges.filter((m) => m.row === above).length).toBe(template.merges.length);
  });
});
