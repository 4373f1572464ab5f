// The `fields` parameter of Google's REST APIs (partial response): "a,b", "a/b", "a(b,c)", applied
// to each element of an array. Shared by the Docs and Drive fakes. Test fakes.
// Syntax: https://developers.google.com/workspace/drive/api/guides/fields-parameter

/** A field name mapped to what is asked of it below (null: the whole value). */
type Mask = Map<string, Mask | null>;

const merge = (into: Mask, name: string, sub: Mask | null): void => {
  const existing = into.get(name);
  if (existing === undefined) into.set(name, sub);
  else if (existing === null || sub === null) into.set(name, null);
  else for (const [k, v] of sub) merge(existing, k, v);
};

/** Parses a mask; throws on unbalanced parentheses or empty names. */
export const parseFields = (text: string): Mask => {
  let at = 0;
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const start = at;
      while (at < text.length && !',()'.includes(text[at])) at++;
      const path = text
        .slice(start, at)
        .trim()
        .split('/')
        .map((p) => p.trim());
      if (path.some((p) => p === '')) throw new Error(`Invalid field selection ${text}`);
      let sub: Mask | null = null;
      if (text[at] === '(') {
        at++;
        sub = list();
        if (text[at] !== ')') throw new Error(`Invalid field selection ${text}`);
        at++;
      }
      // "a/b/c(d)" is a(b(c(d))).
      for (let i = path.length - 1; i > 0; i--) sub = new Map([[path[i], sub]]);
      merge(mask, path[0], sub);
      if (text[at] !== ',') return mask;
      at++;
    }
  };
  const mask = list();
  if (at !== text.length) throw new Error(`Invalid field selection ${text}`);
  return mask;
};

const apply = (value: unknown, mask: Mask | null): unknown => {
  if (mask === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => apply(v, mask));
  const out: Record<string, unknown> = {};
  for (const [name, sub] of mask) {
    const v = (value as Record<string, unknown>)[name];
    if (v !== undefined) out[name] = apply(v, sub);
  }
  return out;
};

/** Only the fields the mask asks for; absent fields stay absent. */
export const selectFields = (value: unknown, fields: string): unknown =>
  apply(value, parseFields(fields));
