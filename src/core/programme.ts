// The whole programme (SPEC §7): every measures tab is a section with its number and name; the
// programme's counts, totals and summary run over all of them. Core layer: one `Analysis` per
// section from `analyseWorkbook`, then the sums.
import type { Analysis, Counts } from './analyse';
import { analyseWorkbook } from './analyse';
import { makeFinding } from './checks';
import type { CountedMeasures, MeasureName } from './counts';
import { countMeasures } from './counts';
import type { Finding } from './findings';
import { SEVERITY } from './findings';
import type { Grid } from './grid';
import { cellAt } from './grid';
import { findHeader, findHeaderRow } from './header';
import { normalizeLabel } from './labels';
import { canonicalSectionNumber, isSettingsGrid, readSettings, sectionNumberOf } from './settings';
import type { SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import { STATUS } from './status';
import { buildSummary } from './summary';
import { unreadableTotals } from './totals';
import type { ChangeDetail, Changes, MeasureSnapshot, Snapshot } from './changes';
import {
  checkFactDecreased,
  compareMeasures,
  compareNumbers,
  isRowUnchanged,
  snapshotMeasures,
} from './changes';
import type { DepartmentSummary } from './departments';
import { spellingKey, summariseDepartments } from './departments';
import { missesData } from './progress';
import { parsePeriod } from './period';
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
  /** «Назва програми» from the settings ('' when not named). */
  readonly name: string;
  /** What changed since the previous report, when one was given (SPEC §8). */
  readonly changes: Changes | null;
  /** One per `changes.measures`: new, removed or changed, and its executor cell. */
  readonly changeDetails: readonly ChangeDetail[];
  /** Per department over all sections: the list a coordinator phones down. */
  readonly departments: readonly DepartmentSummary[];
  readonly sections: readonly Section[];
  /** Every section's findings and the programme's own (duplicate section numbers). */
  readonly findings: readonly Finding[];
  readonly period: Analysis['period'];
  readonly counts: Counts;
  readonly totals: Totals;
  /** The summary over all sections, funding line last. */
  readonly summary: readonly string[];
}

/**
 * "6.2. Розвиток інформаційного простору", "6.2 Інформаційний простір", and as people type it,
 * "4.4.Розвиток" (no space after the dot) or "4.4 . Розвиток" (a space before it). A part of a
 * number has one or two digits and the name no digit first, so a date («30.06.2026», «30.06.2026
 * р.») above the header is no section.
 */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)(?: ?\. ?| )([^\s\d].*)$/;
/** A tab named by its number alone: "4.4", "6.2.", "6.2 .". */
const NUMBER_ONLY = /^(\d+(?:\.\d+)*) ?\.?$/;
/** A report title names the section in quotes: "4.4. Виконання заходів розділу «…» по місту …". */
const QUOTED = /«([^»]+)»/;
/** A title without a number names its section only as a report title does: "…розділу «…»". */
const SECTION_QUOTED = /розділу\s+«([^»]+)»/i;

const fromText = (text: string): { number: string; name: string } | null => {
  const match = NUMBERED.exec(normalizeSpaces(text));
  if (!match) return null;
  const quoted = QUOTED.exec(match[2]);
  return {
    number: canonicalSectionNumber(match[1]),
    name: (quoted ? quoted[1] : match[2]).trim(),
  };
};

/** What a tab says of itself: its title above the header, its name. */
interface OwnIdentity {
  /** '' when neither the title nor the tab's name gives a number. */
  readonly number: string;
  /** '' when neither a title nor a numbered tab name gives one. */
  readonly name: string;
  /** The title cell (the first text above the header), else the header's first cell. */
  readonly row: number;
  readonly col: number;
}

const ownIdentity = (grid: Grid, headerFirstRow: number): OwnIdentity => {
  let titled: { number: string; name: string } | null = null;
  let quoted = '';
  let place: { row: number; col: number } | null = null;
  for (let row = 0; row < headerFirstRow && !titled; row++) {
    const cells = grid.rows[row] ?? [];
    for (let col = 0; col < cells.length && !titled; col++) {
      const text = cells[col].text;
      if (text.trim() === '') continue;
      place ??= { row, col };
      titled = fromText(text);
      if (titled) place = { row, col };
      // "Виконання заходів розділу «Розвиток інформаційного простору»": a name without a number.
      quoted ||= SECTION_QUOTED.exec(normalizeSpaces(text))?.[1].trim() ?? '';
    }
  }
  const at = place ?? { row: headerFirstRow, col: 0 };
  if (titled) return { ...titled, ...at };
  // A numbered tab name says more than a title without a number (a tab copied to make another
  // section keeps the old section's title row). A tab named «4.4» alone gives the number and
  // leaves the name to such a title, if any.
  const bare = NUMBER_ONLY.exec(normalizeSpaces(grid.name));
  const tab = bare
    ? { number: canonicalSectionNumber(bare[1]), name: quoted }
    : fromText(grid.name);
  return tab ? { ...tab, ...at } : { number: '', name: quoted, ...at };
};

/**
 * A section's number and name: from the title row above its header (a title without a number
 * still names it: «…»), else from the tab's name when it starts with a number, else (one
 * section only) from the settings.
 */
export const sectionIdentity = (
  grid: Grid,
  headerFirstRow: number,
  fallback: { number: string; name: string } | null,
): { number: string; name: string } => {
  const own = ownIdentity(grid, headerFirstRow);
  // One section's tab name ("Заходи", the template's) is no section name: the settings' or none.
  return {
    number: own.number || (fallback?.number ?? ''),
    name: own.name || (fallback ? fallback.name : normalizeSpaces(grid.name)),
  };
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
  /** The previous report's figures, to compare with (SPEC §8). */
  readonly previous?: Snapshot;
}

/**
 * Tabs with a measures header («Зміст заходу»), in workbook order; a hidden tab is none. A header
 * that lacks a column or names one twice still makes its tab a section, so that its error
 * blocks the report instead of the section silently dropping out of it.
 */
export const sectionGrids = (grids: readonly Grid[]): Grid[] =>
  grids.filter(
    (g) =>
      !g.hidden && !isSettingsGrid(g) && !isNarrativeGrid(g) && findHeader(g).kind !== 'not-found',
  );

/**
 * Analyses every section tab and sums them up. With one section (or a workbook without any
 * recognised table) this is exactly `analyseWorkbook` with the section named from the settings.
 */
type Totalled = Pick<
  Programme,
  'sections' | 'findings' | 'period' | 'counts' | 'totals' | 'summary'
>;

const fromSettings = (settings: ReturnType<typeof readSettings>) => ({
  number: canonicalSectionNumber(settings.sectionNumber.value),
  name: settings.sectionName.value,
});

/**
 * The one section's table has its header and no measure under it (a sheet just set up): its
 * report would be an empty table, so this is an error that blocks it (--force still prints
 * §6.5's «Заходів на звітний період не заплановано.»). At the first measure's title cell.
 */
const noMeasures = (analysis: Analysis): Finding[] => {
  const table = analysis.table;
  if (table === null || table.measures.length > 0) return [];
  const { dataRow, fields } = table.header;
  return [
    makeFinding(
      'empty-section',
      SEVERITY.error,
      { sheet: analysis.sheet, row: dataRow, col: fields.title ?? 0 },
      `У таблиці немає жодного заходу: впишіть заходи під шапкою, з рядка ${dataRow + 1}. ` +
        'Звіт без заходів не формується.',
    ),
  ];
};

/** One section (or none recognised): exactly `analyseWorkbook`, named from its title or the settings. */
const analyseOne = (grids: readonly Grid[], tab: Grid | undefined, sheet?: string): Totalled => {
  const settings = readSettings(grids.find(isSettingsGrid));
  const analysis = analyseWorkbook(grids, sheet !== undefined ? { sheet } : {});
  const found = tab ? findHeader(tab) : null;
  const identity =
    tab && found?.kind === 'found'
      ? sectionIdentity(tab, found.header.firstRow, fromSettings(settings))
      : fromSettings(settings);
  return {
    sections: [{ sheet: analysis.sheet, ...identity, analysis }],
    findings: [...analysis.findings, ...noMeasures(analysis)],
    period: analysis.period,
    counts: analysis.counts,
    totals: analysis.totals,
    summary: analysis.summary,
  };
};

const duplicateSections = (sections: readonly Section[]): Finding[] => {
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
  return findings;
};

/**
 * A section tab with its header and no measure under it: a department that has not filled in
 * its tab yet, which the programme's report would print as an empty table.
 */
const emptySections = (sections: readonly Section[]): Finding[] =>
  sections
    .filter((s) => s.analysis.table !== null && s.analysis.table.measures.length === 0)
    .map((s) => {
      const { header } = s.analysis.table!;
      return makeFinding(
        'empty-section',
        SEVERITY.warning,
        { sheet: s.sheet, row: header.firstRow, col: header.fields.title ?? 0 },
        `На аркуші «${s.sheet}» немає жодного заходу: у звіті розділ ` +
          `${s.number ? `${s.number} ` : ''}буде порожньою таблицею. Заповніть заходи під шапкою ` +
          'або видаліть аркуш, якщо цього розділу у звіті не має бути.',
      );
    });

/**
 * Several sections, each numbered by its title or its tab's name. The settings' Номер розділу
 * numbers the one tab that has no number of its own (the workbook of one section the settings
 * were written for, with tabs added later), unless another tab has that number, with a warning
 * that says so and how to number the tab; its name is the settings' Назва розділу unless another
 * section has that name. Every other tab without a number is an error at its title (or header)
 * cell.
 */
const identifySections = (
  grids: readonly Grid[],
  tabs: readonly Grid[],
): { identities: { number: string; name: string }[]; findings: Finding[] } => {
  const own = tabs.map((grid) => {
    const found = findHeader(grid);
    return found.kind === 'found' ? ownIdentity(grid, found.header.firstRow) : null;
  });
  const settings = fromSettings(readSettings(grids.find(isSettingsGrid)));
  const unnumbered = own.filter((o) => o?.number === '');
  const taken = new Set(own.map((o) => o?.number ?? ''));
  const settingsNumbers =
    unnumbered.length === 1 && settings.number !== '' && !taken.has(settings.number);
  /** The number of another tab whose own name is `name` ('' for none, or for a tab without a number). */
  const othersNamed = (index: number, name: string): string =>
    (name === ''
      ? undefined
      : own.find((o, k) => k !== index && o !== null && spellingKey(o.name) === spellingKey(name))
    )?.number ?? '';
  const findings: Finding[] = [];
  const identities = own.map((o, i) => {
    const tab = tabs[i];
    // A header that could not be read has its own error; its number, if it shows one, still
    // places the section and is checked against the others.
    if (o === null) {
      const shown = ownIdentity(tab, Math.max(0, findHeaderRow(tab)));
      return { number: shown.number, name: shown.name || normalizeSpaces(tab.name) };
    }
    // A tab named by its number alone («4.4») has no name unless its title gives one.
    if (o.number !== '') return { number: o.number, name: o.name };
    if (settingsNumbers) {
      const number = settings.number;
      // The settings' name may be another section's (the settings written for it): then the
      // tab's own name, never a name the report would print twice.
      const other = othersNamed(i, settings.name);
      const name = o.name || (other ? '' : settings.name);
      const called = name
        ? ` і називає розділ «${name}»`
        : `, а назву розділу — з назви аркуша${other ? ` (назва з налаштувань «${settings.name}» — це назва розділу ${other})` : ''}`;
      findings.push(
        makeFinding(
          'section-from-settings',
          SEVERITY.warning,
          { sheet: tab.name, row: o.row, col: o.col },
          `Аркуш «${tab.name}» не має номера розділу, тож звіт бере номер ${number} з ` +
            `налаштувань${called}. Напишіть над шапкою номер і назву розділу ` +
            `(«${number}. ${name || 'Назва розділу'}») або почніть назву аркуша з номера ` +
            `(«${number} ${tab.name}»), щоб розділ не залежав від налаштувань.`,
        ),
      );
      return { number, name: name || normalizeSpaces(tab.name) };
    }
    findings.push(
      makeFinding(
        'section-number',
        SEVERITY.error,
        { sheet: tab.name, row: o.row, col: o.col },
        `Аркуш «${tab.name}» не має номера розділу, а розділів у таблиці кілька, тож звіт не ` +
          'знає, де його місце. Напишіть над шапкою номер і назву розділу, як у програмі ' +
          `(наприклад, «6.2. Назва розділу»), або почніть назву аркуша з номера розділу ` +
          `(«6.2 ${tab.name}»). У кожного аркуша номер свій.`,
      ),
    );
    return { number: '', name: o.name || normalizeSpaces(tab.name) };
  });
  return { identities, findings };
};

/** The counts over every section, each measure named with its section's number. */
const countSections = (sections: readonly Section[], periodEnd: string): CountedMeasures => {
  const each = sections.map((s) => {
    const counted = countMeasures(s.analysis.table?.measures ?? [], periodEnd);
    const named = (list: readonly MeasureName[]): MeasureName[] =>
      s.number ? list.map((m) => ({ ...m, section: s.number })) : [...list];
    return {
      counts: counted.counts,
      overdue: named(counted.overdue),
      notYetDue: named(counted.notYetDue),
      unknownDeadline: named(counted.unknownDeadline),
    };
  });
  const sum = (key: keyof Counts): number => each.reduce((n, c) => n + c.counts[key], 0);
  return {
    counts: {
      planned: sum('planned'),
      executing: sum('executing'),
      notYetDue: sum('notYetDue'),
      overdue: sum('overdue'),
      unknownDeadline: sum('unknownDeadline'),
    },
    overdue: each.flatMap((c) => c.overdue),
    notYetDue: each.flatMap((c) => c.notYetDue),
    unknownDeadline: each.flatMap((c) => c.unknownDeadline),
  };
};

const analyseMany = (grids: readonly Grid[], tabs: readonly Grid[]): Totalled => {
  const named = identifySections(grids, tabs);
  const sections = tabs
    .map((grid, i): Section => ({
      sheet: grid.name,
      ...named.identities[i],
      analysis: analyseWorkbook(grids, { sheet: grid.name }),
    }))
    .sort((a, b) => compareNumbers(a.number, b.number));
  const findings = [...named.findings, ...duplicateSections(sections), ...emptySections(sections)];
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
  // The programme summary names each measure with its section: "№ 7 (розділ 6.2)", and one
  // without a number by its title, «Оновлення сайту» (розділ 4.4), as one section does.
  const period = sections[0].analysis.period;
  const counted = countSections(sections, period?.end ?? '0000-00-00');
  const totals = sections.reduce((sum, s) => addTotals(sum, s.analysis.totals), ZERO_TOTALS);
  return {
    sections,
    findings,
    period,
    counts: counted.counts,
    totals,
    // A figure of any section that could not be read leaves the programme's total unknown too.
    summary: buildSummary(
      counted,
      totals.total,
      unreadableTotals(sections.flatMap((s) => s.analysis.table?.measures ?? [])).total,
    ),
  };
};

/** The figures a report leaves behind, to compare the next one with (SPEC §8). */
export const snapshotProgramme = (programme: Totalled): Snapshot => ({
  period: programme.period ?? { label: '', end: '' },
  measures: programme.sections.flatMap((s) =>
    snapshotMeasures(s.number, s.analysis.table?.measures ?? []),
  ),
});

/** Where a period starts, read again from its label; null when the label does not read. */
const periodStart = (period: { readonly label: string; readonly end: string }): string | null => {
  const read = parsePeriod(period.label);
  return read !== null && read.end === period.end ? read.start : null;
};

/**
 * Facts accumulate over one year, so a fact may only be compared with an earlier report of the
 * same year; otherwise one warning says why the comparison was left out. A fact is only
 * expected to have grown when the previous period lies within this one (І квартал → 1
 * півріччя → 9 місяців → рік): a quarter's facts are the quarter's own, so ІІ квартал after
 * І квартал lists its changes but warns of no lower fact.
 */
const previousFindings = (
  totalled: Totalled,
  previous: Snapshot,
  was: readonly (readonly (MeasureSnapshot | undefined)[])[],
): Finding[] => {
  const now = totalled.period;
  const comparable =
    now !== null &&
    previous.period.end !== '' &&
    previous.period.end.slice(0, 4) === now.end.slice(0, 4) &&
    previous.period.end < now.end;
  if (!comparable) {
    return [
      makeFinding(
        'previous-period',
        SEVERITY.warning,
        { sheet: '', row: -1, col: -1 },
        `Попередній звіт («${previous.period.label || 'період не вказано'}») не є ранішим звітом ` +
          `того самого року${now ? ` за «${now.label}»` : ''}, тож факти з ним не порівнюються. ` +
          'Вкажіть звіт за попередній період цього року.',
      ),
    ];
  }
  const [before, since] = [periodStart(previous.period), periodStart(now)];
  if (before !== null && since !== null && before < since) return [];
  return totalled.sections.flatMap((s, i) =>
    s.analysis.table
      ? checkFactDecreased(s.analysis.sheet, previous, s.analysis.table.measures, was[i])
      : [],
  );
};

/**
 * Analyses every section tab and sums them up. With one section (or a workbook without any
 * recognised table) this is exactly `analyseWorkbook` with the section named from the settings.
 */
export const analyseProgramme = (
  grids: readonly Grid[],
  options: ProgrammeOptions = {},
): Programme => {
  const tabs =
    options.sheet !== undefined
      ? grids.filter((g) => g.name === options.sheet)
      : sectionGrids(grids);
  const totalled =
    tabs.length <= 1 ? analyseOne(grids, tabs[0], options.sheet) : analyseMany(grids, tabs);
  // One section asked for is compared with that section of the previous report alone: the
  // other sections' measures are not gone, only not asked about.
  const asked = new Set(totalled.sections.map((s) => s.number));
  const previous =
    options.previous && options.sheet !== undefined
      ? {
          ...options.previous,
          measures: options.previous.measures.filter((m) => asked.has(m.section)),
        }
      : options.previous;
  // The snapshot is only compared with a previous one; without one it is not made.
  const current = previous ? snapshotProgramme(totalled).measures : [];
  const comparison = previous ? compareMeasures(previous, current) : null;
  // Each section's measures against their previous selves, and whether the row stayed as it was.
  let at = 0;
  const was = totalled.sections.map((s) =>
    (s.analysis.table?.measures ?? []).map(() => comparison?.was[at++]),
  );
  at = 0;
  const unchanged = totalled.sections.map((s, i) =>
    (s.analysis.table?.measures ?? []).map((_, j) => {
      const now = current[at++];
      if (!previous) return null;
      const then = was[i][j];
      return then !== undefined && isRowUnchanged(then, now);
    }),
  );
  const several = totalled.sections.length > 1;
  const summarise = (): DepartmentSummary[] =>
    summariseDepartments(
      totalled.sections.flatMap((s, i) => {
        const errorRows = new Set(
          s.analysis.findings
            .filter((f) => f.severity === SEVERITY.error && f.sheet === s.analysis.sheet)
            .map((f) => f.row),
        );
        return (s.analysis.table?.measures ?? []).map((m, j) => ({
          section: s.number,
          number: m.text.number,
          executor: m.text.executor,
          hasErrors: errorRows.has(m.row),
          missingData: missesData(m),
          unchanged: unchanged[i][j],
        }));
      }),
      several,
    );
  let departments: readonly DepartmentSummary[] | undefined;
  const narrative = checkNarrative(grids.find(isNarrativeGrid), totalled.sections);
  return {
    ...totalled,
    name: readSettings(grids.find(isSettingsGrid)).programme.value,
    findings: [
      ...totalled.findings,
      ...narrative,
      ...(previous ? previousFindings(totalled, previous, was) : []),
    ],
    changes: comparison?.changes ?? null,
    changeDetails: comparison?.details ?? [],
    // Made when first read: the sidebar lists the departments, the command line never does.
    get departments() {
      departments ??= summarise();
      return departments;
    },
  };
};

/** A finding's cell as a person finds it: `'6.5 Спорт'!E4` when there are several sections. */
export const qualifiedCell = (finding: Finding, severalSections: boolean): string => {
  if (!severalSections || finding.sheet === '') return finding.cell;
  const sheet = `'${finding.sheet.replace(/'/g, "''")}'`;
  return finding.cell === '' ? sheet : `${sheet}!${finding.cell}`;
};

/** The sections' numbers in order, each once (two tabs with one number are an error of their own). */
export const sectionNumbers = (sections: readonly Pick<Section, 'number'>[]): string[] => [
  ...new Set(sections.map((s) => s.number).filter((n) => n !== '')),
];

/**
 * The tab's header row as people word it: «Розділ | Текст», «Номер розділу | Текст пояснення»,
 * «№ розділу | Пояснення». Its first cell names «розділ» with no number in it (a paragraph's
 * may read «Розділ 6.5»), its second «текст» or «пояснення».
 */
const isNarrativeHeader = (grid: Grid, row: number): boolean => {
  const first = cellAt(grid, row, 0).text;
  const second = normalizeLabel(cellAt(grid, row, 1).text);
  return (
    normalizeLabel(first).includes('розділ') &&
    !/\d/.test(first) &&
    (second.includes('текст') || second.includes('пояснення'))
  );
};

/** The Пояснення rows: each its section as the settings' Номер розділу is read, and its text. */
const narrativeRows = (grid: Grid): { row: number; section: string; text: string }[] => {
  const rows: { row: number; section: string; text: string }[] = [];
  // The header is the first row with something in it.
  const header = grid.rows.findIndex((r) => r.some((c) => c.text.trim() !== ''));
  for (let row = 0; row < grid.rows.length; row++) {
    const cell = cellAt(grid, row, 0);
    const text = cellAt(grid, row, 1).text.trim();
    if (text === '' || normalizeLabel(cell.text) === normalizeLabel('Розділ')) continue;
    if (row === header && isNarrativeHeader(grid, row)) continue;
    rows.push({ row, section: sectionNumberOf(cell), text });
  }
  return rows;
};

/**
 * The narrative paragraphs per section number, in the order typed (SPEC §7). The Розділ cell
 * is read as the settings' Номер розділу is: "6,2", a typed 4.4 the sheet shows as "4,4" or
 * turned into the date 4 April all name their section.
 */
export const readNarrative = (grid: Grid | undefined): ReadonlyMap<string, readonly string[]> => {
  const paragraphs = new Map<string, string[]>();
  if (!grid) return paragraphs;
  for (const { section, text } of narrativeRows(grid)) {
    const list = paragraphs.get(section);
    if (list) list.push(text);
    else paragraphs.set(section, [text]);
  }
  return paragraphs;
};

/**
 * A Пояснення row that names no section would silently stay out of the report: a warning at
 * its Розділ cell names the sections there are. Only a report of several sections prints the
 * narrative, so only then.
 */
export const checkNarrative = (
  grid: Grid | undefined,
  sections: readonly Pick<Section, 'number'>[],
): Finding[] => {
  if (!grid || sections.length < 2) return [];
  const numbers = sectionNumbers(sections);
  const known = new Set(numbers);
  return narrativeRows(grid)
    .filter((r) => !known.has(r.section))
    .map((r) =>
      makeFinding(
        'narrative-section',
        SEVERITY.warning,
        { sheet: grid.name, row: r.row, col: 0 },
        `${r.section === '' ? 'Абзац не має номера розділу' : `Розділу ${r.section} немає в таблиці`}` +
          `, тож цей абзац не потрапить до звіту. Є розділи: ${numbers.join(', ')}. ` +
          'Напишіть у стовпці «Розділ» номер одного з них.',
      ),
    );
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
  const named = section.name ? `«${section.name}»` : section.number;
  const opening = `За ${period} в межах розділу ${named} ${section.analysis.summary[0]
    .charAt(0)
    .toLowerCase()}${section.analysis.summary[0].slice(1)}`;
  return [opening, ...results.map(sentence)].join(' ');
};
