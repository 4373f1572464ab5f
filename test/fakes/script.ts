// ScriptApp, Session, Utilities and Logger: enums, the user (unknown in simple triggers), dates
// formatted in a given time zone through Intl, and a log to read back. Test fakes.
import type { FakeContext } from './context';
import { SCOPES } from './context';
import { FakeBlob } from './document';

// https://developers.google.com/apps-script/reference/script/auth-mode
export const AuthModeEnum = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

export const createScriptApp = (context: FakeContext) => ({
  AuthMode: AuthModeEnum,
  AuthorizationStatus,
  getScriptId: () => (context.call('ScriptApp.getScriptId', 'none'), 'fake-script-id'),
  getOAuthToken: () => (context.call('ScriptApp.getOAuthToken', 'limited'), 'fake-oauth-token'),
  /** REQUIRED until the add-on runs with full authorisation. */
  getAuthorizationInfo: (_authMode?: string) => {
    context.call('ScriptApp.getAuthorizationInfo', 'none');
    const required = context.authMode !== 'FULL';
    return {
      getAuthorizationStatus: () =>
        required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => (required ? 'https://script.google.com/fake-authorize' : null),
      getAuthorizedScopes: () => [],
    };
  },
});

export const createSession = (context: FakeContext, email = 'coordinator@example.com') => {
  const user = (method: string) => () => {
    context.call(`Session.${method}`, 'limited', SCOPES.email);
    // A simple trigger does not learn who the user is.
    const known = context.trigger === 'full' && context.authMode === 'FULL';
    return { getEmail: () => (known ? email : '') };
  };
  return {
    getActiveUser: user('getActiveUser'),
    getEffectiveUser: user('getEffectiveUser'),
    getActiveUserLocale: () => (context.call('Session.getActiveUserLocale', 'none'), 'uk'),
    getTemporaryActiveUserKey: () => (
      context.call('Session.getTemporaryActiveUserKey', 'none'),
      'fake-user-key'
    ),
  };
};

/** Fields of `date` as a clock in `timeZone` shows them. */
const fieldsIn = (date: Date, timeZone: string): Record<string, number> => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(
    parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
};

/** SimpleDateFormat letters Zvit uses: yyyy yy MM M dd d HH H mm ss, and 'quoted' text. */
export const formatDate = (date: Date, timeZone: string, pattern: string): string => {
  const f = fieldsIn(new Date(date.getTime()), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (token, quoted?: string) => {
    if (quoted !== undefined) return quoted;
    switch (token) {
      case 'yyyy':
        return String(f.year);
      case 'yy':
        return pad(f.year % 100);
      case 'MM':
        return pad(f.month);
      case 'M':
        return String(f.month);
      case 'dd':
        return pad(f.day);
      case 'd':
        return String(f.day);
      case 'HH':
        return pad(f.hour);
      case 'H':
        return String(f.hour);
      case 'mm':
        return pad(f.minute);
      default:
        return pad(f.second);
    }
  });
};

export const createUtilities = (context: FakeContext) => {
  return {
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      context.call('Utilities.formatDate', 'none');
      return formatDate(date, timeZone, pattern);
    },
    /** https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String) */
    newBlob: (data: string, contentType: string, name: string) => {
      context.call('Utilities.newBlob', 'none');
      return new FakeBlob(context, new TextEncoder().encode(data), contentType, name);
    },
  };
};

export const createLogger = (context: FakeContext) => {
  const lines: string[] = [];
  const logger = {
    log: (format: unknown, ...values: unknown[]) => {
      context.call('Logger.log', 'none');
      let i = 0;
      lines.push(
        typeof format === 'string' && values.length > 0
          ? format.replace(/%s/g, () => String(values[i++]))
          : String(format),
      );
      return logger;
    },
    getLog: () => lines.join('\n'),
    clear: () => void lines.splice(0),
    lines,
  };
  return logger;
};

/** Midnight of `iso` (yyyy-MM-dd) in `timeZone`: how Sheets holds a date cell. */
export const midnightIn = (iso: string, timeZone: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  const target = Date.UTC(y, m - 1, d);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const [day, time] = formatDate(new Date(guess), timeZone, 'yyyy-MM-dd HH:mm').split(' ');
    const [sy, sm, sd] = day.split('-').map(Number);
    const [hh, mm] = time.split(':').map(Number);
    guess += target - Date.UTC(sy, sm - 1, sd, hh, mm);
  }
  return new Date(guess);
};
