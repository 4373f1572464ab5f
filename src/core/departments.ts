// Departments, not strings: an executor cell may name several departments ("Відділ
// інформаційного забезпечення, ЦНАП, УЖКГ"), and one department is typed several ways
// (a Latin "c" in "Прес-cлужба", a capital letter, a double space). Core layer.
import { normalizeSpaces, stripTrailingPunctuation } from './text';
import { countOf, inSection, LIST_LIMIT, LIST_SHOWN, listNumbers } from './ukrainian';

/** Latin letters that look like Cyrillic ones, as they slip into Ukrainian words. */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const APOSTROPHES = /[\u2019\u02bc\u0060\u00b4]/g;

/** A word with Cyrillic letters has its Latin look-alikes read as the Cyrillic letters they mimic. */
const foldWord = (word: string): string =>
  CYRILLIC.test(word) ? word.replace(/[a-z]/g, (c) => LATIN_LOOKALIKES[c] ?? c) : word;

/**
 * Hyphen look-alikes between letters: Word and web pages turn «Прес-служба» into a non-breaking
 * (U+2011) or typographic (U+2010) hyphen, or a figure or en dash (U+2012, U+2013).
 */
const HYPHEN_LOOKALIKES = /(\p{L})[\u2010-\u2013](?=\p{L})/gu;

/** `text` with every hyphen look-alike between letters as the plain hyphen. */
const foldHyphens = (text: string): string =>
  /[\u2010-\u2013]/.test(text) ? text.replace(HYPHEN_LOOKALIKES, '$1-') : text;

/**
 * The key under which spellings of one name meet (a department, a measure's title): case,
 * spaces, apostrophe and hyphen variants, trailing punctuation and Latin look-alike letters
 * inside Cyrillic words do not count.
 */
export const spellingKey = (name: string): string => {
  const tidy = stripTrailingPunctuation(
    foldHyphens(normalizeSpaces(name)).toLowerCase().replace(APOSTROPHES, "'"),
  );
  // Thousands of titles are keyed at a time, nearly all without a Latin letter to fold.
  return /[a-z]/.test(tidy) ? tidy.split(' ').map(foldWord).join(' ') : tidy;
};

/** The key under which spellings of one department meet (see `spellingKey`). */
export const departmentKey = spellingKey;

/**
 * Words that open a department's name, as stems so that every case form matches ("відділу",
 * "управлінням"); looked for in a part's first two words ("міський відділ", "КП «Водоканал»").
 */
const DEPARTMENT_STEMS = [
  'відділ',
  'управлінн',
  'служб',
  'прес-служб',
  'департамент',
  'центр',
  'цнап',
  'сектор',
  'комітет',
  'виконком',
  'інспекці',
  'апарат',
  'адміністраці',
  'дирекці',
  'бюро',
  'фонд',
  'підприємств',
  'установ',
  'заклад',
  'кп',
  'кнп',
  // The press a city's programme names beside its departments. «редакція», «редакції» only, not
  // a stem: «редакційної роботи» continues the name of a department in charge of it.
  'редакція',
  'редакції',
  'телерадіокомпані',
  'телекомпані',
  'радіокомпані',
  'трк',
];

/**
 * The genitive plurals of those words ("закладів", "підприємств"): they name what a department
 * is in charge of ("Управління освіти, комунальних закладів та молоді"), not a body of its
 * own, so a part opening with one continues the name before it.
 */
const GENITIVE_PLURALS = new Set([
  'відділів',
  'служб',
  'прес-служб',
  'департаментів',
  'центрів',
  'секторів',
  'комітетів',
  'виконкомів',
  'інспекцій',
  'апаратів',
  'адміністрацій',
  'дирекцій',
  'фондів',
  'підприємств',
  'установ',
  'закладів',
  'редакцій',
  'телерадіокомпаній',
  'телекомпаній',
  'радіокомпаній',
]);

/**
 * «Комунальне підприємство», «комунальний заклад»: the adjective opens a body's name only in
 * the nominative; «комунального господарства», «комунальних закладів» continue a name.
 */
const COMMUNAL = new Set(['комунальне', 'комунальний', 'комунальна', 'комунальні']);

/** "УЖКГ", "ЦНАП", "КП": an abbreviation in capitals names a body of its own. */
const ABBREVIATION = /^[A-ZА-ЯЄІЇҐ]{2,}$/;

/** A word as the department words are looked for: small letters, plain hyphens, no quotes. */
const bareWord = (w: string): string =>
  foldHyphens(w)
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

const namesBody = (w: string): boolean => {
  const word = bareWord(w);
  if (COMMUNAL.has(word)) return true;
  return !GENITIVE_PLURALS.has(word) && DEPARTMENT_STEMS.some((stem) => word.startsWith(stem));
};

const opensDepartment = (part: string): boolean => {
  const words = part.split(' ').slice(0, 2);
  if (words.some((w) => ABBREVIATION.test(w.replace(/[^\p{L}]/gu, '')))) return true;
  return words.some(namesBody);
};

/** The part's first letter is a capital; quotes, digits and brackets before it do not count. */
const startsWithCapital = (part: string): boolean => {
  const letter = /\p{L}/u.exec(part)?.[0];
  return letter !== undefined && letter !== letter.toLowerCase();
};

/**
 * Department words in the nominative, the form a department's name opens with after «та» or
 * «і» («Відділ культури та відділ туризму»). «управління» only with a capital: in small letters
 * it is as often the genitive or the noun «management» («Відділ контролю та управління
 * майном»). Stems would not do here: «та центру», «і служби» continue a name.
 */
const NOMINATIVE_BODIES = new Set([
  'відділ',
  'служба',
  'прес-служба',
  'департамент',
  'центр',
  'цнап',
  'сектор',
  'комітет',
  'виконком',
  'інспекція',
  'апарат',
  'адміністрація',
  'дирекція',
  'фонд',
  'підприємство',
  'установа',
  'заклад',
  'кп',
  'кнп',
  'кз',
  'редакція',
  'телерадіокомпанія',
  'телекомпанія',
  'радіокомпанія',
  'трк',
  ...COMMUNAL,
]);

const abbreviation = (w: string): boolean => ABBREVIATION.test(w.replace(/[^\p{L}]/gu, ''));

/**
 * After «та», «і» or «й» a department of its own begins when one of the first two words is a
 * department word in the nominative («та відділ економіки», «і міський центр зайнятості»,
 * «та Управління спорту»), or when both sides are abbreviations («ЦНАП та УЖКГ»; «з
 * громадськістю та ЗМІ» is one name).
 */
const opensAfterConjunction = (before: string, after: string): boolean => {
  const words = after.split(' ').slice(0, 2);
  if (words.some((w) => NOMINATIVE_BODIES.has(bareWord(w)) || w === 'Управління')) return true;
  return before.split(' ').every(abbreviation) && abbreviation(words[0] ?? '');
};

/** A part cut at each «та», «і» or «й» that another department follows. */
const splitAtConjunctions = (part: string): string[] => {
  // [name, conjunction, name, conjunction, name…]
  const pieces = part.split(/ (та|і|й) /);
  const names = [pieces[0]];
  for (let i = 2; i < pieces.length; i += 2) {
    const last = names.length - 1;
    if (opensAfterConjunction(names[last], pieces[i])) names.push(pieces[i]);
    else names[last] = `${names[last]} ${pieces[i - 1]} ${pieces[i]}`;
  }
  return names;
};

/**
 * The departments an executor cell names. Commas, semicolons and line breaks separate them; a
 * part starts a department of its own when its first letter is a capital («Міськсвітло»
 * too) or it names a department ("відділ економіки", any case); any other part continues the
 * name before it ("Управління освіти, молоді та спорту", "вул. Шевченка, 5"). Within a part,
 * «та» or «і» before another department's name joins two departments.
 */
export const splitExecutors = (cell: string): string[] => {
  const parts = cell
    .split(/[,;\n]+/)
    .map((p) => normalizeSpaces(p))
    .filter((p) => p !== '');
  const names: string[] = [];
  for (const part of parts) {
    const [first, ...others] = splitAtConjunctions(part);
    const continues = names.length > 0 && !startsWithCapital(first) && !opensDepartment(first);
    if (continues) names[names.length - 1] = `${names[names.length - 1]}, ${first}`;
    else names.push(first);
    names.push(...others);
  }
  return names.map(stripTrailingPunctuation);
};

/** One measure as the department list sees it. */
export interface DepartmentMeasure {
  /** The section (tab) it is in, for naming it in a programme of several sections. */
  readonly section: string;
  readonly number: string;
  readonly executor: string;
  /** It has an error finding on its row. */
  readonly hasErrors: boolean;
  /** Still misses a status, a fact beside a plan, or a result text. */
  readonly missingData: boolean;
  /** Unchanged since the previous report (null when there is no previous report). */
  readonly unchanged: boolean | null;
}

export interface DepartmentSummary {
  /** The spelling most rows use (one without Latin look-alikes when tied). */
  readonly name: string;
  /** Every other spelling seen, for the coordinator to tidy up. */
  readonly variants: readonly string[];
  readonly measures: number;
  readonly withErrors: number;
  /** Numbers of the measures with errors, as `withoutData` names them. */
  readonly errorsIn: readonly string[];
  /** Numbers of the measures still without data: "7" ("7 (розділ 6.2)" across sections; '' without a number). */
  readonly withoutData: readonly string[];
  /** How many measures did not change since the previous report; null without one. */
  readonly unchanged: number | null;
}

const NO_EXECUTOR = '(виконавця не вказано)';
const LATIN = /[A-Za-z]/;

const pickName = (spellings: ReadonlyMap<string, number>): string =>
  [...spellings].sort(
    ([a, ca], [b, cb]) =>
      cb - ca ||
      Number(LATIN.test(a) && CYRILLIC.test(a)) - Number(LATIN.test(b) && CYRILLIC.test(b)),
  )[0][0];

/**
 * The list a coordinator phones down: per department, over all sections, its measures, those
 * with errors, those still without data and those unchanged since the previous report.
 * Departments come in the order they first appear.
 */
export const summariseDepartments = (
  measures: readonly DepartmentMeasure[],
  severalSections = false,
): DepartmentSummary[] => {
  interface Group {
    spellings: Map<string, number>;
    measures: number;
    withErrors: number;
    errorsIn: string[];
    withoutData: string[];
    unchanged: number | null;
  }
  const groups = new Map<string, Group>();
  // Thousands of rows name a few dozen departments: each executor cell is split and keyed once.
  const named = new Map<string, readonly { name: string; key: string }[]>();
  const departmentsOf = (executor: string) => {
    let departments = named.get(executor);
    if (departments === undefined) {
      const names = splitExecutors(executor);
      departments = (names.length > 0 ? names : [NO_EXECUTOR]).map((name) => ({
        name,
        key: departmentKey(name),
      }));
      named.set(executor, departments);
    }
    return departments;
  };
  // Indexed: this runs once, mostly before the engine has compiled it, and an interpreted
  // `for…of` pays the iterator protocol on every step.
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    const departments = departmentsOf(m.executor);
    for (let d = 0; d < departments.length; d++) {
      const { name, key } = departments[d];
      let group = groups.get(key);
      if (!group) {
        group = {
          spellings: new Map(),
          measures: 0,
          withErrors: 0,
          errorsIn: [],
          withoutData: [],
          unchanged: null,
        };
        groups.set(key, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      group.measures += 1;
      const named = m.number + (severalSections && m.number !== '' ? inSection(m.section) : '');
      if (m.hasErrors) {
        group.withErrors += 1;
        group.errorsIn.push(named);
      }
      if (m.missingData) group.withoutData.push(named);
      if (m.unchanged !== null) group.unchanged = (group.unchanged ?? 0) + (m.unchanged ? 1 : 0);
    }
  }
  return [...groups.values()].map((g) => {
    const name = pickName(g.spellings);
    return {
      name,
      variants: [...g.spellings.keys()].filter((s) => s !== name),
      measures: g.measures,
      withErrors: g.withErrors,
      errorsIn: g.errorsIn,
      withoutData: g.withoutData,
      unchanged: g.unchanged,
    };
  });
};

/**
 * How many measures name more than one department in their executor cell: the department list
 * counts such a measure under each of them, the programme once.
 */
export const countJoint = (executors: readonly string[]): number =>
  executors.filter((e) => new Set(splitExecutors(e).map(departmentKey)).size > 1).length;

/** Every measure of the department is as it was in the previous report: its rows were not touched. */
export const isUnchanged = (d: DepartmentSummary): boolean =>
  d.unchanged !== null && d.measures > 0 && d.unchanged === d.measures;

/** Whom the coordinator phones: errors, measures without data, or rows left as they were. */
export const owesData = (d: DepartmentSummary): boolean =>
  d.withErrors > 0 || d.withoutData.length > 0 || isUnchanged(d);

const MEASURE_NOUN = { one: 'захід', few: 'заходи', many: 'заходів' } as const;

const MEASURE_FORMS = {
  in: {
    one: 'в заході',
    many: 'в заходах',
    preposition: 'у',
    count: { one: 'заході', few: 'заходах', many: 'заходах' },
    another: 'одному заході',
  },
  to: {
    one: 'до заходу',
    many: 'до заходів',
    preposition: 'до',
    count: { one: 'заходу', few: 'заходів', many: 'заходів' },
    another: 'одного заходу',
  },
} as const;

/**
 * Numbers, then the measures without one: «№ 3, 5 та ще 2 заходи без номера» — one «та ще», no
 * second «і», and the count always with its noun (or «2 без номера» reads as № 2). A long list
 * names five numbers and counts the rest, numbered or not: «№ 1, 2, 3, 4, 5 та ще 9 заходів».
 */
const numberedAndOthers = (
  numbered: readonly string[],
  unnumbered: number,
  others: (n: number) => string,
): string =>
  numbered.length <= LIST_LIMIT
    ? `№ ${numbered.join(', ')} та ще ${others(unnumbered)} без номера`
    : `№ ${numbered.slice(0, LIST_SHOWN).join(', ')} та ще ` +
      others(numbered.length - LIST_SHOWN + unnumbered);

/**
 * The measures of a reminder with their preposition: «в заході № 3», «до заходів № 4 і 8»,
 * «в заході без номера», «у 2 заходах без номера», «в заходах № 3, 5 та ще 2 заходах без
 * номера» — never «1 без номера», which reads as № 1.
 */
const measuresPhrase = (numbers: readonly string[], form: keyof typeof MEASURE_FORMS): string => {
  const words = MEASURE_FORMS[form];
  const numbered = numbers.filter((n) => n !== '');
  const unnumbered = numbers.length - numbered.length;
  const others = (n: number): string => (n === 1 ? words.another : countOf(n, words.count));
  if (numbered.length === 0) {
    return unnumbered === 1
      ? `${words.one} без номера`
      : `${words.preposition} ${countOf(unnumbered, words.count)} без номера`;
  }
  const head = numbered.length === 1 ? words.one : words.many;
  if (unnumbered === 0) return `${head} ${listNumbers(numbered)}`;
  return `${head} ${numberedAndOthers(numbered, unnumbered, others)}`;
};

/** Why a department is reminded, as the reminder says it; '' when it owes nothing. */
export const reminderLine = (d: DepartmentSummary, previousLabel: string): string => {
  const reasons = [
    d.errorsIn.length > 0
      ? `помилки ${measuresPhrase(d.errorsIn, 'in')} — виправте позначені клітинки`
      : '',
    d.withoutData.length > 0 ? `не подано дані ${measuresPhrase(d.withoutData, 'to')}` : '',
    isUnchanged(d)
      ? `дані не змінилися від звіту за попередній період${previousLabel ? ` («${previousLabel}»)` : ''}`
      : '',
  ].filter((r) => r !== '');
  // A line of its own opens a sentence: «Відділ економіки: …», though the cell says «відділ».
  const name = d.name.charAt(0).toUpperCase() + d.name.slice(1);
  return reasons.length > 0 ? `${name}: ${reasons.join('; ')}.` : '';
};

/**
 * "№ 4 і 8", "№ 7 (розділ 6.2) та ще 2 заходи без номера": the measures still without data, as the
 * summary lists them; an unnumbered count always has its noun, or "1 без номера" reads as № 1.
 */
export const withoutDataText = (numbers: readonly string[]): string => {
  const numbered = numbers.filter((n) => n !== '');
  const unnumbered = numbers.length - numbered.length;
  if (unnumbered === 0) return listNumbers(numbered);
  if (numbered.length === 0) return `${countOf(unnumbered, MEASURE_NOUN)} без номера`;
  return numberedAndOthers(numbered, unnumbered, (n) => countOf(n, MEASURE_NOUN));
};
