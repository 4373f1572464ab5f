// The page's one way to the server: a typed Promise wrapper over google.script.run, and the
// dialog host. Sidebar layer (runs in Apps Script's sandboxed iframe).
import type { ServerApi } from '../shared/api';

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
} & { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => void };

declare const google: {
  script: { run: Runner; host?: { close(): void } };
};

export type Result<K extends keyof ServerApi> = ReturnType<ServerApi[K]>;

/** Calls a server function by name; resolves with its result, rejects with its failure. */
export const call = <K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<Result<K>> =>
  new Promise((resolve, reject) => {
    // google.script.run is read at call time: each chain of handlers is its own runner.
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler(reject);
    (runner[name] as (...a: Parameters<ServerApi[K]>) => void)(...args);
  });

/** Closes the dialog the page is shown in; the sidebar has its own close button. */
export const closeDialog = (): void => {
  if (typeof google !== 'undefined') google.script.host?.close();
};

/**
 * The failure as a person reads it: the message's first line only. Apps Script hands the
 * page an Error whose message may start with "Exception: " and, from some services, carry
 * the server's stack on the lines after it.
 */
export const failureText = (error: unknown): string => {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error ?? '');
  const line = (raw.split('\n')[0] ?? '')
    .replace(/^\s*(Uncaught\s+)?(Exception|Error|TypeError|ScriptError)\s*:\s*/i, '')
    .trim();
  return `Не вдалося виконати дію: ${line || 'сервер не відповів'}`;
};
