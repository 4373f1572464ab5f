// The mark plan: which cells get a mark and what each marked cell had before, as a function of
// the findings and of the notes and backgrounds the cells hold now. A mark is a background plus a
// note that carries the cell's own background and note, so it travels with its cell through
// inserts, deletes, sorts, cut-and-paste and tab renames. Core layer: plain data.
import type { Finding } from './findings';

export const NOTE_PREFIX = 'Zvit ▸ ';
export const MARK_COLORS = { error: '#f4c7c3', warning: '#fce8b2' } as const;
const DEFAULT_BACKGROUND = '#ffffff';

/**
 * The last Zvit line of a mark: the background the cell had and whether its own note follows.
 * Written in words a person can read, parsed back exactly.
 */
const KEPT = `${NOTE_PREFIX}до позначки: фон `;
const OWN_NOTE_BELOW = ', ваша примітка нижче:';
const NO_OWN_NOTE = ', примітки не було';
const KEPT_LINE = new RegExp(
  `^${escape(KEPT)}(#[0-9a-f]{6}|[a-z]+)(${escape(OWN_NOTE_BELOW)}|${escape(NO_OWN_NOTE)})$`,
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
}

const lineOf = (finding: Finding): string =>
  `${NOTE_PREFIX}${finding.severity === 'error' ? 'Помилка' : 'Увага'}: ${finding.message.replace(/\s*\n\s*/g, ' ')}`;

const markColorOf = (findings: readonly Finding[]): string =>
  findings.some((f) => f.severity === 'error') ? MARK_COLORS.error : MARK_COLORS.warning;

/** The note and background that mark a cell with `findings`, keeping what it had in the note. */
export const markLook = (own: CellLook, findings: readonly Finding[]): CellLook => {
  const kept = `${KEPT}${own.background}${own.note === '' ? NO_OWN_NOTE : OWN_NOTE_BELOW}`;
  const lines = [...findings.map(lineOf), kept];
  return {
    note: own.note === '' ? lines.join('\n') : `${lines.join('\n')}\n${own.note}`,
    background: markColorOf(findings),
  };
};

const FINDING_LINE = new RegExp(`^${escape(NOTE_PREFIX)}(Помилка|Увага): `);

/** The mark a note holds, or null when the note is not Zvit's. */
export const parseMark = (note: string): ParsedMark | null => {
  const lines = note.split('\n');
  if (!FINDING_LINE.test(lines[0])) return null;
  let end = 0;
  while (end < lines.length && FINDING_LINE.test(lines[end])) end++;
  const markBackground = lines.slice(0, end).some((l) => l.startsWith(`${NOTE_PREFIX}Помилка`))
    ? MARK_COLORS.error
    : MARK_COLORS.warning;
  const kept = KEPT_LINE.exec(lines[end] ?? '');
  if (!kept) {
    // The last line was edited away: keep the person's text, and drop only a mark's own colour.
    return {
      own: { note: lines.slice(end).join('\n'), background: DEFAULT_BACKGROUND },
      markBackground,
    };
  }
  return {
    own: {
      note: kept[2] === OWN_NOTE_BELOW ? lines.slice(end + 1).join('\n') : '',
      background: kept[1],
    },
    markBackground,
  };
};

/** What a person has in the cell without Zvit's mark. A colour they set after the check stays. */
export const unmarkedLook = (look: CellLook): CellLook => {
  const mark = parseMark(look.note);
  if (!mark) return look;
  const markedColour = look.background === mark.markBackground || isMarkColour(look.background);
  return {
    note: mark.own.note,
    background: markedColour ? mark.own.background : look.background,
  };
};

const isMarkColour = (colour: string): boolean =>
  colour === MARK_COLORS.error || colour === MARK_COLORS.warning;

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
}

/**
 * Takes every mark in the box off and marks the cells of `findings` instead. `top`/`left` is
 * the box's 0-based position; findings outside the box are left for another box.
 */
export const planMarks = (
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  findings: readonly Finding[],
  top = 0,
  left = 0,
): MarkPlan => {
  let cleared = 0;
  const nextNotes = notes.map((row) => [...row]);
  const nextBackgrounds = backgrounds.map((row) => [...row]);
  nextNotes.forEach((row, r) =>
    row.forEach((note, c) => {
      if (!FINDING_LINE.test(note)) return;
      const own = unmarkedLook({ note, background: nextBackgrounds[r][c] ?? DEFAULT_BACKGROUND });
      nextNotes[r][c] = own.note;
      nextBackgrounds[r][c] = own.background;
      cleared++;
    }),
  );
  const byCell = new Map<string, Finding[]>();
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
  };
};

/** The smallest box (0-based, inside the plan) holding every cell the plan changes. */
export const changedBox = (
  before: {
    readonly notes: readonly (readonly string[])[];
    readonly backgrounds: readonly (readonly string[])[];
  },
  plan: MarkPlan,
): { top: number; left: number; rows: number; cols: number } | null => {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  plan.notes.forEach((row, r) =>
    row.forEach((note, c) => {
      if (note === before.notes[r][c] && plan.backgrounds[r][c] === before.backgrounds[r][c])
        return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
};
