// The whole programme (SPEC §7): every measures tab is a section with its number and name; the
// programme's counts, totals and summary run over all of them. Core layer: one `Analysis` per
// section from `analyseWorkbook`, then the sums.
import type { Analysis, Counts } from './analyse';
import { analyseWorkbook } from './analyse';
import { makeFinding } from './checks';
import { countMeasures } from './counts';
import type { Finding } from './findings';
import { SEVERITY } from './findings';
import type { Grid } from './grid';
import { cellAt } from './grid';
import { findHeader } from './header';
import { normalizeLabel } from './labels';
import type { Measure } from './measures';
import { isSettingsGrid, readSettings } from './settings';
import type { SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import { STATUS } from './status';
import { buildSummary } from './summary';
import { normalizeSpaces } from './text';

/** The narrative tab (SPEC §7): Розділ | Текст, one row per paragraph. */
export const NARRATIVE_SHEET = 'Пояснення';

export const isNarrativeGrid = (grid: Grid): boolean =>
  normalizeLabel(grid.name) === normalizeLabel(NARRATIVE_SHEET);

export interface Section {
  /** The tab it was read from. */
  readonly sheet: string;
  /** "6.2" ('' when neither the sheet nor the settings give one). */
  readonly number: string;
  readonly name: string;
  readonly analysis: Analysis;
}

export interface Programme {
  readonly sections: readonly Section[];
  /** Every section's findings and the programme's own (duplicate section numbers). */
  readonly findings: readonly Finding[];
  readonly period: Analysis['period'];
  readonly counts: Counts;
  readonly totals: Totals;
  /** The summary over all sections, funding line last. */
  readonly summary: readonly string[];
}

/** "6.2. Розвиток інформаційного простору", "6.2 Інформаційний простір", "4.4 Назва". */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;
/** A report title names the section in quotes: "4.4. Виконання заходів розділу «…» по місту …". */
const QUOTED = /«([^»]+)»/;

const fromText = (text: string): { number: string; name: string } | null => {
  const match = NUMBERED.exec(normalizeSpaces(text));
  if (!match) return null;
  const quoted = QUOTED.exec(match[2]);
  return { number: match[1], name: (quoted ? quoted[1] : match[2]).trim() };
};

/**
 * A section's number and name: from the title row above its header, else from the tab's name
 * when it starts with a number, else (one section only) from the settings.
 */
export const sectionIdentity = (
  grid: Grid,
  headerFirstRow: number,
  fallback: { number: string; name: string } | null,
): { number: string; name: string } => {
  for (let row = 0; row < headerFirstRow; row++) {
    for (const cell of grid.rows[row] ?? []) {
      const found = fromText(cell.text);
      if (found) return found;
    }
  }
  return fromText(grid.name) ?? fallback ?? { number: '', name: normalizeSpaces(grid.name) };
};

/** Section numbers in reading order: 4.4 before 4.10, 6.2 before 10.1. */
const compareNumbers = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

const addTotals = (a: Totals, b: Totals): Totals =>
  Object.fromEntries(
    SOURCE_KEYS.map((k: SourceKey) => [
      k,
      { plan: a[k].plan + b[k].plan, fact: a[k].fact + b[k].fact },
    ]),
  ) as Totals;

const ZERO_TOTALS = Object.fromEntries(SOURCE_KEYS.map((k) => [k, { plan: 0, fact: 0 }])) as Totals;

export interface ProgrammeOptions {
  /** Only this tab (the active one, when the coordinator asks). */
  readonly sheet?: string;
}

/** Tabs that hold a recognised measures table, in workbook order. */
export const sectionGrids = (grids: readonly Grid[]): Grid[] =>
  grids.filter((g) => !isSettingsGrid(g) && !isNarrativeGrid(g) && findHeader(g).kind === 'found');

/**
 * Analyses every section tab and sums them up. With one section (or a workbook without any
 * recognised table) this is exactly `analyseWorkbook` with the section named from the settings.
 */
export const analyseProgramme = (
  grids: readonly Grid[],
  options: ProgrammeOptions = {},
): Programme => {
  const settings = readSettings(grids.find(isSettingsGrid));
  const tabs =
    options.sheet !== undefined
      ? grids.filter((g) => g.name === options.sheet)
      : sectionGrids(grids);
  if (tabs.length <= 1) {
    const analysis = analyseWorkbook(grids, options.sheet ? { sheet: options.sheet } : {});
    const grid = tabs[0];
    const found = grid ? findHeader(grid) : null;
    const identity =
      grid && found?.kind === 'found'
        ? sectionIdentity(grid, found.header.firstRow, {
            number: settings.sectionNumber.value.replace(/\.+$/, ''),
            name: settings.sectionName.value,
          })
        : {
            number: settings.sectionNumber.value.replace(/\.+$/, ''),
            name: settings.sectionName.value,
          };
    return {
      sections: [{ sheet: analysis.sheet, ...identity, analysis }],
      findings: analysis.findings,
      period: analysis.period,
      counts: analysis.counts,
      totals: analysis.totals,
      summary: analysis.summary,
    };
  }
  const sections = tabs
    .map((grid): Section => {
      const found = findHeader(grid);
      const identity =
        found.kind === 'found' ? sectionIdentity(grid, found.header.firstRow, null) : null;
      return {
        sheet: grid.name,
        number: identity?.number ?? '',
        name: identity?.name ?? grid.name,
        analysis: analyseWorkbook(grids, { sheet: grid.name }),
      };
    })
    .sort((a, b) => compareNumbers(a.number, b.number));
  const findings: Finding[] = [];
  const firstWithNumber = new Map<string, Section>();
  for (const section of sections) {
    if (section.number === '') continue;
    const first = firstWithNumber.get(section.number);
    if (!first) {
      firstWithNumber.set(section.number, section);
      continue;
    }
    findings.push(
      makeFinding(
        'duplicate-section',
        SEVERITY.error,
        { sheet: section.sheet, row: -1, col: -1 },
        `Аркуші «${first.sheet}» і «${section.sheet}» мають однаковий номер розділу ` +
          `${section.number}. Виправте номер у рядку назви над таблицею або в назві аркуша.`,
      ),
    );
  }
  // Settings findings are the same on every section: keep them once.
  const seen = new Set<string>();
  for (const section of sections) {
    for (const f of section.analysis.findings) {
      const key = `${f.sheet}\u0000${f.cell}\u0000${f.code}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  // The programme summary names each measure with its section: "№ 7 (розділ 6.2)".
  const measures: Measure[] = sections.flatMap((s) =>
    (s.analysis.table?.measures ?? []).map((m) =>
      s.number ? { ...m, text: { ...m.text, number: `${m.text.number} (розділ ${s.number})` } } : m,
    ),
  );
  const period = sections[0].analysis.period;
  const counted = countMeasures(measures, period?.end ?? '0000-00-00');
  const totals = sections.reduce((sum, s) => addTotals(sum, s.analysis.totals), ZERO_TOTALS);
  const summary = buildSummary(counted, totals.total);
  return { sections, findings, period, counts: counted.counts, totals, summary };
};

/** A finding's cell as a person finds it: `'6.5 Спорт'!E4` when there are several sections. */
export const qualifiedCell = (finding: Finding, severalSections: boolean): string => {
  if (!severalSections || finding.sheet === '') return finding.cell;
  const sheet = `'${finding.sheet.replace(/'/g, "''")}'`;
  return finding.cell === '' ? sheet : `${sheet}!${finding.cell}`;
};

/** The narrative paragraphs per section number, in the order typed (SPEC §7). */
export const readNarrative = (grid: Grid | undefined): ReadonlyMap<string, readonly string[]> => {
  const paragraphs = new Map<string, string[]>();
  if (!grid) return paragraphs;
  for (let row = 0; row < grid.rows.length; row++) {
    const section = normalizeSpaces(cellAt(grid, row, 0).text).replace(/\.+$/, '');
    const text = cellAt(grid, row, 1).text.trim();
    if (text === '' || normalizeLabel(section) === normalizeLabel('Розділ')) continue;
    const list = paragraphs.get(section);
    if (list) list.push(text);
    else paragraphs.set(section, [text]);
  }
  return paragraphs;
};

const sentence = (text: string): string => {
  const clean = normalizeSpaces(text);
  return /[.!?…»"]$/.test(clean) ? clean : `${clean}.`;
};

/**
 * A draft paragraph for a section in the voice of the reference narrative: how many measures
 * were carried out, then what the departments wrote they did ("Виконання" of the measures
 * carried out), for the coordinator to edit.
 */
export const draftNarrative = (section: Section, periodLabel: string): string => {
  const measures = section.analysis.table?.measures ?? [];
  const done = measures.filter((m) => m.status !== null && m.status !== STATUS.notDone);
  const period = periodLabel.replace(/^за\s+/i, '');
  const results = done.map((m) => m.text.result).filter((t) => t.trim() !== '');
  const opening = `За ${period} в межах розділу «${section.name}» ${section.analysis.summary[0]
    .charAt(0)
    .toLowerCase()}${section.analysis.summary[0].slice(1)}`;
  return [opening, ...results.map(sentence)].join(' ');
};
