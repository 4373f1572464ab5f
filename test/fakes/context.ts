// What every Apps Script fake shares: the call counter the benchmark prices, the authorisation
// gate (AuthMode, simple triggers) and the realm whose Date and Error the bundle sees. Test fakes.
import { isContext, runInContext } from 'node:vm';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';
export type TriggerKind = 'simple' | 'full';

/**
 * What a call needs: 'none' (menus, enums, Utilities), 'limited' (anything that touches the file
 * or the user's data: refused in AuthMode.NONE), 'full' (DocumentApp, Docs, Drive, dialogs:
 * refused in NONE, in LIMITED and in simple triggers).
 * AuthMode NONE/LIMITED: https://developers.google.com/apps-script/reference/script/auth-mode
 * Simple triggers cannot use services that need authorisation:
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export type Needs = 'none' | 'limited' | 'full';

export const SCOPES = {
  spreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  drive: 'https://www.googleapis.com/auth/drive',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  storage: 'https://www.googleapis.com/auth/script.storage',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

export interface Calls {
  /** Every counted call. */
  total(): number;
  /** Calls of one "Service.method", e.g. 'Range.getValues'. */
  get(name: string): number;
  reset(): void;
  snapshot(): Record<string, number>;
}

export interface CallCounter extends Calls {
  record(name: string): void;
}

export const createCalls = (): CallCounter => {
  const counts = new Map<string, number>();
  return {
    record: (name) => void counts.set(name, (counts.get(name) ?? 0) + 1),
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    get: (name) => counts.get(name) ?? 0,
    reset: () => counts.clear(),
    snapshot: () =>
      Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
  };
};

/** The constructors of the realm the bundle runs in (a gas-local vm context, or this one). */
export interface Realm {
  readonly Date: () => DateConstructor;
  readonly Error: () => ErrorConstructor;
}

export const THIS_REALM: Realm = { Date: () => Date, Error: () => Error };

/**
 * The realm of `globals` once gas-local has made it a vm context, else this one: a Date made
 * here is not `instanceof` the context's Date, and Apps Script code sees its own realm's objects.
 */
export const realmOf = (globals: object, DateCtor?: DateConstructor): Realm => ({
  Date: () =>
    DateCtor ?? (isContext(globals) ? (runInContext('Date', globals) as DateConstructor) : Date),
  Error: () => (isContext(globals) ? (runInContext('Error', globals) as ErrorConstructor) : Error),
});

/**
 * Seconds one call costs, for the benchmark and the 6-minute stop: Docs batchUpdate, Drive and
 * document creation 2 s (our allowance); properties 30–60 ms; anything else a batch read or
 * write, 0.1 s (rounded-up published measurements, see APPS-SCRIPT.md); Utilities and Logger run
 * in the script itself.
 */
export const costOf = (name: string): number => {
  if (name.startsWith('Docs.') || name.startsWith('Drive.') || name === 'DocumentApp.openById')
    return 2;
  if (name === 'DocumentApp.create') return 2;
  if (name === 'Properties.setProperty') return 0.06;
  if (name.startsWith('Properties.')) return 0.03;
  if (name.startsWith('Utilities.') || name.startsWith('Logger.')) return 0;
  return 0.1;
};

/**
 * A run stopped at its time limit runs no catch or finally: the fake refuses every later call
 * of that run, so whatever its catch or finally would do to the services never happens.
 * 6 min per execution, 30 s for simple triggers:
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export const TIME_LIMIT_SECONDS = { full: 360, simple: 30 } as const;
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

export interface FakeContext {
  readonly calls: CallCounter;
  readonly realm: Realm;
  authMode: AuthMode;
  trigger: TriggerKind;
  /** Seconds the current run has spent, priced with `costOf`. */
  elapsedSeconds: number;
  /** When set, the run stops past this many seconds (else no limit is applied). */
  limitSeconds: number | null;
  /** Set once a run was stopped: every later call of it throws. */
  stopped: string | null;
  /** The execution under way (see FakeEnvironment.run), null outside one. */
  run: object | null;
  /** Called when the time limit stops the execution under way: it ends there. */
  onStop: (() => void) | null;
  /** Called before each call is counted (the interleaving driver switches runs here). */
  beforeCall: ((name: string) => void) | null;
  /** Counts the call, then throws as Apps Script does when the authorisation does not allow it. */
  call(name: string, needs: Needs, scope?: string): void;
  /** An error of the bundle's realm, named as Apps Script names its exceptions. */
  error(message: string, name?: string): Error;
}

export const createContext = (
  options: {
    calls?: CallCounter;
    realm?: Realm;
    authMode?: AuthMode;
    trigger?: TriggerKind;
  } = {},
): FakeContext => {
  const context: FakeContext = {
    calls: options.calls ?? createCalls(),
    realm: options.realm ?? THIS_REALM,
    authMode: options.authMode ?? 'FULL',
    trigger: options.trigger ?? 'full',
    elapsedSeconds: 0,
    limitSeconds: null,
    stopped: null,
    run: null,
    onStop: null,
    beforeCall: null,
    call(name, needs, scope = SCOPES.spreadsheet) {
      if (context.stopped) throw context.error(context.stopped);
      context.beforeCall?.(name);
      context.calls.record(name);
      context.elapsedSeconds += costOf(name);
      if (context.limitSeconds !== null && context.elapsedSeconds > context.limitSeconds) {
        context.stopped = TIME_LIMIT_MESSAGE;
        context.onStop?.();
        throw context.error(TIME_LIMIT_MESSAGE);
      }
      const refused =
        (needs === 'limited' && context.authMode === 'NONE') ||
        (needs === 'full' && (context.authMode !== 'FULL' || context.trigger === 'simple'));
      if (refused)
        throw context.error(
          `You do not have permission to call ${name}. Required permissions: ${scope}`,
        );
    },
    error(message, name = 'Exception') {
      const ErrorCtor = context.realm.Error();
      const error = new ErrorCtor(message);
      error.name = name;
      return error;
    },
  };
  return context;
};

/** Advanced services fail as GoogleJsonResponseException with the API method in the message. */
export const apiError = (context: FakeContext, method: string, message: string): Error =>
  context.error(
    `API call to ${method} failed with error: ${message}`,
    'GoogleJsonResponseException',
  );
