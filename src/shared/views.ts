// Turning a core Analysis into the JSON-safe views the sidebar shows. Pure: the server uses it,
// and the page's tests use it to stand in for the server.
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import type { Measure } from '../core/measures';
import type { Programme } from '../core/programme';
import { SOURCE_LABELS } from '../core/labels';
import type { Totals } from '../core/sources';
import { SOURCE_KEYS } from '../core/sources';
import { totalFigureText, unreadableTotals } from '../core/totals';
import type { Forms } from '../core/ukrainian';
import { listNumbers, pluralForm } from '../core/ukrainian';
import type { MeasureChange, Snapshot } from '../core/changes';
import { measureKey } from '../core/changes';
import { departmentKey, reminderLine, splitExecutors } from '../core/departments';
import { NARRATIVE_SHEET } from '../core/programme';
import type {
  ChangeLine,
  ChangesView,
  CheckView,
  ClearView,
  DepartmentsView,
  FindingView,
  SummaryView,
} from './api';

/** A finding as the page lists it, with the measure of its row looked up on its own tab. */
const findingView =
  (measureAt: (sheet: string, row: number) => Measure | undefined) =>
  (f: Finding): FindingView => {
    const measure = measureAt(f.sheet, f.row);
    return {
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row + 1,
      message: f.message,
      measure: measure?.text.number ?? '',
      executor: measure?.text.executor ?? '',
    };
  };

export const toFindingViews = (analysis: Analysis): FindingView[] => {
  const byRow = new Map((analysis.table?.measures ?? []).map((m) => [m.row, m]));
  // Errors first, then by sheet row: what blocks the report is what to fix first.
  return analysis.findings
    .map(findingView((sheet, row) => (sheet === analysis.sheet ? byRow.get(row) : undefined)))
    .sort((a, b) => (a.severity === b.severity ? a.row - b.row : a.severity === 'error' ? -1 : 1));
};

export const toCheckView = (analysis: Analysis, marked: number): CheckView => {
  const findings = toFindingViews(analysis);
  return {
    sheet: analysis.sheet,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    marked,
  };
};

/**
 * The totals per source as the report's ВСЬОГО row prints them: a side that some measure's
 * unreadable amount is missing from reads "?", not a sum that counts it as 0.
 */
const totalsLines = (totals: Totals, measures: readonly Measure[]): SummaryView['totals'] => {
  const unreadable = unreadableTotals(measures);
  return SOURCE_KEYS.map((key) => ({
    label: SOURCE_LABELS[key],
    text: totalFigureText(totals[key], unreadable[key]),
  }));
};

export const toSummaryView = (analysis: Analysis, totalsRow: number): SummaryView => ({
  sheet: analysis.sheet,
  period: analysis.period,
  counts: analysis.counts,
  summary: analysis.summary,
  totals: totalsLines(analysis.totals, analysis.table?.measures ?? []),
  errors: analysis.findings.filter((f) => f.severity === 'error').length,
  totalsRow,
});

/** Errors first, then by tab in the programme's order, then by sheet row. */
const programmeFindingViews = (programme: Programme): FindingView[] => {
  const byTab = new Map(
    programme.sections.map((s) => [
      s.analysis.sheet,
      new Map((s.analysis.table?.measures ?? []).map((m) => [m.row, m])),
    ]),
  );
  const order = new Map(programme.sections.map((s, i) => [s.analysis.sheet, i]));
  const rank = (sheet: string): number => order.get(sheet) ?? order.size;
  return programme.findings
    .map(findingView((sheet, row) => byTab.get(sheet)?.get(row)))
    .sort((a, b) =>
      a.severity !== b.severity
        ? a.severity === 'error'
          ? -1
          : 1
        : rank(a.sheet) - rank(b.sheet) || a.row - b.row,
    );
};

/** The check of a whole programme: findings of every section tab, each naming its tab. */
export const toProgrammeCheckView = (programme: Programme, marked: number): CheckView => {
  const findings = programmeFindingViews(programme);
  return {
    sheet: programme.sections[0]?.analysis.sheet ?? '',
    sheets: programme.sections.map((s) => s.analysis.sheet),
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    marked,
  };
};

/**
 * The programme's figures (counts, totals and summary over every section); `totalsRows` are the
 * ВСЬОГО rows written, one per section tab.
 */
export const toProgrammeSummaryView = (
  programme: Programme,
  totalsRows: readonly { readonly sheet: string; readonly row: number }[],
): SummaryView => {
  const first = totalsRows.find((t) => t.row > 0);
  return {
    sheet: first?.sheet ?? programme.sections[0]?.analysis.sheet ?? '',
    sheets: programme.sections.map((s) => s.analysis.sheet),
    period: programme.period,
    counts: programme.counts,
    summary: programme.summary,
    totals: totalsLines(
      programme.totals,
      programme.sections.flatMap((s) => s.analysis.table?.measures ?? []),
    ),
    errors: programme.findings.filter((f) => f.severity === 'error').length,
    totalsRow: first?.row ?? 0,
    totalsRows: totalsRows.filter((t) => t.row > 0),
  };
};

// One vocabulary for every count and message the person reads, in the sidebar, the dialogs and
// the toasts alike.

/** The add-on's name, as Sheets lists it under «Розширення» and as every window title starts. */
export const ADDON_NAME = 'Zvit';

/** «Розширення → Zvit → Налаштування»: where an item of the add-on menu is. */
export const menuPath = (item?: string): string =>
  `«Розширення → ${ADDON_NAME}${item ? ` → ${item}` : ''}»`;

/** A window title: "Zvit", "Zvit — Налаштування". */
export const windowTitle = (part?: string): string =>
  part ? `${ADDON_NAME} — ${part}` : ADDON_NAME;

/** "5 001": thousands apart with a no-break space, as Ukrainian prints them. */
export const formatCount = (n: number): string =>
  String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** "1 помилка", "3 помилки", "5 001 захід": every count goes through here. */
export const counted = (n: number, forms: Forms): string =>
  `${formatCount(n)} ${pluralForm(n, forms)}`;

export const ERRORS: Forms = { one: 'помилка', few: 'помилки', many: 'помилок' };
export const WARNINGS: Forms = { one: 'попередження', few: 'попередження', many: 'попереджень' };
export const MEASURES: Forms = { one: 'захід', few: 'заходи', many: 'заходів' };
/** After "з": "2 з 3 заходів", "1 з 1 заходу". */
export const MEASURES_OF: Forms = { one: 'заходу', few: 'заходів', many: 'заходів' };
export const EXECUTORS: Forms = { one: 'виконавець', few: 'виконавці', many: 'виконавців' };
/** "позначено 1 клітинку / 3 клітинки / 5 клітинок". */
export const CELLS: Forms = { one: 'клітинку', few: 'клітинки', many: 'клітинок' };
/** "знято з 1 клітинки / 3 клітинок". */
export const CELLS_OF: Forms = { one: 'клітинки', few: 'клітинок', many: 'клітинок' };
/** "у 1 клітинці / 3 клітинках". */
export const CELLS_IN: Forms = { one: 'клітинці', few: 'клітинках', many: 'клітинках' };

/** "№ 7", "№ 7, 9 і 10": the one place a list of measure numbers is written. */
export const numberList = (numbers: readonly string[]): string => listNumbers(numbers);

/** What "Зняти позначки" did, in the toast and in the sidebar alike. */
/** How many cells a message names at most; the rest are counted. */
const CELLS_NAMED = 5;

/** "«Заходи»: K5, K9; «Розділ 2»: B4 і ще 3": where a mark's colour stayed. */
const cellList = (left: ClearView['colourLeft']): string => {
  let room = CELLS_NAMED;
  const parts: string[] = [];
  for (const { sheet, cells } of left) {
    const named = cells.slice(0, room);
    room -= named.length;
    if (named.length > 0) parts.push(`«${sheet}»: ${named.join(', ')}`);
  }
  const total = left.reduce((n, { cells }) => n + cells.length, 0);
  const rest = total - CELLS_NAMED;
  return `${parts.join('; ')}${rest > 0 ? ` і ще ${formatCount(rest)}` : ''}`;
};

export const clearedMessage = ({ restored, colourLeft }: ClearView): string => {
  const done =
    restored === 0
      ? 'Позначок на аркуші не було.'
      : `Позначки знято з ${counted(restored, CELLS_OF)}, їхній колір і примітки відновлено.`;
  const left = colourLeft.reduce((n, { cells }) => n + cells.length, 0);
  if (left === 0) return done;
  return (
    `${done} Ще в ${counted(left, CELLS_IN)} (${cellList(colourLeft)}) був колір позначки Zvit ` +
    'без її примітки (примітку видалили чи замінили або колір скопійовано у вставлений рядок): ' +
    'його теж знято. Якщо цей колір поставили ви, поставте його знову.'
  );
};

/** Why a report of this size is not made in Google Sheets, with the count in agreement. */
export const tooManyMeasuresMessage = (measures: number): string =>
  `У таблиці ${counted(measures, MEASURES)}: такий звіт не встигне сформуватися за 6 хвилин, ` +
  'які Google дає одній дії. Сформуйте звіт з файлу .xlsx командою zvit report або розділіть таблицю.';

/** A failed action as a person reads it, and whether trying again may help. */
export interface FailureText {
  readonly text: string;
  readonly retry: boolean;
}

/**
 * The failures Google's services are known to raise, matched on their English text, with what
 * they mean and what to do. Texts as Apps Script reports them:
 * https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors
 */
const KNOWN_FAILURES: readonly (readonly [RegExp, string, boolean])[] = [
  [
    /timed out|timeout while|exceeded maximum execution time|deadline exceeded/i,
    'Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
    true,
  ],
  [
    /lock timeout|could not obtain lock|another process was holding the lock|too many lockservice/i,
    'Цю таблицю саме змінює інша дія Zvit (можливо, іншого користувача). Зачекайте хвилину і спробуйте знову.',
    true,
  ],
  [
    /invoked too many times|quota|rate limit|limit exceeded|too many requests/i,
    'Вичерпано ліміт дій Google на сьогодні (кількість документів або викликів). Спробуйте пізніше або завтра.',
    true,
  ],
  [
    /no item with the given id|file not found|not found:|requested entity was not found|document is missing|does not exist/i,
    'Файл не знайдено: можливо, його видалили, перемістили в кошик або закрили до нього доступ.',
    false,
  ],
  [
    /permission|access denied|authori[sz]ation is required|not authorized|forbidden|insufficient/i,
    'Немає дозволу на цю дію. Попросіть власника таблиці надати вам доступ на редагування ' +
      `або відкрийте ${menuPath()} ще раз і надайте дозволи.`,
    false,
  ],
  [
    /network|connection failure|failed to fetch|http 0/i,
    "Немає зв'язку з Google. Перевірте інтернет і спробуйте знову.",
    true,
  ],
];

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

/**
 * "Не вдалося перевірити таблицю: Google не встиг відповісти…": the action named, a known
 * Google failure translated, our own Ukrainian message kept, any other English text replaced.
 */
export const failureMessage = (action: string, error: unknown): FailureText => {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error ?? '');
  // Apps Script may prefix "Exception: " and add the server's stack on the lines after it.
  const line = (raw.split('\n')[0] ?? '')
    .replace(/^\s*(Uncaught\s+)?([A-Za-z]*(Exception|Error)|ScriptError)\s*:\s*/i, '')
    .trim();
  const known = KNOWN_FAILURES.find(([pattern]) => pattern.test(line));
  const [text, retry] = known
    ? [known[1], known[2]]
    : line !== '' && CYRILLIC.test(line)
      ? [line, true]
      : ['Google повідомив про непередбачену помилку. Спробуйте знову.', true];
  return { text: `Не вдалося ${action}. ${text}`, retry };
};

/** Why no open data was exported, with the error count in agreement. */
export const openDataRefusalMessage = (errors: number): string =>
  `Відкриті дані не експортовано: у таблиці ${counted(errors, ERRORS)}. ` +
  'Виправте позначені клітинки і спробуйте знову.';

/** Why no report was made, with the error count in agreement ("2 помилки", "5 помилок"). */
export const refusalMessage = (errors: number): string =>
  `Звіт не створено: у таблиці ${counted(errors, ERRORS)}. ` +
  'Виправте позначені клітинки і спробуйте знову.';

// ---- the whole programme: changes since the previous report, departments, narrative ----

const SECTIONS: Forms = { one: 'розділу', few: 'розділів', many: 'розділів' };

/** What «Чернетка пояснень» did: how many drafts were added, which sections were left alone. */
export const narrativeMessage = (result: {
  readonly added: readonly string[];
  readonly kept: readonly string[];
  /** Cells of Пояснення rows that name no section, and the sections there are. */
  readonly unmatched?: { readonly cells: readonly string[]; readonly sections: readonly string[] };
}): string => {
  const added =
    result.added.length === 0
      ? 'Нових чернеток не додано.'
      : `Додано чернетки пояснень для ${counted(result.added.length, SECTIONS)}` +
        `${result.added.some((s) => s !== '') ? ` (${result.added.filter((s) => s !== '').join(', ')})` : ''} ` +
        `на аркуш «${NARRATIVE_SHEET}». Відредагуйте їх перед звітом.`;
  const kept =
    result.kept.length === 0
      ? ''
      : ` Не змінено (там уже є текст): ${result.kept.map((s) => s || 'розділ без номера').join(', ')}.`;
  const unmatched =
    result.unmatched && result.unmatched.cells.length > 0
      ? ` Рядки, що не потраплять до звіту (такого розділу немає): ` +
        `${result.unmatched.cells.join(', ')}. Напишіть у стовпці «Розділ» номер розділу ` +
        `(є: ${result.unmatched.sections.join(', ')}).`
      : '';
  return `${added}${kept}${unmatched}`;
};

const NO_EXECUTOR = '(виконавця не вказано)';

/** The names a measure's executor cell gives, or one stand-in when it names nobody. */
const departmentsOf = (executor: string): string[] => {
  const names = splitExecutors(executor);
  return names.length > 0 ? names : [NO_EXECUTOR];
};

/**
 * «Зміни»: every changed measure under each department its executor cell names, departments in
 * the order of the department list; a removed measure is placed by the previous report's executor.
 */
export const toChangesView = (programme: Programme, previous: Snapshot | null): ChangesView => {
  const executors = new Map<string, string>();
  for (const m of previous?.measures ?? []) executors.set(measureKey(m), m.executor);
  for (const s of programme.sections)
    for (const m of s.analysis.table?.measures ?? [])
      executors.set(
        measureKey({ section: s.number, number: m.text.number, title: m.text.title }),
        m.text.executor,
      );
  const before = new Set((previous?.measures ?? []).map(measureKey));
  const now = new Set<string>();
  for (const s of programme.sections)
    for (const m of s.analysis.table?.measures ?? [])
      now.add(measureKey({ section: s.number, number: m.text.number, title: m.text.title }));
  const line = (change: MeasureChange): ChangeLine => {
    const key = measureKey(change);
    return { ...change, kind: !before.has(key) ? 'new' : !now.has(key) ? 'removed' : 'changed' };
  };
  const groups = new Map<string, { department: string; changes: ChangeLine[] }>();
  for (const d of programme.departments)
    groups.set(departmentKey(d.name), { department: d.name, changes: [] });
  for (const change of programme.changes?.measures ?? []) {
    for (const name of departmentsOf(executors.get(measureKey(change)) ?? '')) {
      const key = departmentKey(name);
      const group = groups.get(key) ?? { department: name, changes: [] };
      groups.set(key, group);
      group.changes.push(line(change));
    }
  }
  return {
    previous: previous ? previous.period : null,
    period: programme.period,
    departments: [...groups.values()].filter((g) => g.changes.length > 0),
  };
};

/** «Хто не подав дані»: the department list, with a reminder for those without data or with rows unchanged. */
export const toDepartmentsView = (
  programme: Programme,
  previous: Snapshot | null,
): DepartmentsView => ({
  departments: programme.departments,
  previous: previous ? previous.period : null,
  reminder: programme.departments
    .map((d) => reminderLine(d, previous?.period.label ?? ''))
    .filter((line) => line !== '')
    .join('\n'),
});
