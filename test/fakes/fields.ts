// The `fields` parameter of Google's REST APIs (partial response): "a,b", "a/b", "a(b,c)", applied
// to each element of an array. Shared by the Docs and Drive fakes. Test fakes.
// Syntax: https://developers.google.com/workspace/drive/api/guides/fields-parameter
// A name the resource does not have is refused: "If the fields query parameter has an error or is
// otherwise invalid, the server returns an HTTP 400 Bad Request status code, along with an error
// message stating what's wrong with your fields selection", e.g. "Invalid field selection
// canAddChildren." (same page).

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

/**
 * The field names of a resource, from its reference page, each with what it holds: another
 * resource's names, 'value' for a plain value (no selection below it), or 'any' where the fakes
 * do not list the names below (a selection below it is taken as asked).
 */
export interface Schema {
  readonly [name: string]: Schema | 'value' | 'any';
}

/** Throws as Google answers (400) a mask naming a field the schema does not have. */
const check = (mask: Mask, schema: Schema): void => {
  for (const [name, sub] of mask) {
    const known = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    if (known === undefined || (known === 'value' && sub !== null))
      throw new Error(`Invalid field selection ${name}`);
    if (sub !== null && typeof known === 'object') check(sub, known);
  }
};

/** Throws on a mask that cannot be parsed or names a field `schema` does not have. */
export const checkFields = (fields: string, schema: Schema): Mask => {
  const mask = parseFields(fields);
  check(mask, schema);
  return mask;
};

/** Only the fields the mask asks for, each known to `schema`; absent fields stay absent. */
export const selectFields = (value: unknown, fields: string, schema: Schema): unknown =>
  apply(value, checkFields(fields, schema));
