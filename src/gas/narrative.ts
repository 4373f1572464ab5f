// «Чернетка пояснень» (SPEC §7): a draft paragraph per section, for the coordinator to edit, in
// the Пояснення tab (Розділ | Текст). Only sections without a paragraph get one, added below
// what is there: nothing a person wrote is overwritten or moved. Apps Script adapter layer.
import type { Programme } from '../core/programme';
import { NARRATIVE_SHEET, draftNarrative, readNarrative } from '../core/programme';
import type { NarrativeResult } from '../shared/api';
import { narrativeMessage } from '../shared/views';
import type { DateReader } from './read-sheet';
import { readGrid } from './read-sheet';
import { dateReader } from './read-sheet';
import type { Services, SpreadsheetApi } from './services';
import { activeSpreadsheet } from './services';
import { analyseProgramme } from '../core/programme';
import { analyseSpreadsheet } from './workbook';
import { LOCK_WAIT_MS, withDocumentLock } from './document-lock';

const HEADER = ['Розділ', 'Текст'];

/** How a section is named in the Розділ column and in the message: its number, else its name. */
const sectionLabel = (number: string, name: string): string => number || name;

/**
 * Adds a draft for every section of `programme` that has no paragraph yet, below the rows
 * already there; the tab is made (with its header) when missing.
 */
export const writeNarrativeDrafts = (
  spreadsheet: SpreadsheetApi,
  programme: Programme,
  readDate: DateReader,
): NarrativeResult => {
  const existing = spreadsheet.getSheetByName(NARRATIVE_SHEET);
  const written = existing ? readNarrative(readGrid(existing, NARRATIVE_SHEET, readDate)) : null;
  const period = programme.period?.label ?? '';
  const added: string[] = [];
  const kept: string[] = [];
  const rows: string[][] = [];
  for (const section of programme.sections) {
    if (!section.analysis.table) continue;
    const label = sectionLabel(section.number, section.name);
    // readNarrative keys paragraphs by the Розділ cell as typed (a trailing dot dropped).
    if (written?.has(section.number)) {
      kept.push(label);
      continue;
    }
    added.push(label);
    rows.push([section.number, draftNarrative(section, period)]);
  }
  if (rows.length > 0) {
    const sheet = existing ?? spreadsheet.insertSheet(NARRATIVE_SHEET);
    const top = sheet.getLastRow() === 0 ? [HEADER] : [];
    const block = [...top, ...rows];
    // Plain text: a section number such as "6.2" would otherwise turn into a number or a date.
    sheet
      .getRange(sheet.getLastRow() + 1, 1, block.length, 2)
      .setNumberFormat('@')
      .setValues(block)
      .setWrap(true);
    if (top.length > 0) sheet.setColumnWidth(2, 600);
  }
  const result = { added, kept };
  // What the check of the command line warns about; the add-on's check does not read this tab.
  const cells = programme.findings.filter((f) => f.code === 'narrative-section').map((f) => f.cell);
  const unmatched = { cells, sections: programme.sections.map((s) => s.number).filter((n) => n) };
  // SPEC §7: one section's report is exactly §6, without the narrative; the message says so.
  const oneSection = programme.sections.length < 2;
  return { ...result, message: narrativeMessage({ ...result, unmatched, oneSection }) };
};

/** The menu item and the sidebar action: drafts for the sections still without a paragraph. */
export const runDraftNarrative = (services: Services): NarrativeResult =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const spreadsheet = activeSpreadsheet(services);
    const readDate = dateReader(spreadsheet, services.Utilities);
    const { grids } = analyseSpreadsheet(spreadsheet, readDate);
    return writeNarrativeDrafts(spreadsheet, analyseProgramme(grids), readDate);
  });
