// HtmlService over a folder of built pages (dist/): HtmlOutput, templates with <?= ?> / <?!= ?>
// scriptlets, and Apps Script's error for a file that is not there. Test fakes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeContext } from './context';

// https://developers.google.com/apps-script/reference/html/sandbox-mode
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
// https://developers.google.com/apps-script/reference/html/x-frame-options-mode
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class FakeHtmlOutput {
  private title = '';
  private width: number | undefined;
  private height: number | undefined;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  constructor(
    private readonly context: FakeContext,
    private content: string,
  ) {}
  private count(method: string): void {
    this.context.call(`HtmlOutput.${method}`, 'none');
  }
  getContent(): string {
    this.count('getContent');
    return this.content;
  }
  setContent(content: string): this {
    this.count('setContent');
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.count('append');
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.count('appendUntrusted');
    this.content += escapeHtml(addedContent);
    return this;
  }
  setTitle(title: string): this {
    this.count('setTitle');
    this.title = title;
    return this;
  }
  getTitle(): string {
    this.count('getTitle');
    return this.title;
  }
  setWidth(width: number): this {
    this.count('setWidth');
    this.width = width;
    return this;
  }
  getWidth(): number | undefined {
    this.count('getWidth');
    return this.width;
  }
  setHeight(height: number): this {
    this.count('setHeight');
    this.height = height;
    return this;
  }
  getHeight(): number | undefined {
    this.count('getHeight');
    return this.height;
  }
  setSandboxMode(mode: string): this {
    this.count('setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.count('setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(_name: string, _content: string): this {
    this.count('addMetaTag');
    return this;
  }
  setFaviconUrl(_url: string): this {
    this.count('setFaviconUrl');
    return this;
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Compiles scriptlets into a function of the template's own properties (simple, not sandboxed). */
const compile = (source: string): ((data: object, escape: typeof escapeHtml) => string) => {
  const parts: string[] = ['var __out = [];', 'with (__data) {'];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    if (m[1] === '=') parts.push(`__out.push(__escape(String(${m[2]})));`);
    else if (m[1] === '!=') parts.push(`__out.push(String(${m[2]}));`);
    else parts.push(m[2]);
    last = m.index + m[0].length;
  }
  parts.push(`__out.push(${JSON.stringify(source.slice(last))});`, '}', 'return __out.join("");');
  // Function bodies are sloppy-mode code, so `with` exposes the template's properties by name.
  return new Function('__data', '__escape', parts.join('\n')) as (
    data: object,
    escape: typeof escapeHtml,
  ) => string;
};

export class FakeHtmlTemplate {
  [property: string]: unknown;
  constructor(
    private readonly __context: FakeContext,
    private readonly __source: string,
  ) {}
  getRawContent(): string {
    this.__context.call('HtmlTemplate.getRawContent', 'none');
    return this.__source;
  }
  evaluate(): FakeHtmlOutput {
    this.__context.call('HtmlTemplate.evaluate', 'none');
    const data = Object.fromEntries(Object.entries(this).filter(([key]) => !key.startsWith('__')));
    return new FakeHtmlOutput(this.__context, compile(this.__source)(data, escapeHtml));
  }
}

export const createHtmlService = (context: FakeContext, folder?: string) => {
  const read = (name: string): string => {
    const file = folder ? join(folder, name.endsWith('.html') ? name : `${name}.html`) : '';
    if (!folder || !existsSync(file)) throw context.error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  };
  const count = (method: string) => context.call(`HtmlService.${method}`, 'none');
  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput: (html = '') => (
      count('createHtmlOutput'),
      new FakeHtmlOutput(context, String(html))
    ),
    createHtmlOutputFromFile: (name: string) => {
      count('createHtmlOutputFromFile');
      return new FakeHtmlOutput(context, read(name));
    },
    createTemplate: (html: string) => (
      count('createTemplate'),
      new FakeHtmlTemplate(context, html)
    ),
    createTemplateFromFile: (name: string) => {
      count('createTemplateFromFile');
      return new FakeHtmlTemplate(context, read(name));
    },
  };
};

export type FakeHtmlService = ReturnType<typeof createHtmlService>;
