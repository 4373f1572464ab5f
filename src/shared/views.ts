// Turning a core Analysis into the JSON-safe views the sidebar shows. Pure: the server uses it,
// and the page's tests use it to stand in for the server.
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import { fromA1 } from '../core/grid';
import type { Measure } from '../core/measures';
import type { Programme } from '../core/programme';
import { SOURCE_LABELS } from '../core/labels';
import type { Totals } from '../core/sources';
import { SOURCE_KEYS } from '../core/sources';
import { totalFigureText, unreadableTotals } from '../core/totals';
import type { Forms } from '../core/ukrainian';
import { listNumbers, pluralForm } from '../core/ukrainian';
import type { Snapshot } from '../core/changes';
import { countJoint, departmentKey, reminderLine, splitExecutors } from '../core/departments';
import { NARRATIVE_SHEET } from '../core/programme';
import type {
  ChangeLine,
  ChangesView,
  CheckView,
  ClearView,
  DepartmentsView,
  FindingView,
  ReplacedReport,
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

/**
 * Each finding at a cell with its place among the findings of its tab that read the same, row
 * by row (`sameMark`): what tells their cells apart once rows moved them (selectCell).
 */
const withSameMark = (views: readonly FindingView[]): FindingView[] => {
  const key = (f: FindingView) => `${f.sheet}\u0000${f.severity}\u0000${f.message}`;
  const place = (f: FindingView) => fromA1(f.cell) ?? { row: -1, col: -1 };
  const alike = new Map<string, FindingView[]>();
  for (const f of views) {
    if (!f.sheet || !f.cell) continue;
    const list = alike.get(key(f));
    if (list) list.push(f);
    else alike.set(key(f), [f]);
  }
  // The tabs where each mark line is some finding's: a click looks for a moved cell on another
  // tab only where no finding of this check put the same line.
  const tabsOf = new Map<string, Set<string>>();
  for (const f of views) {
    if (!f.sheet || !f.cell) continue;
    const line = `${f.severity}\u0000${f.message}`;
    (tabsOf.get(line) ?? tabsOf.set(line, new Set()).get(line)!).add(f.sheet);
  }
  const order = new Map<FindingView, NonNullable<FindingView['sameMark']>>();
  for (const list of alike.values()) {
    const tabs = tabsOf.get(`${list[0].severity}\u0000${list[0].message}`)!;
    const elsewhere = [...tabs].filter((tab) => tab !== list[0].sheet);
    list
      .sort((a, b) => place(a).row - place(b).row || place(a).col - place(b).col)
      .forEach((f, index) =>
        order.set(f, { index, count: list.length, ...(elsewhere.length > 0 && { elsewhere }) }),
      );
  }
  return views.map((f) => {
    const sameMark = order.get(f);
    return sameMark ? { ...f, sameMark } : f;
  });
};

export const toFindingViews = (analysis: Analysis): FindingView[] => {
  const byRow = new Map((analysis.table?.measures ?? []).map((m) => [m.row, m]));
  // Errors first, then by sheet row: what blocks the report is what to fix first.
  return withSameMark(
    analysis.findings
      .map(findingView((sheet, row) => (sheet === analysis.sheet ? byRow.get(row) : undefined)))
      .sort((a, b) =>
        a.severity === b.severity ? a.row - b.row : a.severity === 'error' ? -1 : 1,
      ),
  );
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
  return withSameMark(
    programme.findings
      .map(findingView((sheet, row) => byTab.get(sheet)?.get(row)))
      .sort((a, b) =>
        a.severity !== b.severity
          ? a.severity === 'error'
            ? -1
            : 1
          : rank(a.sheet) - rank(b.sheet) || a.row - b.row,
      ),
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

/** "«Заходи»: K5, K9; «Розділ 2»: B4 та ще 3": where a mark's colour stayed. */
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
  return `${parts.join('; ')}${rest > 0 ? ` та ще ${formatCount(rest)}` : ''}`;
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

interface KnownFailure {
  readonly pattern: RegExp;
  /** What it means and what to do, in sentences. */
  readonly text: string;
  /** The same in a few words, to go after a colon. */
  readonly reason: string;
  readonly retry: boolean;
}

/**
 * A file gone from under an action (a Doc trashed by a colleague while it was filled): trying
 * the same again cannot find it, but the action started afresh makes a new one.
 */
export const FILE_GONE_TEXT =
  'Файл не знайдено: можливо, його видалили, перемістили в кошик або закрили до нього доступ.';

/**
 * The failures Google's services are known to raise, matched on their English text, with what
 * they mean and what to do. Texts as Apps Script reports them:
 * https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors
 */
const KNOWN_FAILURES: readonly KnownFailure[] = [
  {
    pattern: /timed out|timeout while|exceeded maximum execution time|deadline exceeded/i,
    text: 'Google не встиг відповісти. Зачекайте хвилину і спробуйте знову.',
    reason: 'Google не встиг відповісти',
    retry: true,
  },
  {
    pattern:
      /lock timeout|could not obtain lock|another process was holding the lock|too many lockservice/i,
    text: 'Цю таблицю саме змінює інша дія Zvit (можливо, іншого користувача). Зачекайте хвилину і спробуйте знову.',
    reason: 'таблицю саме змінює інша дія Zvit',
    retry: true,
  },
  {
    // Google's short-burst limits: "…too many times in a short time: exec qps", and an API's
    // quota "…limit 'Write requests per minute per user'…" (per minute, per 100 seconds). A
    // minute is enough; matched before the daily pattern, which "quota" would match too.
    pattern:
      /too many times in a short time|rate limit|too many requests|per[ -]minute|per 100 seconds/i,
    text: 'Забагато звернень до Google за короткий час. Зачекайте хвилину і спробуйте знову.',
    reason: 'забагато звернень до Google за короткий час',
    retry: true,
  },
  {
    pattern: /invoked too many times|quota|limit exceeded/i,
    text: 'Вичерпано ліміт дій Google на сьогодні (кількість документів або викликів). Спробуйте пізніше або завтра.',
    reason: 'вичерпано ліміт дій Google на сьогодні',
    retry: true,
  },
  {
    pattern:
      /no item with the given id|file not found|not found:|requested entity was not found|document is missing|does not exist/i,
    text: FILE_GONE_TEXT,
    reason: 'файлу немає або до нього закрито доступ',
    retry: false,
  },
  {
    pattern:
      /permission|access denied|authori[sz]ation is required|not authorized|forbidden|insufficient/i,
    text:
      'Немає дозволу на цю дію. Попросіть власника таблиці надати вам доступ на редагування ' +
      `або відкрийте ${menuPath()} ще раз і надайте дозволи.`,
    reason: 'немає дозволу',
    retry: false,
  },
  {
    pattern: /network|connection failure|failed to fetch|http 0/i,
    text: "Немає зв'язку з Google. Перевірте інтернет і спробуйте знову.",
    reason: "немає зв'язку з Google",
    retry: true,
  },
];

const UNKNOWN_FAILURE: KnownFailure = {
  pattern: /$^/,
  text: 'Google повідомив про непередбачену помилку. Спробуйте знову.',
  reason: 'Google повідомив про непередбачену помилку',
  retry: true,
};

/** What a failure of Google's, in its English words, means: a known one, else the generic one. */
const googleFailure = (english: string): KnownFailure =>
  KNOWN_FAILURES.find((f) => f.pattern.test(english)) ?? UNKNOWN_FAILURE;

/**
 * A failure in Ukrainian sentences, for a message made on the server: Google's English
 * translated; our own Ukrainian (a render step's refusal) kept, any English inside it translated.
 */
export const explainGoogleFailure = (text: string): string =>
  CYRILLIC.test(text) ? translateInside(text).text : googleFailure(text).text;

/** Google's failure in a few Ukrainian words, to go after a colon. */
export const googleFailureReason = (english: string): string => googleFailure(english).reason;

/** Why «Зберегти PDF» was refused: retrying the same report is refused the same way. */
export const STALE_REPORT_MESSAGE = 'Цього звіту вже немає серед останніх. Сформуйте звіт знову.';

/** What to do when a finding's tab is gone: the list predates the change, a new check does not. */
const CHECK_AGAIN =
  'Натисніть «Перевірити знову»: цей перелік складено ще до того, як аркуш видалили чи перейменували.';

/** Why a finding's cell cannot be selected: its tab is no more (selectCell). */
export const sheetGoneMessage = (sheet: string): string =>
  `Аркуша «${sheet}» більше немає в таблиці. ${CHECK_AGAIN}`;

/** Our own messages that trying again as it stands cannot change. */
const FINAL_MESSAGES: readonly string[] = [
  STALE_REPORT_MESSAGE,
  CHECK_AGAIN,
  ...KNOWN_FAILURES.filter((f) => !f.retry).map((f) => f.text),
];

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;
/** A run of text with no Cyrillic letter in it, starting at a Latin one. */
const LATIN_RUN = /[A-Za-z][^А-Яа-яІіЇїЄєҐґ]*/g;
/** Three English words or more: Google's text inside ours, not a name like "Zvit" or "PDF". */
const isGoogleText = (run: string): boolean => (run.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;

/**
 * Our Ukrainian line with any of Google's English inside it translated in place, so the rest of
 * the line ("Незавершений документ переміщено в кошик.") stays. What stands in «» is a name
 * (a tab, a file) and stays as typed.
 */
const translateInside = (line: string): FailureText => {
  let retry = !FINAL_MESSAGES.some((m) => line.includes(m));
  const text = line
    .split(/(«[^»]*»)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(LATIN_RUN, (run) => {
            if (!isGoogleText(run)) return run;
            const failure = googleFailure(run);
            retry = retry && failure.retry;
            return run.endsWith(' ') ? `${failure.text} ` : failure.text;
          }),
    )
    .join('');
  return { text, retry };
};

/**
 * "Не вдалося перевірити таблицю: Google не встиг відповісти…": the action named, a known
 * Google failure translated, our own Ukrainian message kept (with Google's English inside it
 * translated), any other English text replaced.
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
  const { text, retry } =
    line !== '' && CYRILLIC.test(line) ? translateInside(line) : googleFailure(line);
  return { text: `Не вдалося ${action}. ${text}`, retry };
};

/** What became of the report a new one replaced, as the page says it under the new one. */
export const replacedMessage = (replaced: ReplacedReport): string => {
  if (replaced.trashed) return 'Замінений звіт переміщено в кошик.';
  if ('byOther' in replaced)
    return 'Замінений звіт створив інший користувач: попросіть його перемістити той звіт у кошик.';
  return `Замінений звіт не вдалося перемістити в кошик (${replaced.reason}). Видаліть його вручну.`;
};

/**
 * What to do about the errors: the marked cells, or, when no error has a cell (no measures tab,
 * no header), what the list of errors says.
 */
const fixErrors = (errors: number, inCells: boolean): string =>
  inCells
    ? 'Виправте позначені клітинки і спробуйте знову.'
    : `Виправте ${errors === 1 ? 'її' : 'їх'}, як сказано в переліку помилок, і спробуйте знову.`;

/** Why no open data was exported, with the error count in agreement. */
export const openDataRefusalMessage = (errors: number, inCells = true): string =>
  `Відкриті дані не експортовано: у таблиці ${counted(errors, ERRORS)}. ` +
  fixErrors(errors, inCells);

/**
 * Why no report was made, with the error count in agreement ("2 помилки", "5 помилок");
 * `inCells`: some error is at a cell, marked on the sheet.
 */
export const refusalMessage = (errors: number, inCells = true): string =>
  `Звіт не створено: у таблиці ${counted(errors, ERRORS)}. ${fixErrors(errors, inCells)}`;

/** Whether some error of the check is at a cell (and so marked on the sheet). */
export const errorsInCells = (check: CheckView): boolean =>
  check.findings.some((f) => f.severity === 'error' && f.cell !== '');

// ---- the whole programme: changes since the previous report, departments, narrative ----

/** "Додано 1 чернетку / 3 чернетки / 5 чернеток пояснень". */
const DRAFTS: Forms = { one: 'чернетку', few: 'чернетки', many: 'чернеток' };

/**
 * «Чернетка пояснень» in a workbook of one section: its report is exactly today's (SPEC §7, §6),
 * with no narrative in it; the draft is still there to copy.
 */
const ONE_SECTION_NOTE =
  'Звіт одного розділу пояснень не друкує (лише таблицю з підсумком): текст із аркуша ' +
  `«${NARRATIVE_SHEET}» потрапляє лише до звіту програми з кількох розділів. Його можна ` +
  'скопіювати звідти до супровідного листа.';

/** What «Чернетка пояснень» did: how many drafts were added, which sections were left alone. */
export const narrativeMessage = (result: {
  readonly added: readonly string[];
  readonly kept: readonly string[];
  /** Cells of Пояснення rows that name no section, and the sections there are. */
  readonly unmatched?: { readonly cells: readonly string[]; readonly sections: readonly string[] };
  /** The workbook has one section: its report prints no narrative. */
  readonly oneSection?: boolean;
}): string => {
  const added =
    result.added.length === 0
      ? 'Нових чернеток не додано.'
      : `Додано ${counted(result.added.length, DRAFTS)} пояснень` +
        `${result.added.some((s) => s !== '') ? ` (${result.added.filter((s) => s !== '').join(', ')})` : ''} ` +
        `на аркуш «${NARRATIVE_SHEET}».` +
        (result.oneSection ? '' : ' Відредагуйте їх перед звітом.');
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
  return `${added}${kept}${unmatched}${result.oneSection ? ` ${ONE_SECTION_NOTE}` : ''}`;
};

/**
 * What a finished report says of the Пояснення rows it left out (their Розділ names no
 * section): the add-on's check does not read that tab, so the report step says it.
 */
export const narrativeLeftOutMessage = (
  cells: readonly string[],
  sections: readonly string[],
): string =>
  `Не потрапили до звіту абзаци з аркуша «${NARRATIVE_SHEET}» (${cells.length === 1 ? 'клітинка' : 'клітинки'} ` +
  `${cells.join(', ')}): розділу з таким номером у таблиці немає. Напишіть у стовпці «Розділ» ` +
  `номер розділу (є: ${sections.join(', ')}) і сформуйте звіт знову.`;

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
  const groups = new Map<string, { department: string; changes: ChangeLine[] }>();
  for (const d of programme.departments)
    groups.set(departmentKey(d.name), { department: d.name, changes: [] });
  (programme.changes?.measures ?? []).forEach((change, i) => {
    const { kind, executor } = programme.changeDetails[i];
    for (const name of departmentsOf(executor)) {
      const key = departmentKey(name);
      const group = groups.get(key) ?? { department: name, changes: [] };
      groups.set(key, group);
      group.changes.push({ ...change, kind });
    }
  });
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
  measures: programme.counts.planned,
  joint: countJoint(
    programme.sections.flatMap((s) =>
      (s.analysis.table?.measures ?? []).map((m) => m.text.executor),
    ),
  ),
  previous: previous ? previous.period : null,
  reminder: programme.departments
    .map((d) => reminderLine(d, previous?.period.label ?? ''))
    .filter((line) => line !== '')
    .join('\n'),
});
