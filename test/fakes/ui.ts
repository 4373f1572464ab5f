// The Ui of SpreadsheetApp.getUi(): menus recorded so a test can read them and call each item's
// function by name; alerts and prompts answered from a queue; sidebars and dialogs recorded.
// Test fakes.
import type { HtmlOutputApi } from '../../src/gas/services';
import type { FakeContext } from './context';
import { SCOPES } from './context';

// https://developers.google.com/apps-script/reference/base/button-set
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

// https://developers.google.com/apps-script/reference/base/button
export const Button = {
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
} as const;

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly caption: string; readonly items: readonly MenuEntry[] };

export interface RecordedMenu {
  readonly caption: string;
  readonly addon: boolean;
  readonly items: readonly MenuEntry[];
}

export interface Alert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
}

export interface Dialog {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly content: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

/** What a page shown in a sidebar or dialog gives the Ui: an HtmlOutput, read back here. */
export interface ShownHtml extends HtmlOutputApi {
  getContent(): string;
  getTitle(): string;
  getWidth(): number | undefined;
  getHeight(): number | undefined;
}

export interface Answer {
  readonly button: string;
  readonly text?: string;
}

export class FakeMenu {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
    private readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.ui.count('Menu.addItem', 'none');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.ui.count('Menu.addSeparator', 'none');
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.ui.count('Menu.addSubMenu', 'none');
    this.items.push({ caption: menu.caption, items: menu.entries() });
    return this;
  }
  addToUi(): void {
    this.ui.count('Menu.addToUi', 'none');
    this.ui.menus.push({ caption: this.caption, addon: this.addon, items: this.entries() });
  }
  entries(): MenuEntry[] {
    return [...this.items];
  }
}

export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: RecordedMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly prompts: Alert[] = [];
  readonly dialogs: Dialog[] = [];
  private readonly answers: Answer[] = [];

  constructor(
    private readonly context: FakeContext,
    /** The caption Sheets shows for the add-on menu: the add-on's name. */
    private readonly addonName = 'Zvit',
  ) {}

  count(name: string, needs: 'none' | 'limited' | 'full'): void {
    this.context.call(name, needs, SCOPES.ui);
  }

  /** Queues what the person clicks (and types, for prompts); without answers they click OK. */
  answer(...answers: (Answer | string)[]): this {
    for (const a of answers) this.answers.push(typeof a === 'string' ? { button: a } : a);
    return this;
  }

  /** The items of the add-on menu as added to the UI (function names to call by name). */
  addonMenuItems(): { caption: string; functionName: string }[] {
    const flatten = (items: readonly MenuEntry[]): { caption: string; functionName: string }[] =>
      items.flatMap((item) =>
        'functionName' in item ? [item] : 'items' in item ? flatten(item.items) : [],
      );
    return this.menus.filter((m) => m.addon).flatMap((m) => flatten(m.items));
  }

  createAddonMenu(): FakeMenu {
    this.count('Ui.createAddonMenu', 'none');
    return new FakeMenu(this, this.addonName, true);
  }
  createMenu(caption: string): FakeMenu {
    this.count('Ui.createMenu', 'none');
    return new FakeMenu(this, caption, false);
  }
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(first: string, second?: string, third?: string): string {
    this.count('Ui.alert', 'limited');
    const alert =
      third !== undefined
        ? { title: first, prompt: String(second), buttons: String(third) }
        : second !== undefined && second in ButtonSet
          ? { title: '', prompt: first, buttons: second }
          : { title: '', prompt: first, buttons: ButtonSet.OK };
    this.alerts.push(alert);
    return (this.answers.shift() ?? { button: Button.OK }).button;
  }
  prompt(
    first: string,
    second?: string,
    third?: string,
  ): { getResponseText(): string; getSelectedButton(): string } {
    this.count('Ui.prompt', 'limited');
    const prompt =
      third !== undefined
        ? { title: first, prompt: String(second), buttons: String(third) }
        : second !== undefined && second in ButtonSet
          ? { title: '', prompt: first, buttons: second }
          : { title: '', prompt: first, buttons: ButtonSet.OK };
    this.prompts.push(prompt);
    const answer = this.answers.shift() ?? { button: Button.OK, text: '' };
    return {
      getResponseText: () => answer.text ?? '',
      getSelectedButton: () => answer.button,
    };
  }
  private show(kind: Dialog['kind'], html: ShownHtml, title?: string): void {
    this.dialogs.push({
      kind,
      title: title ?? html.getTitle(),
      content: html.getContent(),
      width: html.getWidth(),
      height: html.getHeight(),
    });
  }
  /** Needs full authorisation: refused in simple triggers and AuthMode.NONE/LIMITED. */
  showSidebar(html: ShownHtml): void {
    this.count('Ui.showSidebar', 'full');
    this.show('sidebar', html);
  }
  showModalDialog(html: ShownHtml, title: string): void {
    this.count('Ui.showModalDialog', 'full');
    this.show('modal', html, title);
  }
  showModelessDialog(html: ShownHtml, title: string): void {
    this.count('Ui.showModelessDialog', 'full');
    this.show('modeless', html, title);
  }
}
