// The sidebar's «Зміни» and «Хто не подав дані» over the whole programme, compared with the
// previous report of this year kept on the snapshots tab. Apps Script adapter layer: reads the
// workbook once; the core and the shared views do the rest.
import type { ChangesView, DepartmentsView } from '../shared/api';
import { toChangesView, toDepartmentsView } from '../shared/views';
import { dateReader } from './read-sheet';
import type { Services } from './services';
import { activeSpreadsheet } from './services';
import { programmeSincePrevious } from './snapshots';
import { analyseSpreadsheet } from './workbook';

const sincePrevious = (services: Services) => {
  const spreadsheet = activeSpreadsheet(services);
  return programmeSincePrevious(
    analyseSpreadsheet(spreadsheet, dateReader(spreadsheet, services.Utilities)),
  );
};

export const runChanges = (services: Services): ChangesView => {
  const { programme, previous } = sincePrevious(services);
  return toChangesView(programme, previous);
};

export const runDepartments = (services: Services): DepartmentsView => {
  const { programme, previous } = sincePrevious(services);
  return toDepartmentsView(programme, previous);
};
