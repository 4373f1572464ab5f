// Building a report's .docx template (report-layout.ts, ReportTemplate) with docx: the
// document of a report whose every text is a mark. The command-line build runs this once for
// the layout Zvit prints (`standardTemplates`). Node adapter layer.
import { analyseWorkbook } from '../core/analyse';
import type { ReportModel } from '../core/report-model';
import { buildProgrammeDocument, docxParts } from './docx-document';
import type { ReportTemplate } from './report-layout';
import {
  APP_PART,
  CORE_PART,
  CORE_TIMES,
  layoutKey,
  markApplication,
  MARK,
  ZVIT_APPLICATION,
} from './report-layout';

export const buildTemplate = (layout: ReportModel, draft: boolean): ReportTemplate => {
  const signature = { ...layout.signature, position: MARK.position, name: MARK.name };
  const table: ReportModel = {
    ...layout,
    draft,
    rows: [
      { cells: layout.columns.map((_, c) => MARK.cell(c)) },
      { cells: layout.columns.map((_, c) => (c === 0 ? MARK.headingRow : '')), heading: true },
    ],
    totals: { ...layout.totals, cells: layout.totals.cells.map((_, c) => MARK.total(c)) },
    summary: [MARK.sectionSummary],
    signature,
  };
  const document = buildProgrammeDocument(
    {
      documentName: MARK.documentName,
      title: MARK.title,
      sections: [{ heading: MARK.sectionHeading, narrative: [MARK.narrative], table }],
      summary: [MARK.closing],
      signature,
      page: layout.page,
    },
    draft,
  );
  const parts = [...docxParts(document)].map(([path, data]): [string, string] => {
    if (typeof data !== 'string') throw new Error(`docx wrote ${path} as bytes, not XML.`);
    // The time docx built it is not the time of any report (renderDocx puts that in).
    if (path === CORE_PART) return [path, data.replace(CORE_TIMES, '$1$3')];
    if (path !== APP_PART) return [path, data];
    const marked = markApplication(data);
    if (!marked.includes(ZVIT_APPLICATION)) throw new Error(`docx wrote ${path} unlike before.`);
    return [path, marked];
  });
  return { layout: layoutKey(layout), draft, parts };
};

/** The templates of the one layout Zvit's reports have, final and draft. */
export const standardTemplates = (): ReportTemplate[] => {
  const layout = analyseWorkbook([]).report;
  return [buildTemplate(layout, false), buildTemplate(layout, true)];
};
