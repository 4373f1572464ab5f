// What google.script.run carries between the page and a server function: "Legal parameters are
// JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects
// and arrays that are composed of primitives, objects, and arrays. … Requests fail if you attempt
// to pass a Date, Function, DOM element besides a form, or other prohibited type, including
// prohibited types inside objects or arrays. … undefined fields within arrays become null. …
// an object passed to the server becomes a copy of the original" —
// https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
// Return values are held to the same types (what the success handler gets is a copy). The
// failure's words are the fakes' own. Test fakes.

/** Where `value` holds something google.script.run cannot carry ('' when nothing does). */
export const illegalPart = (value: unknown, path = 'value', seen = new Set<object>()): string => {
  if (value === null || value === undefined) return '';
  if (['string', 'number', 'boolean'].includes(typeof value)) return '';
  if (typeof value === 'function') return `${path}: a function`;
  if (typeof value !== 'object') return `${path}: a ${typeof value}`;
  const kind = Object.prototype.toString.call(value);
  if (kind === '[object Date]') return `${path}: a Date`;
  if (seen.has(value)) return `${path}: a circular reference`;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = illegalPart(value[i], `${path}[${i}]`, seen);
        if (found) return found;
      }
      return '';
    }
    if (kind !== '[object Object]') return `${path}: a ${kind.slice(8, -1)}`;
    for (const [key, item] of Object.entries(value)) {
      const found = illegalPart(item, `${path}.${key}`, seen);
      if (found) return found;
    }
    return '';
  } finally {
    seen.delete(value);
  }
};

/** The copy the other side gets; throws where the request would fail. */
export const carried = <T>(value: T, what: string): T => {
  const found = illegalPart(value, what);
  if (found) throw new Error(`google.script.run cannot carry ${found}`);
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
};

/**
 * A server function called as the page calls it: its arguments and its result carried. The
 * result is as loosely typed as the page's JSON (JSON.parse's own type).
 */
export const scriptRun = (
  scope: Readonly<Record<string, (...args: unknown[]) => unknown>>,
  name: string,
  ...args: unknown[]
): ReturnType<typeof JSON.parse> => {
  const given = args.map((arg, i) => carried(arg, `argument ${i + 1} of ${name}`));
  return carried(scope[name](...given), `the result of ${name}`);
};
