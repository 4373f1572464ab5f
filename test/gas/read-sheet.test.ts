// Reading a tab into the core's grid: date cells as calendar days of the spreadsheet's zone.
// Local getters (the script's zone) would move the day for zones away from this process's own.
import { dateReader, readSheet } from '../../src/gas/read-sheet';
import { createFakeEnvironment, midnightIn, spreadsheetFromRows } from '../fakes';

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
