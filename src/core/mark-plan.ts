// The mark plan: which cells get a mark and what each marked cell had before, as a function of
// the findings and of the notes and backgrounds the cells hold now. A mark is a background plus a
// note that carries the cell's own background and note, so it travels with its cell through
// inserts, deletes, sorts, cut-and-paste and tab renames. Core layer: plain data.
import { makeFinding, ROW_RULE_CODES } from './checks';
import type { Finding, FindingCode } from './findings';
import { SEVERITY } from './findings';

export const NOTE_PREFIX = 'Zvit ▸ ';
export const MARK_COLORS = { error: '#f4c7c3', warning: '#fce8b2' } as const;
const DEFAULT_BACKGROUND = '#ffffff';

/**
 * The last Zvit line of a mark: the background the cell had and whether its own note follows.
 * Written in words a person can read, parsed back exactly; what a person types after it on the
 * same line is theirs.
 */
const KEPT = `${NOTE_PREFIX}до позначки: фон `;
const OWN_NOTE_BELOW = ', ваша примітка нижче:';
const NO_OWN_NOTE = ', примітки не було';
const KEPT_LINE = new RegExp(
  `^${escape(KEPT)}(#[0-9a-f]{6}|[a-z]+)(${escape(OWN_NOTE_BELOW)}|${escape(NO_OWN_NOTE)})(.*)$`,
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a cell shows as far as marks go. */
export interface CellLook {
  readonly note: string;
  readonly background: string;
}

/** A mark read back from a note: what the cell had before and the colour Zvit gave it. */
export interface ParsedMark {
  readonly own: CellLook;
  readonly markBackground: string;
  /** Its lines of findings of the whole table (see ROW_RULE_CODES), which no edit takes off. */
  readonly tableLines: readonly string[];
}

/** Said after the severity of a line no edit takes off: it tells the person why it stays. */
const TABLE_LABEL = ' (уся таблиця)';

/**
 * The line a mark writes for a finding of this severity and message: one line of the cell's
 * note, by which the finding's cell is found again wherever it moved. `code` outside the row
 * rules labels it as a finding of the whole table (see ROW_RULE_CODES).
 */
export const markLine = (
  severity: Finding['severity'],
  message: string,
  code?: FindingCode,
): string =>
  `${NOTE_PREFIX}${severity === 'error' ? 'Помилка' : 'Увага'}` +
  `${code !== undefined && !ROW_RULE_CODES.has(code) ? TABLE_LABEL : ''}: ` +
  message.replace(/\s*\n\s*/g, ' ');

/** Each line a mark of this severity and message may carry (a row rule's, the whole table's). */
export const markLines = (severity: Finding['severity'], message: string): string[] => [
  markLine(severity, message),
  `${NOTE_PREFIX}${severity === 'error' ? 'Помилка' : 'Увага'}${TABLE_LABEL}: ` +
    message.replace(/\s*\n\s*/g, ' '),
];

const lineOf = (finding: Finding): string =>
  markLine(finding.severity, finding.message, finding.code);

const markColorOf = (lines: readonly string[]): string =>
  lines.some((l) => l.startsWith(`${NOTE_PREFIX}Помилка`))
    ? MARK_COLORS.error
    : MARK_COLORS.warning;

/**
 * The note and background that mark a cell with `findings`, keeping what it had in the note. A
 * cell in a mark's colour without Zvit's note wears a stray mark (see strays in planMarks):
 * where the action tells the person of strays its colour is taken to be none; elsewhere
 * (`keepMarkColour`: an edit's marks, a refused report's) it is kept as it is, for the next
 * check to name.
 */
export const markLook = (
  own: CellLook,
  findings: readonly Finding[],
  keepMarkColour = false,
  /** Lines of an earlier mark that stay (an edit's: the whole table's findings). */
  keptLines: readonly string[] = [],
): CellLook => {
  const background =
    isMarkColour(own.background) && !keepMarkColour ? DEFAULT_BACKGROUND : own.background;
  const kept = `${KEPT}${background}${own.note === '' ? NO_OWN_NOTE : OWN_NOTE_BELOW}`;
  const findingLines = [...findings.map(lineOf), ...keptLines];
  const lines = [...findingLines, kept];
  return {
    note: own.note === '' ? lines.join('\n') : `${lines.join('\n')}\n${own.note}`,
    background: markColorOf(findingLines),
  };
};

const FINDING_LINE = new RegExp(
  `^${escape(NOTE_PREFIX)}(Помилка|Увага)(${escape(TABLE_LABEL)})?: `,
);
const TABLE_LINE = new RegExp(`^${escape(NOTE_PREFIX)}(Помилка|Увага)${escape(TABLE_LABEL)}: `);

/**
 * Which lines of a note are Zvit's finding lines. With the "до позначки" line, every finding
 * line above it (below it is the person's own note, which may quote a Zvit message). Without
 * it, where Zvit's block ended is unknown: only the first run of finding lines is Zvit's, the
 * block it wrote; a finding line after anything else is the person's.
 */
const findingLines = (
  lines: readonly string[],
  keptAt: number,
): ((line: string, i: number) => boolean) => {
  if (keptAt >= 0) return (line, i) => i < keptAt && FINDING_LINE.test(line);
  const start = lines.findIndex((line) => FINDING_LINE.test(line));
  let end = start;
  while (end >= 0 && end < lines.length && FINDING_LINE.test(lines[end])) end++;
  return (_, i) => i >= start && i < end;
};

/**
 * The mark a note holds, or null when the note is not Zvit's. Only Zvit's lines are taken out:
 * its finding lines and its "до позначки" line. Whatever else the note holds is the person's —
 * their note from before the check, and any line they typed above, between or below Zvit's (a
 * cell that had no note may have one now). When the "до позначки" line is gone, the background
 * it kept is unknown: a mark colour then goes back to white; and only Zvit's first block of
 * finding lines comes off, so a Zvit message the person copied into their own note stays.
 */
export const parseMark = (note: string): ParsedMark | null => {
  const lines = note.split('\n');
  const keptAt = lines.findIndex((line) => KEPT_LINE.test(line));
  const isFinding = findingLines(lines, keptAt);
  const findings = lines.filter(isFinding);
  if (findings.length === 0 && keptAt < 0) return null;
  const markBackground = findings.some((l) => l.startsWith(`${NOTE_PREFIX}Помилка`))
    ? MARK_COLORS.error
    : MARK_COLORS.warning;
  const kept = keptAt < 0 ? null : KEPT_LINE.exec(lines[keptAt]);
  const own = lines.flatMap((line, i) => {
    if (isFinding(line, i)) return [];
    if (i !== keptAt || !kept) return [line];
    const typed = kept[3].trim();
    return typed === '' ? [] : [typed];
  });
  return {
    own: { note: own.join('\n'), background: kept ? kept[1] : DEFAULT_BACKGROUND },
    markBackground,
    tableLines: findings.filter((line) => TABLE_LINE.test(line)),
  };
};

/**
 * What a person has in the cell without Zvit's mark. A colour they set after the check stays.
 * The colour the mark kept comes back as it was, a mark's colour too (an edit kept it): then the
 * cell wears a stray mark, which planMarks names.
 */
export const unmarkedLook = (look: CellLook): CellLook => {
  const mark = parseMark(look.note);
  if (!mark) return look;
  const markedColour = look.background === mark.markBackground || isMarkColour(look.background);
  return { note: mark.own.note, background: markedColour ? mark.own.background : look.background };
};

/**
 * A row Zvit rewrites whole (the ВСЬОГО row «Підрахувати підсумки» writes): each cell as the
 * person has it without Zvit's mark (see unmarkedLook). What was found on the row is gone with
 * what it held; the next check marks what it finds there again.
 */
export const unmarkedRow = (
  notes: readonly string[],
  backgrounds: readonly string[],
): { notes: string[]; backgrounds: string[] } => {
  const looks = notes.map((note, c) =>
    unmarkedLook({ note, background: backgrounds[c] ?? DEFAULT_BACKGROUND }),
  );
  return { notes: looks.map((l) => l.note), backgrounds: looks.map((l) => l.background) };
};

/**
 * The backgrounds of a row Zvit inserts under `aboveNotes`' row: Sheets gives it the format of
 * the row above, a mark's colour too, but no note. A mark's colour becomes the colour the cell
 * above had before its mark (its mark's note keeps it: what Sheets would have copied without
 * Zvit), or none; any other colour is the person's, copied as Sheets copies it, and stays.
 */
export const insertedRowBackgrounds = (
  aboveNotes: readonly string[],
  backgrounds: readonly string[],
): string[] =>
  backgrounds.map((background, c) => {
    if (!isMarkColour(background)) return background;
    const note = aboveNotes[c] ?? '';
    const mark = note.includes(NOTE_PREFIX) ? parseMark(note) : null;
    return mark === null || isMarkColour(mark.own.background)
      ? DEFAULT_BACKGROUND
      : mark.own.background;
  });

/** Whether a colour is one a mark gives. */
export function isMarkColour(colour: string): boolean {
  return colour === MARK_COLORS.error || colour === MARK_COLORS.warning;
}

/**
 * A stray mark, as a check lists it: a cell coloured exactly as a mark with no Zvit note. Its
 * colour is taken as Zvit's and comes off (see planMarks), and the person is told, since it may
 * have been theirs.
 */
export const strayMarkFinding = (sheet: string, row: number, col: number): Finding =>
  makeFinding(
    'stray-mark',
    SEVERITY.warning,
    { sheet, row, col },
    'Клітинка мала колір позначки Zvit без примітки Zvit: примітку видалили або замінили, або ' +
      'колір скопійовано у вставлений рядок. Zvit знімає такий колір як свою позначку: клітинці ' +
      'вставленого рядка повертає колір, який сусідня клітинка мала до позначки, іншій — без ' +
      'заливки (поки в клітинці є помилка, її позначено знову). Якщо цей колір поставили ви, ' +
      'поставте його знову.',
  );

export interface MarkPlan {
  /** The box's notes and backgrounds after the plan (same shape as given). */
  readonly notes: string[][];
  readonly backgrounds: string[][];
  /** Cells that now carry a mark. */
  readonly marked: number;
  /** Cells whose earlier mark was taken off. */
  readonly cleared: number;
  /** Whether anything differs from what the box holds: no write is needed otherwise. */
  readonly changed: boolean;
  /**
   * Stray marks (0-based on the sheet): cells coloured exactly as a mark whose note holds no Zvit
   * mark — its note deleted or replaced, or its colour copied into a row inserted beside it.
   */
  readonly strays: readonly { readonly row: number; readonly col: number }[];
}

/**
 * The colour a stray mark had before Zvit's: one copied into an inserted row came from its
 * neighbour, the cell above (else below) in the same column that wears the same mark colour —
 * across other strays of that colour (several rows inserted) — and whose mark's note keeps the
 * colour the neighbour had, which Sheets copied into the new row with the format. Without such
 * a neighbour (a note deleted, the neighbour moved away) it is known nowhere: no fill.
 */
const strayOrigin = (
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  row: number,
  col: number,
): string => {
  const colour = backgrounds[row][col];
  for (const step of [-1, 1]) {
    for (let r = row + step; r >= 0 && r < notes.length; r += step) {
      if ((backgrounds[r][col] ?? DEFAULT_BACKGROUND) !== colour) break;
      const note = notes[r][col] ?? '';
      const mark = note.includes(NOTE_PREFIX) ? parseMark(note) : null;
      if (mark === null) continue;
      return isMarkColour(mark.own.background) ? DEFAULT_BACKGROUND : mark.own.background;
    }
  }
  return DEFAULT_BACKGROUND;
};

/**
 * Takes every mark in the box off and marks the cells of `findings` instead. `top`/`left` is
 * the box's 0-based position; findings outside the box are left for another box. With
 * `clearStrays` (the actions that tell the person so) a stray mark's colour comes off — to its
 * neighbour's colour before the mark (strayOrigin), or none — and is never kept as a cell's own
 * colour when the cell is marked; without it (an edit, a refused report) a cell's colour is kept
 * as it is, for the next check to name. `keepTableLines` (an edit, which checks the row rules
 * only) keeps each mark's lines of findings of the whole table, and their mark.
 */
export const planMarks = (
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  findings: readonly Finding[],
  top = 0,
  left = 0,
  clearStrays = false,
  keepTableLines = false,
): MarkPlan => {
  let cleared = 0;
  const strays: { row: number; col: number }[] = [];
  const kept = new Map<string, readonly string[]>();
  const nextNotes = notes.map((row) => [...row]);
  const nextBackgrounds = backgrounds.map((row) => [...row]);
  nextNotes.forEach((row, r) =>
    row.forEach((note, c) => {
      const background = nextBackgrounds[r][c] ?? DEFAULT_BACKGROUND;
      const mark = note.includes(NOTE_PREFIX) ? parseMark(note) : null;
      if (mark === null) {
        if (isMarkColour(background)) strays.push({ row: r, col: c });
        return;
      }
      const own = unmarkedLook({ note, background });
      nextNotes[r][c] = own.note;
      nextBackgrounds[r][c] = own.background;
      if (keepTableLines && mark.tableLines.length > 0) kept.set(`${r}:${c}`, mark.tableLines);
      // A mark's colour given back (an edit's mark kept it) is a stray, named once as such.
      if (isMarkColour(own.background)) strays.push({ row: r, col: c });
      else cleared++;
    }),
  );
  if (clearStrays)
    for (const { row, col } of strays)
      nextBackgrounds[row][col] = strayOrigin(notes, backgrounds, row, col);
  const byCell = new Map<string, Finding[]>();
  for (const key of kept.keys()) byCell.set(key, []);
  for (const f of findings) {
    const r = f.row - top;
    const c = f.col - left;
    if (f.row < 0 || f.col < 0 || r >= nextNotes.length || c >= (nextNotes[r]?.length ?? 0))
      continue;
    if (r < 0 || c < 0) continue;
    const key = `${r}:${c}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  for (const [key, cellFindings] of byCell) {
    const [r, c] = key.split(':').map(Number);
    const look = markLook(
      { note: nextNotes[r][c], background: nextBackgrounds[r][c] ?? DEFAULT_BACKGROUND },
      cellFindings,
      !clearStrays,
      kept.get(key),
    );
    nextNotes[r][c] = look.note;
    nextBackgrounds[r][c] = look.background;
  }
  const changed = nextNotes.some((row, r) =>
    row.some((note, c) => note !== notes[r][c] || nextBackgrounds[r][c] !== backgrounds[r][c]),
  );
  return {
    notes: nextNotes,
    backgrounds: nextBackgrounds,
    marked: byCell.size,
    cleared,
    changed,
    strays: strays.map(({ row, col }) => ({ row: row + top, col: col + left })),
  };
};

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The boxes (0-based, inside the plan) that hold every cell the plan changes and as few others
 * as `most` boxes allow: a box per run of rows with a change, as wide as the changes in it; where
 * there are more runs than `most`, the runs nearest each other are joined first. A person's note
 * or colour set between the read and the write is written over only inside a box, so a box
 * should hold little that the plan leaves as it is; each box is three calls.
 */
export const changedBoxes = (
  before: {
    readonly notes: readonly (readonly string[])[];
    readonly backgrounds: readonly (readonly string[])[];
  },
  plan: Pick<MarkPlan, 'notes' | 'backgrounds'>,
  most: number,
): Box[] => {
  const runs: { top: number; bottom: number; left: number; right: number }[] = [];
  plan.notes.forEach((row, r) => {
    let left = Infinity;
    let right = -1;
    row.forEach((note, c) => {
      if (note === before.notes[r][c] && plan.backgrounds[r][c] === before.backgrounds[r][c])
        return;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
    if (right < 0) return;
    const last = runs[runs.length - 1];
    if (last && last.bottom === r - 1)
      Object.assign(last, {
        bottom: r,
        left: Math.min(last.left, left),
        right: Math.max(last.right, right),
      });
    else runs.push({ top: r, bottom: r, left, right });
  });
  while (runs.length > Math.max(1, most)) {
    let nearest = 0;
    for (let i = 1; i < runs.length - 1; i++)
      if (runs[i + 1].top - runs[i].bottom < runs[nearest + 1].top - runs[nearest].bottom)
        nearest = i;
    const [a, b] = [runs[nearest], runs[nearest + 1]];
    runs.splice(nearest, 2, {
      top: a.top,
      bottom: b.bottom,
      left: Math.min(a.left, b.left),
      right: Math.max(a.right, b.right),
    });
  }
  return runs.map((run) => ({
    top: run.top,
    left: run.left,
    rows: run.bottom - run.top + 1,
    cols: run.right - run.left + 1,
  }));
};
