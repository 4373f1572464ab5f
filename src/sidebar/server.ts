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
