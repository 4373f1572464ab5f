// The checks of "Перевірити дані": small named rules over the parsed table, each returning
// findings with a Ukrainian message that says what is wrong and how to fix it. Core layer.
import type { SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Finding, FindingCode, Severity } from './findings';
import { SEVERITY } from './findings';
import { toA1 } from './grid';
import type { Header } from './header';
import type { FieldKey, Side } from './labels';
import { FIELD_LABELS, REQUIRED_FIELDS, SIDE_LABELS, SOURCE_LABELS } from './labels';
import type { AmountResult, InvalidAmountCode } from './amount';
import type { DeclaredTotals, Measure, MoneyCell } from './measures';
import { formatThousands } from './money';
import { parseStatus, STATUS, STATUS_LABELS } from './status';
import { shortTitle } from './summary';
import { parseTerm } from './term';
import { foldLookalikes, latinLetters, mixedWords } from './text';
import { formatCount, genitiveForm } from './ukrainian';
import {
  amountOf,
  FUNDING_SOURCES,
  rowAmount,
  readsWhole,
  restsOnUnreadable,
  sumOfSources,
  unreadableTotals,
} from './totals';

export interface CheckContext {
  readonly sheet: string;
  readonly header: Header;
  readonly measures: readonly Measure[];
  readonly declared: readonly DeclaredTotals[];
  readonly totals: Totals;
}

/** A finding whose code the compiler knows: what a rule may return. */
type Coded<C extends FindingCode> = Finding & { readonly code: C };

/** A rule and every code it may find: what an edit may take off is read from these. */
export interface Rule {
  readonly codes: readonly FindingCode[];
  readonly run: (ctx: CheckContext) => Finding[];
}

/** A rule that finds only `codes`: a finding of any other code is a compile error. */
const rule = <const C extends FindingCode>(
  codes: readonly C[],
  run: (ctx: CheckContext) => Coded<NoInfer<C>>[],
): Rule => ({ codes, run });

export const makeFinding = <C extends FindingCode>(
  code: C,
  severity: Severity,
  place: { readonly sheet: string; readonly row: number; readonly col: number },
  message: string,
): Coded<C> => ({
  code,
  severity,
  cell: place.row < 0 || place.col < 0 ? '' : toA1(place.row, place.col),
  message,
  row: place.row,
  col: place.col,
  sheet: place.sheet,
});

const thousands = (hryvnias: number): string => `${formatThousands(hryvnias)} тис. грн`;

const moneyName = (source: SourceKey, side: Side): string =>
  `«${SOURCE_LABELS[source]}», ${SIDE_LABELS[side]}`;

/** "захід № 7"; without a number, by its title as the summary names it (never "№ "). */
const measureName = (m: Measure): string => {
  if (m.text.number) return `захід № ${m.text.number}`;
  return m.text.title ? `захід «${shortTitle(m.text.title)}»` : 'захід';
};

const SIDES: readonly Side[] = ['plan', 'fact'];

const HOW_TO_FILL: Readonly<Record<string, string>> = {
  title: 'Впишіть зміст заходу, як у програмі.',
  term: 'Впишіть термін, наприклад «І квартал», «2017», «до 01.07.2017» або «Впродовж року».',
  executor: 'Впишіть підрозділ, відповідальний за захід, наприклад «Прес-служба».',
  status: 'Оберіть стан: виконано, виконується, виконано частково або не виконано.',
};

// This rule and the money rules below run over every row, and nearly every row is fine: they
// loop and push, rather than build an empty list per row for flatMap to join. The loops are
// indexed: a rule runs once per check, mostly before the engine has compiled it, and an
// interpreted `for…of` pays the iterator protocol on every step.

const requiredFields = rule(['required'], (ctx) => {
  const findings: Coded<'required'>[] = [];
  for (let i = 0; i < ctx.measures.length; i++) {
    const m = ctx.measures[i];
    for (let k = 0; k < REQUIRED_FIELDS.length; k++) {
      const key = REQUIRED_FIELDS[k];
      if (m.text[key] !== '') continue;
      findings.push(
        makeFinding(
          'required',
          SEVERITY.error,
          { sheet: ctx.sheet, row: m.row, col: ctx.header.fields[key] ?? -1 },
          `Не заповнено «${FIELD_LABELS[key]}» (${measureName(m)}). ${HOW_TO_FILL[key]}`,
        ),
      );
    }
  }
  return findings;
});

/** "є латинська літера «c», схожа на українську" / "є латинські літери «o», «p», схожі …". */
const latinNamed = (text: string): string => {
  const letters = latinLetters(text).map((l) => `«${l}»`);
  return letters.length === 1
    ? `є латинська літера ${letters[0]}, схожа на українську`
    : `є латинські літери ${letters.join(', ')}, схожі на українські`;
};

/**
 * A status or term with Latin look-alikes is an error that names them (SPEC §4) and, when the
 * word reads after folding them, says what it was meant to be; it replaces unknown-status or
 * unknown-term, so the slip is one finding.
 */
const lookalikeInField = (
  ctx: CheckContext,
  m: Measure,
  key: 'status' | 'term',
  meant: string | null,
): Coded<'lookalike-letters'> =>
  makeFinding(
    'lookalike-letters',
    SEVERITY.error,
    { sheet: ctx.sheet, row: m.row, col: ctx.header.fields[key] ?? -1 },
    `У ${key === 'status' ? 'стані' : 'терміні'} «${m.text[key]}» ${latinNamed(m.text[key])}, ` +
      `тому ${key === 'status' ? 'стан не розпізнано' : 'термін не прочитано'}. ` +
      (meant === null
        ? `Наберіть його українською розкладкою. ${HOW_TO_FILL[key]}`
        : `Мало бути «${meant}»? Наберіть його українською розкладкою.`),
  );

const unknownStatus = rule(['unknown-status', 'lookalike-letters'], (ctx) =>
  ctx.measures
    .filter((m) => m.text.status !== '' && m.status === null)
    .map((m) => {
      if (mixedWords(m.text.status).length > 0) {
        const meant = parseStatus(foldLookalikes(m.text.status));
        return lookalikeInField(ctx, m, 'status', meant && STATUS_LABELS[meant]);
      }
      return makeFinding(
        'unknown-status',
        SEVERITY.error,
        { sheet: ctx.sheet, row: m.row, col: ctx.header.fields.status ?? -1 },
        `Невідомий стан «${m.text.status}». ${HOW_TO_FILL.status}`,
      );
    }),
);

const termLookalikes = rule(['lookalike-letters'], (ctx) =>
  ctx.measures
    .filter((m) => mixedWords(m.text.term).length > 0)
    .map((m) => {
      const folded = foldLookalikes(m.text.term);
      // Any year will do: only whether the folded text reads as a term matters here.
      const reads = parseTerm({ value: folded, text: folded }, 2000).kind === 'known';
      return lookalikeInField(ctx, m, 'term', reads ? folded : null);
    }),
);

const unknownTerm = rule(['unknown-term'], (ctx) =>
  ctx.measures
    .filter(
      (m) =>
        m.text.term !== '' && m.term.kind === 'unknown' && mixedWords(m.text.term).length === 0,
    )
    .map((m) =>
      makeFinding(
        'unknown-term',
        SEVERITY.warning,
        { sheet: ctx.sheet, row: m.row, col: ctx.header.fields.term ?? -1 },
        `Не вдалося прочитати термін «${m.text.term}»: у звіті його буде надруковано як є, але ` +
          `невиконаний захід не вдасться віднести ні до прострочених, ні до тих, чий термін не настав. ` +
          HOW_TO_FILL.term,
      ),
    ),
);

/** Why an amount cell cannot be read, in the person's terms; null when it reads fine. */
const invalidAmountMessage = (a: Extract<AmountResult, { kind: 'invalid' }>): string => {
  switch (a.reason) {
    case 'date':
      return (
        `Тут дата (${a.shown}) замість суми: таблиця з українською локаллю сприймає «28.8» з крапкою ` +
        `як 28 серпня. Поставте клітинці числовий формат і впишіть суму з комою, наприклад 28,8.`
      );
    case 'boolean':
      return `Тут логічне значення (${a.shown}) замість суми. Впишіть суму в тис. грн або залиште клітинку порожньою.`;
    case 'error-value':
      return `У клітинці помилка формули ${a.shown}. Виправте формулу або впишіть суму числом.`;
    case 'negative':
      return `Сума не може бути від'ємною (${a.shown}). Впишіть суму в тис. грн без мінуса.`;
    case 'precision':
      return (
        `Забагато знаків після коми (${a.shown}): суми ведуться в тис. грн з точністю до гривні, ` +
        `тобто не більше трьох знаків після коми. Округліть суму.`
      );
    default:
      return (
        `«${a.shown}» — не сума. Впишіть суму в тис. грн цифрами (наприклад 28,8) або залиште ` +
        `клітинку порожньою чи поставте «-», якщо коштів немає.`
      );
  }
};

const pairMessage = (
  a: Extract<AmountResult, { kind: 'pair' }>,
  planAt: string,
  factAt: string,
): string =>
  `«${a.plan} / ${a.fact}» — план і факт в одній клітинці. Впишіть план (${a.plan}) у ${planAt}, ` +
  `а факт (${a.fact}) — у ${factAt}.`;

/** The error of an amount cell that holds no amount; null for one that reads. */
const amountCellFinding = (
  ctx: CheckContext,
  m: Measure | DeclaredTotals,
  source: SourceKey,
  side: Side,
): Coded<InvalidAmountCode | 'plan-fact-in-one-cell'> | null => {
  const money = m.money[source][side];
  const a = money.amount;
  if (a.kind !== 'invalid' && a.kind !== 'pair') return null;
  const place = { sheet: ctx.sheet, row: m.row, col: money.col };
  if (a.kind === 'invalid')
    return makeFinding(a.code, SEVERITY.error, place, invalidAmountMessage(a));
  const at = (s: Side): string => {
    const col = m.money[source][s].col;
    return col < 0 ? 'окремий стовпець' : `клітинку ${toA1(m.row, col)}`;
  };
  return makeFinding(
    'plan-fact-in-one-cell',
    SEVERITY.error,
    place,
    pairMessage(a, at('plan'), at('fact')),
  );
};

// The money rules ask whether a row reads whole once (`whole`) before asking which of its
// figures do not.

/** The sheet errors (#REF!, #DIV/0!) measures' money cells hold, column by column. */
const errorsByColumn = (measures: readonly Measure[]): Map<number, Set<string>> => {
  const cols = new Map<number, Set<string>>();
  for (let i = 0; i < measures.length; i++) {
    const { money } = measures[i];
    if (readsWhole(money)) continue;
    for (const source of SOURCE_KEYS) {
      for (const side of SIDES) {
        const { col, amount } = money[source][side];
        if (amount.kind !== 'invalid' || amount.reason !== 'error-value') continue;
        const errors = cols.get(col) ?? new Set<string>();
        errors.add(amount.shown.toUpperCase());
        cols.set(col, errors);
      }
    }
  }
  return cols;
};

/**
 * A ВСЬОГО cell's formula error that a measure's cell of its column holds too: =SUM(E3:E8)
 * inherits #DIV/0! from E4, and fixing E4 fixes it. One mistake, one finding, at E4. A
 * measure's text («дванадцять») gives no #REF!: that error is the ВСЬОГО cell's own.
 */
const inheritedError = (
  cell: MoneyCell,
  errors: ReadonlyMap<number, ReadonlySet<string>>,
): boolean =>
  cell.amount.kind === 'invalid' &&
  cell.amount.reason === 'error-value' &&
  errors.get(cell.col)?.has(cell.amount.shown.toUpperCase()) === true;

const amountCells = rule(
  ['not-a-number', 'negative', 'too-precise', 'sheet-error', 'plan-fact-in-one-cell'],
  (ctx) => {
    const findings: Coded<InvalidAmountCode | 'plan-fact-in-one-cell'>[] = [];
    for (let i = 0; i < ctx.measures.length; i++) {
      const m = ctx.measures[i];
      if (readsWhole(m.money)) continue;
      for (const source of SOURCE_KEYS) {
        for (const side of SIDES) {
          const finding = amountCellFinding(ctx, m, source, side);
          if (finding) findings.push(finding);
        }
      }
    }
    const declared = ctx.declared.filter((d) => !readsWhole(d.money));
    const errors =
      declared.length > 0 ? errorsByColumn(ctx.measures) : new Map<number, Set<string>>();
    for (const d of declared) {
      for (const source of SOURCE_KEYS) {
        for (const side of SIDES) {
          if (inheritedError(d.money[source][side], errors)) continue;
          const finding = amountCellFinding(ctx, d, source, side);
          if (finding) findings.push(finding);
        }
      }
    }
    return findings;
  },
);

/**
 * What to type for a missing Всього: the amount, or in a printed report (one cell holds both
 * sides) the whole pair, «75 / 0» — typing 0 alone would wipe out the plan beside it.
 */
const totalToType = (ctx: CheckContext, m: Measure, side: Side, sum: number): string => {
  if (ctx.header.layout !== 'pairs') return formatThousands(sum);
  const other: Side = side === 'plan' ? 'fact' : 'plan';
  const beside = amountOf(m.money.total[other]) ?? sumOfSources(m.money, other) ?? 0;
  const [plan, fact] = side === 'plan' ? [sum, beside] : [beside, sum];
  return `«${formatThousands(plan)} / ${formatThousands(fact)}»`;
};

/** Всього against the sum of the sources on one side of a row; null when they agree. */
const totalOfRowFinding = (
  ctx: CheckContext,
  m: Measure,
  side: Side,
  whole: boolean,
): Coded<'total-missing' | 'total-mismatch'> | null => {
  // A source that could not be read has its own finding; the sum without it proves nothing.
  if (!whole && FUNDING_SOURCES.some((s) => restsOnUnreadable(m.money, s, side))) return null;
  const sources = sumOfSources(m.money, side);
  const typedCell = m.money.total[side];
  const typed = amountOf(typedCell);
  if (sources === null) return null;
  const place = { sheet: ctx.sheet, row: m.row, col: typedCell.col };
  if (typed === null && typedCell.amount.kind === 'empty') {
    return makeFinding(
      'total-missing',
      SEVERITY.warning,
      place,
      `${moneyName('total', side)} не заповнено, хоча суми за джерелами є: у звіті буде ` +
        `${thousands(sources)}. Впишіть ${totalToType(ctx, m, side, sources)}, щоб таблиця і ` +
        'звіт збігалися.',
    );
  }
  if (typed === null || typed === sources) return null;
  const parts = FUNDING_SOURCES.filter((s) => amountOf(m.money[s][side]) !== null)
    .map((s) => `${SOURCE_LABELS[s]} ${formatThousands(amountOf(m.money[s][side]) ?? 0)}`)
    .join(' + ');
  return makeFinding(
    'total-mismatch',
    SEVERITY.error,
    place,
    `${moneyName('total', side)}: ${formatThousands(typed)}, а сума джерел — ` +
      `${formatThousands(sources)} (${parts}). Виправте «Всього» або суми за джерелами.`,
  );
};

/**
 * A printed report's empty Всього cell («-») lacks both sides at once: one warning that asks
 * for the whole pair, not one per side with the same advice.
 */
const pairMissing = (ctx: CheckContext, m: Measure, at: Finding): Coded<'total-missing'> => {
  const plan = sumOfSources(m.money, 'plan') ?? 0;
  const fact = sumOfSources(m.money, 'fact') ?? 0;
  const pair = `${formatThousands(plan)} / ${formatThousands(fact)}`;
  return makeFinding(
    'total-missing',
    SEVERITY.warning,
    { sheet: ctx.sheet, row: at.row, col: at.col },
    `«${SOURCE_LABELS.total}» не заповнено, хоча суми за джерелами є: у звіті буде ${pair} ` +
      `тис. грн. Впишіть «${pair}», щоб таблиця і звіт збігалися.`,
  );
};

const totalOfRow = rule(['total-missing', 'total-mismatch'], (ctx) => {
  const findings: Coded<'total-missing' | 'total-mismatch'>[] = [];
  for (let i = 0; i < ctx.measures.length; i++) {
    const m = ctx.measures[i];
    const whole = readsWhole(m.money);
    const plan = totalOfRowFinding(ctx, m, 'plan', whole);
    const fact = totalOfRowFinding(ctx, m, 'fact', whole);
    if (plan?.code === 'total-missing' && fact?.code === 'total-missing' && plan.col === fact.col)
      findings.push(pairMissing(ctx, m, plan));
    else {
      if (plan) findings.push(plan);
      if (fact) findings.push(fact);
    }
  }
  return findings;
});

/** Per source; Всього only when no source is given (else the source already says it). */
const factSources = (m: Measure): readonly SourceKey[] =>
  sumOfSources(m.money, 'plan') === null && sumOfSources(m.money, 'fact') === null
    ? ['total']
    : FUNDING_SOURCES;

/** A fact without a plan or above it, for one source of a row; null when it is neither. */
const factFinding = (
  ctx: CheckContext,
  m: Measure,
  source: SourceKey,
  whole: boolean,
): Coded<'fact-without-plan' | 'fact-over-plan'> | null => {
  if (!whole && SIDES.some((side) => restsOnUnreadable(m.money, source, side))) return null;
  const plan = rowAmount(m.money, source, 'plan');
  const fact = rowAmount(m.money, source, 'fact');
  if (fact === null || fact === 0) return null;
  const place = { sheet: ctx.sheet, row: m.row, col: m.money[source].fact.col };
  if (plan === null) {
    return makeFinding(
      'fact-without-plan',
      SEVERITY.warning,
      place,
      `Є факт ${thousands(fact)}, але план не заповнено (${moneyName(source, 'plan')}). ` +
        `Впишіть заплановану суму.`,
    );
  }
  if (fact <= plan) return null;
  return makeFinding(
    'fact-over-plan',
    SEVERITY.warning,
    place,
    `Факт ${formatThousands(fact)} більший за план ${formatThousands(plan)} ` +
      `(«${SOURCE_LABELS[source]}»). Перевірте, чи не переплутано план і факт.`,
  );
};

const factAgainstPlan = rule(['fact-without-plan', 'fact-over-plan'], (ctx) => {
  const findings: Coded<'fact-without-plan' | 'fact-over-plan'>[] = [];
  for (let i = 0; i < ctx.measures.length; i++) {
    const m = ctx.measures[i];
    const whole = readsWhole(m.money);
    const sources = factSources(m);
    for (let s = 0; s < sources.length; s++) {
      const source = sources[s];
      // A source's empty fact cell is no fact to weigh (only Всього's may be summed): most cells
      // of most rows, passed over without asking for the row's figures.
      if (source !== 'total' && m.money[source].fact.amount.kind === 'empty') continue;
      const finding = factFinding(ctx, m, source, whole);
      if (finding) findings.push(finding);
    }
  }
  return findings;
});

const notDoneWithFact = rule(['not-done-with-fact'], (ctx) => {
  const findings: Coded<'not-done-with-fact'>[] = [];
  for (let i = 0; i < ctx.measures.length; i++) {
    const m = ctx.measures[i];
    if (m.status !== STATUS.notDone) continue;
    const fact = rowAmount(m.money, 'total', 'fact');
    if (fact === null || fact === 0) continue;
    findings.push(
      makeFinding(
        'not-done-with-fact',
        SEVERITY.warning,
        // Without a status column (a printed report) the status is read from «Виконання».
        {
          sheet: ctx.sheet,
          row: m.row,
          col: ctx.header.fields.status ?? ctx.header.fields.result ?? -1,
        },
        `Стан «${STATUS_LABELS[STATUS.notDone]}», але кошти використано (${thousands(fact)}). ` +
          `Виправте стан (наприклад, «${STATUS_LABELS[STATUS.partial]}») або суму факту.`,
      ),
    );
  }
  return findings;
});

const WHOLE_NUMBER = /^\d+$/;

const numbering = rule(['numbering'], (ctx) => {
  const findings: Coded<'numbering'>[] = [];
  const seen = new Map<string, number>();
  let previous: number | null = null;
  const col = ctx.header.fields.number ?? -1;
  // A table that numbers none of its measures gets one warning, not one per row.
  const count = ctx.measures.length;
  if (count > 1 && ctx.measures.every((m) => m.text.number === '')) {
    return [
      makeFinding(
        'numbering',
        SEVERITY.warning,
        { sheet: ctx.sheet, row: ctx.measures[0].row, col },
        `Жоден із ${formatCount(count)} ${genitiveForm(count, 'заходу', 'заходів')} не має ` +
          'номера: у звіті їх названо за змістом. Пронумеруйте заходи по порядку, щоб звіт ' +
          'назвав їх номерами.',
      ),
    ];
  }
  for (let i = 0; i < ctx.measures.length; i++) {
    const m = ctx.measures[i];
    const number = m.text.number;
    const place = { sheet: ctx.sheet, row: m.row, col };
    if (number === '') {
      findings.push(
        makeFinding(
          'numbering',
          SEVERITY.warning,
          place,
          'Захід без номера. Впишіть номер по порядку.',
        ),
      );
      continue;
    }
    const first = seen.get(number);
    if (first !== undefined) {
      findings.push(
        makeFinding(
          'numbering',
          SEVERITY.warning,
          place,
          `Номер ${number} повторюється (уже є в ${toA1(first, col)}). Пронумеруйте заходи по порядку.`,
        ),
      );
    } else seen.set(number, m.row);
    // Only whole numbers make a sequence; "4.1" sub-items are left as typed.
    const whole = WHOLE_NUMBER.test(number) ? Number(number) : null;
    if (whole !== null && previous !== null && whole > previous + 1) {
      const gap = whole - previous === 2 ? `№ ${previous + 1}` : `№ ${previous + 1}–${whole - 1}`;
      findings.push(
        makeFinding(
          'numbering',
          SEVERITY.warning,
          place,
          `Після № ${previous} іде № ${whole}: пропущено ${gap}. Перевірте нумерацію.`,
        ),
      );
    }
    if (whole !== null) previous = whole;
  }
  return findings;
});

const typedColumnSum = (measures: readonly Measure[], side: Side): number =>
  measures.reduce((sum, m) => sum + (amountOf(m.money.total[side]) ?? 0), 0);

const declaredTotals = rule(['declared-total-mismatch'], (ctx) => {
  if (ctx.declared.length === 0) return [];
  const unreadable = unreadableTotals(ctx.measures);
  return ctx.declared.flatMap((d) =>
    SOURCE_KEYS.flatMap((source) =>
      (['plan', 'fact'] as const).flatMap((side) => {
        const typed = amountOf(d.money[source][side]);
        const computed = ctx.totals[source][side];
        if (typed === null || typed === computed) return [];
        // A measure's figure that could not be read has its own finding; without it the
        // computed total is not the total, so comparing would be a second finding for one slip.
        if (unreadable[source][side]) return [];
        // A live =SUM over the Всього column leaves out rows whose Всього is empty; those rows
        // already carry "total-missing", so the column's own sum is not a second error.
        if (source === 'total' && typed === typedColumnSum(ctx.measures, side)) return [];
        return [
          makeFinding(
            'declared-total-mismatch',
            SEVERITY.error,
            { sheet: ctx.sheet, row: d.row, col: d.money[source][side].col },
            `У рядку ВСЬОГО ${moneyName(source, side)}: ${formatThousands(typed)}, а за заходами ` +
              `виходить ${formatThousands(computed)}. Виправте рядок ВСЬОГО (у Google Таблицях його ` +
              'оновлює «Розширення → Zvit → Підрахувати підсумки»).',
          ),
        ];
      }),
    ),
  );
});

const LOOKALIKE_FIELDS: readonly FieldKey[] = ['executor', 'title'];

const lookalikeLetters = rule(['lookalike-letters'], (ctx) => {
  const findings: Coded<'lookalike-letters'>[] = [];
  for (let i = 0; i < ctx.measures.length; i++) {
    const m = ctx.measures[i];
    for (let k = 0; k < LOOKALIKE_FIELDS.length; k++) {
      const key = LOOKALIKE_FIELDS[k];
      const word = mixedWords(m.text[key])[0];
      if (word === undefined) continue;
      findings.push(
        makeFinding(
          'lookalike-letters',
          SEVERITY.warning,
          { sheet: ctx.sheet, row: m.row, col: ctx.header.fields[key] ?? -1 },
          `У слові «${word}» ${latinNamed(word)}. Наберіть його ` +
            'українською розкладкою, ' +
            (key === 'executor'
              ? 'щоб виконавця скрізь було написано однаково (рахуючи заходи за виконавцями, ' +
                'Zvit уже зараховує цей рядок до того самого підрозділу).'
              : 'інакше текст не знайдеться пошуком.'),
        ),
      );
    }
  }
  return findings;
});

/** Rules that need only the row itself: what a single edit can be checked with. */
export const ROW_RULES: readonly Rule[] = [
  requiredFields,
  unknownStatus,
  unknownTerm,
  termLookalikes,
  amountCells,
  totalOfRow,
  factAgainstPlan,
  notDoneWithFact,
  lookalikeLetters,
];

/** Rules over the whole table: numbering runs across rows, ВСЬОГО needs every measure. */
export const TABLE_RULES: readonly Rule[] = [numbering, declaredTotals];

/** Every code a row rule finds: the findings an edit of a row checks again. */
export const ROW_RULE_CODES: ReadonlySet<FindingCode> = new Set(ROW_RULES.flatMap((r) => r.codes));

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1 };

/** The findings of `rules` (all by default), in sheet order, errors first within a cell. */
export const checkMeasures = (
  ctx: CheckContext,
  rules: readonly Rule[] = [...ROW_RULES, ...TABLE_RULES],
): Finding[] =>
  rules
    .flatMap((r) => r.run(ctx))
    .sort(
      (a, b) =>
        a.row - b.row || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
