// The report of a whole programme (SPEC §7) as plain data: the programme's title, then each
// section — heading, narrative, its own table with ВСЬОГО and its summary — then the summary
// over all sections and the signature. Each section's table is an ordinary ReportModel, so
// every renderer prints it with the code that prints one section. Core layer.
import { buildDocumentName, buildTitle, cityPhrase } from './build-report';
import { periodLabel } from './period';
import type { Programme } from './programme';
import type { ReportModel, SignatureBlock } from './report-model';
import type { Settings } from './settings';
import { SOURCE_KEYS } from './sources';
import { totalFigureText, unreadableTotals } from './totals';

export interface ReportSection {
  /** "6.2. Розвиток інформаційного простору", bold, before the narrative. */
  readonly heading: string;
  /** The coordinator's paragraphs from the Пояснення tab, in order. */
  readonly narrative: readonly string[];
  /** The section's table, ВСЬОГО row and summary sentence (its title is the §6 title). */
  readonly table: ReportModel;
}

export interface ProgrammeReport {
  readonly documentName: string;
  /** The programme's title, 14 pt bold centred. */
  readonly title: string;
  readonly sections: readonly ReportSection[];
  /** The summary over all sections and the funding line (SPEC §7). */
  readonly summary: readonly string[];
  readonly signature: SignatureBlock;
  readonly page: ReportModel['page'];
}

const withSection = (settings: Settings, number: string, name: string): Settings => ({
  ...settings,
  sectionNumber: { ...settings.sectionNumber, value: number },
  sectionName: { ...settings.sectionName, value: name },
});

/**
 * With one section the report is exactly that section's ReportModel (SPEC §6), so renderers
 * print `sections[0].table` alone; with several, this whole structure.
 */
export const buildProgrammeReport = (
  programme: Programme,
  settings: Settings,
  narrative: ReadonlyMap<string, readonly string[]>,
): ProgrammeReport => {
  const sections = programme.sections.map((s): ReportSection => {
    const own = withSection(settings, s.number, s.name);
    return {
      heading: [s.number ? `${s.number.replace(/\.+$/, '')}.` : '', s.name]
        .filter((t) => t !== '')
        .join(' '),
      narrative: narrative.get(s.number) ?? [],
      table: {
        ...s.analysis.report,
        title: buildTitle(own),
        documentName: buildDocumentName(own),
      },
    };
  });
  const first = programme.sections[0].analysis.report;
  const city = cityPhrase(settings);
  const period = periodLabel(settings.period.value);
  const what = programme.name ? `програми «${programme.name}»` : 'заходів програми';
  return {
    documentName:
      programme.sections.length === 1
        ? sections[0].table.documentName
        : [programme.name || 'Програма', period].filter((t) => t).join(' — '),
    title:
      programme.sections.length === 1
        ? sections[0].table.title
        : `Виконання ${what}${city}${period ? ` за ${period}` : ''}`,
    sections,
    summary: programme.sections.length === 1 ? [] : programme.summary,
    signature: first.signature,
    page: first.page,
  };
};

/**
 * The whole programme as one ReportModel, for a preview that shows one table: each section's
 * heading as a row across the table, then its rows; the ВСЬОГО row and the summary over every
 * section. With one section it is that section's table.
 */
export const programmePreview = (report: ProgrammeReport, programme: Programme): ReportModel => {
  const first = report.sections[0].table;
  if (report.sections.length === 1) return first;
  const measures = programme.sections.flatMap((s) => s.analysis.table?.measures ?? []);
  const unreadable = unreadableTotals(measures);
  const width = first.columns.length;
  return {
    ...first,
    documentName: report.documentName,
    title: report.title,
    rows: report.sections.flatMap((s) => [
      { cells: [s.heading, ...Array<string>(width - 1).fill('')], heading: true },
      ...s.table.rows,
    ]),
    totals: {
      ...first.totals,
      cells: [
        ...SOURCE_KEYS.map((k) => totalFigureText(programme.totals[k], unreadable[k])),
        ...first.totals.cells.slice(SOURCE_KEYS.length),
      ],
    },
    summary: report.summary,
  };
};

/** One section's report as a programme report of that section alone (SPEC §7: exactly §6). */
export const singleSectionReport = (model: ReportModel): ProgrammeReport => ({
  documentName: model.documentName,
  title: model.title,
  sections: [{ heading: '', narrative: [], table: model }],
  summary: [],
  signature: model.signature,
  page: model.page,
});
