// Findings grouped by sheet row ("Рядок 14 · захід № 3 · Прес-служба"), errors first; each
// finding is a button that selects its cell. Shared by the check view and a refused report.
// Sidebar layer.
import type { FindingRef, FindingView } from '../../shared/api';
import { el } from '../dom';
import { call } from '../server';
import { showFailure } from '../status';

export interface FindingGroup {
  readonly key: string;
  readonly title: string;
  readonly findings: readonly FindingView[];
  readonly hasError: boolean;
  readonly row: number;
  readonly otherSheet: boolean;
}

/** "аркуш «Заходи»", or "уся таблиця" for a finding of no tab (the workbook has no measures tab). */
export const placeOf = (f: FindingView): string => (f.sheet ? `аркуш «${f.sheet}»` : 'уся таблиця');

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const groupTitle = (f: FindingView, measuresSheet: string): string => {
  const place =
    f.row === 0
      ? capitalised(placeOf(f))
      : f.sheet === measuresSheet
        ? `Рядок ${f.row}`
        : `Аркуш «${f.sheet}» · рядок ${f.row}`;
  return [place, f.measure ? `захід № ${f.measure}` : '', f.executor].filter((s) => s).join(' · ');
};

/** Rows with an error come first (what blocks the report), then by row; errors lead inside. */
export const groupFindings = (
  findings: readonly FindingView[],
  measuresSheet: string,
): FindingGroup[] => {
  const groups = new Map<string, FindingView[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rank = (f: FindingView): number => (f.severity === 'error' ? 0 : 1);
  return [...groups]
    .map(([key, list]) => ({
      key,
      title: groupTitle(list[0] as FindingView, measuresSheet),
      findings: [...list].sort((a, b) => rank(a) - rank(b)),
      hasError: list.some((f) => f.severity === 'error'),
      row: (list[0] as FindingView).row,
      otherSheet: (list[0] as FindingView).sheet !== measuresSheet,
    }))
    .sort(
      (a, b) =>
        Number(!a.hasError) - Number(!b.hasError) ||
        Number(a.otherSheet) - Number(b.otherSheet) ||
        a.row - b.row,
    );
};

const SEVERITY_TEXT = { error: 'Помилка', warning: 'Попередження' } as const;
const SEVERITY_ICON = { error: '!', warning: '▲' } as const;

/**
 * Selecting a cell is quick and changes nothing: the page stays usable while it runs. A finding
 * of no tab has nothing to select.
 */
export const selectFinding = (f: FindingView): void => {
  if (!f.sheet) return;
  // The finding goes along: its mark finds the cell again when rows moved or the tab was renamed.
  const ref: FindingRef = { severity: f.severity, message: f.message, sameMark: f.sameMark };
  call('selectCell', f.sheet, f.cell, ref).catch((error) =>
    showFailure(`перейти до клітинки ${f.cell || `аркуша «${f.sheet}»`}`, error, () =>
      selectFinding(f),
    ),
  );
};

/** The keys `keyFindings` gave: a finding is the same object from the check to its button. */
const keys = new WeakMap<FindingView, string>();

/**
 * Gives each finding of a check a key of its own: its tab, cell and kind, and which of the
 * findings alike it is. Several may share all three (a tab missing three header columns has
 * three at A1); the count keeps them apart, and keeps a walk's place across a check again.
 */
export const keyFindings = (findings: readonly FindingView[]): void => {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const base = `${f.sheet}!${f.cell}!${f.code}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(f, `${base}!${n}`);
  }
};

/** One key per finding, to find its button again ("Наступна помилка"). */
export const findingKey = (f: FindingView): string =>
  keys.get(f) ?? `${f.sheet}!${f.cell}!${f.code}`;

const renderFinding = (f: FindingView): HTMLElement => {
  // A finding of no tab selects nothing: plain text, not a button.
  const item = el(
    f.sheet ? 'button' : 'div',
    {
      ...(f.sheet ? { type: 'button' } : {}),
      class: `finding ${f.severity}`,
      'data-cell': f.cell,
      'data-key': findingKey(f),
    },
    el('span', { class: 'severity', 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity]),
    el(
      'span',
      { class: 'finding-text' },
      el('span', { class: 'sr-only' }, `${SEVERITY_TEXT[f.severity]}: `),
      // A finding about the sheet as a whole has no cell: its group title names the sheet.
      f.cell ? el('strong', { class: 'cell' }, f.cell) : null,
      f.cell ? ' ' : null,
      f.message,
    ),
  );
  if (f.sheet) item.addEventListener('click', () => selectFinding(f));
  return el('li', {}, item);
};

export const renderFindingGroups = (
  findings: readonly FindingView[],
  measuresSheet: string,
): HTMLElement =>
  el(
    'div',
    { class: 'findings' },
    ...groupFindings(findings, measuresSheet).map((g) =>
      el(
        'section',
        { class: 'group', 'aria-label': g.title },
        el('h3', { class: 'group-title' }, g.title),
        el('ul', { class: 'finding-list' }, ...g.findings.map(renderFinding)),
      ),
    ),
  );
