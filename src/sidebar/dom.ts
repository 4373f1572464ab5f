// Small DOM builders for the page. Text only ever goes in as text nodes, so whatever a
// person typed in the sheet shows literally. Sidebar layer.

type Child = Node | string | null | undefined | false;

/** An element with attributes (set as attributes, never parsed) and text or element children. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
};

/** Google's add-on classes: one `action` (or `create`) per view; plain buttons are secondary. */
export type ButtonKind = 'action' | 'create' | 'share' | 'secondary' | 'tab';

export const button = (
  label: string,
  onClick: () => void,
  kind: ButtonKind = 'secondary',
  attributes: Readonly<Record<string, string>> = {},
): HTMLButtonElement => {
  const b = el('button', { type: 'button', class: kind, ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
};

/** Multi-line text (titles keep their line breaks and bullet lines) as text and <br>. */
export const lines = (text: string): Node[] =>
  text
    .split('\n')
    .flatMap((line, i) => (i === 0 ? [line] : [el('br'), line]))
    .map(toNode);

const toNode = (part: Node | string): Node =>
  typeof part === 'string' ? document.createTextNode(part) : part;

/** A link only to a Google (https) address: a server answer never becomes a script URL. */
export const externalLink = (text: string, url: string): HTMLElement =>
  /^https:\/\//i.test(url)
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
    : el('span', {}, text);

export { counted, ERRORS, WARNINGS } from '../shared/views';

/** Makes a node focusable by script only, and focuses it: where a new result is shown. */
export const focusOn = (node: HTMLElement | null | undefined): void => {
  if (!node?.isConnected) return;
  if (!node.hasAttribute('tabindex') && !(node instanceof HTMLButtonElement))
    node.setAttribute('tabindex', '-1');
  node.focus({ preventScroll: false });
};
