// PropertiesService: three string stores with the real limits, 9 KB per value and 500 KB per
// store, so whatever grows with the sheet fails here as it would in Apps Script. Test fakes.
import type { FakeContext } from './context';
import { SCOPES } from './context';

// Quotas "Properties value size 9 KB / val", "Properties total storage 500 KB / property store":
// https://developers.google.com/apps-script/guides/services/quotas
export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
const TOO_LARGE = 'Argument too large: value';
const QUOTA =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export class FakeProperties {
  readonly values = new Map<string, string>();
  constructor(private readonly context: FakeContext) {}
  private count(method: string): void {
    this.context.call(`Properties.${method}`, 'limited', SCOPES.storage);
  }
  private size(next: Map<string, string>): number {
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    return total;
  }
  /** Values are stored as strings (String(value)), checked against both limits, all or nothing. */
  private put(entries: [string, unknown][], replace: boolean): void {
    const next = new Map(replace ? [] : this.values);
    for (const [key, value] of entries) {
      const text = String(value);
      if (bytes(text) > VALUE_LIMIT_BYTES) throw this.context.error(TOO_LARGE);
      next.set(String(key), text);
    }
    if (this.size(next) > STORE_LIMIT_BYTES) throw this.context.error(QUOTA);
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }
  getProperty(key: string): string | null {
    this.count('getProperty');
    return this.values.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    this.count('getProperties');
    return Object.fromEntries(this.values);
  }
  getKeys(): string[] {
    this.count('getKeys');
    return [...this.values.keys()];
  }
  setProperty(key: string, value: unknown): this {
    this.count('setProperty');
    this.put([[key, value]], false);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    this.count('setProperties');
    this.put(Object.entries(properties), deleteAllOthers);
    return this;
  }
  deleteProperty(key: string): this {
    this.count('deleteProperty');
    this.values.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.count('deleteAllProperties');
    this.values.clear();
    return this;
  }
}

export interface PropertyStores {
  readonly document: FakeProperties;
  readonly user: FakeProperties;
  readonly script: FakeProperties;
}

export const createPropertyStores = (context: FakeContext): PropertyStores => ({
  document: new FakeProperties(context),
  user: new FakeProperties(context),
  script: new FakeProperties(context),
});

export const createPropertiesService = (context: FakeContext, stores: PropertyStores) => {
  const get = (method: string, store: FakeProperties) => () => {
    context.call(`PropertiesService.${method}`, 'limited', SCOPES.storage);
    return store;
  };
  return {
    getDocumentProperties: get('getDocumentProperties', stores.document),
    getUserProperties: get('getUserProperties', stores.user),
    getScriptProperties: get('getScriptProperties', stores.script),
  };
};
