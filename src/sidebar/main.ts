// The sidebar and dialog page: one page, opened on a view; every text a person typed goes in
// with textContent, never as HTML. Sidebar layer (runs in Apps Script's sandboxed iframe).
import type {
  CheckView,
  InitialState,
  ReportResult,
  ServerApi,
  SettingsView,
  SubmissionsView,
  SummaryView,
} from '../gas/api';
import type { ReportModel } from '../core/report-model';

declare const google: { script: { run: Record<string, unknown> } };

/** The one typed wrapper over google.script.run. */
const call = <K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> =>
  new Promise((resolve, reject) => {
    const runner = google.script.run as Record<string, (...a: unknown[]) => unknown> & {
      withSuccessHandler(f: (v: unknown) => void): typeof runner;
      withFailureHandler(f: (e: unknown) => void): typeof runner;
    };
    const handled = runner
      .withSuccessHandler((value: unknown) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler(reject);
    handled[name](...args);
  });

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
};

const view = document.getElementById('view') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
const tabs = document.getElementById('tabs') as HTMLElement;

/** Runs a server call with the buttons disabled and what is happening shown. */
const busy = async <T>(what: string, task: () => Promise<T>): Promise<T | undefined> => {
  const buttons = [...document.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  status.className = 'status';
  status.textContent = what;
  try {
    const result = await task();
    status.textContent = '';
    return result;
  } catch (error) {
    status.className = 'status failure';
    status.textContent = `Не вдалося виконати дію: ${error instanceof Error ? error.message : String(error)}`;
    return undefined;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
};

const button = (text: string, onClick: () => void, action = false): HTMLButtonElement => {
  const b = el('button', text, action ? 'action' : '');
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
};

const showCheck = (check: CheckView): void => {
  view.replaceChildren();
  view.append(el('p', `Помилок: ${check.errors}, попереджень: ${check.warnings}.`));
  const executors = [...new Set(check.findings.map((f) => f.executor).filter((e) => e !== ''))];
  const filter = el('select');
  filter.setAttribute('aria-label', 'Виконавець');
  for (const name of ['Усі', ...executors]) filter.append(el('option', name));
  const list = el('div');
  const render = () => {
    list.replaceChildren();
    const chosen = filter.value;
    const shown = check.findings.filter((f) => chosen === 'Усі' || f.executor === chosen);
    if (shown.length === 0) list.append(el('p', 'Помилок не знайдено.'));
    for (const f of shown) {
      const head = [f.cell || f.sheet, f.measure ? `захід № ${f.measure}` : '', f.executor]
        .filter((s) => s)
        .join(' · ');
      const item = button(
        `${head}: ${f.message}`,
        () => void busy('Переходжу до клітинки…', () => call('selectCell', f.sheet, f.cell)),
      );
      item.classList.add('finding', f.severity);
      list.append(item);
    }
  };
  filter.addEventListener('change', render);
  render();
  view.append(
    button(
      'Перевірити знову',
      () =>
        void busy('Перевіряю таблицю…', () => call('sidebarCheck')).then((c) => c && showCheck(c)),
      true,
    ),
    button('Зняти позначки', () => void busy('Знімаю позначки…', () => call('clearMarksNow'))),
    filter,
    list,
  );
};

const showSummary = (summary: SummaryView): void => {
  view.replaceChildren();
  const c = summary.counts;
  const counts = el('ul');
  for (const [label, n] of [
    ['Заплановано', c.planned],
    ['Виконувались', c.executing],
    ['Термін не настав', c.notYetDue],
    ['Прострочено', c.overdue],
    ['Термін невідомий', c.unknownDeadline],
  ] as const)
    counts.append(el('li', `${label}: ${n}`));
  const totals = el('ul');
  for (const t of summary.totals) totals.append(el('li', `${t.label}: ${t.text}`));
  view.append(counts, ...summary.summary.map((p) => el('p', p)), totals);
};

export const renderPreview = (model: ReportModel): HTMLElement => {
  const box = el('div', '', 'preview');
  box.append(el('h3', model.title));
  const table = el('table');
  for (let r = 0; r < model.headerRowCount; r++) {
    const tr = el('tr');
    for (const h of model.header.filter((cell) => cell.row === r)) {
      const th = el('th', h.text);
      th.rowSpan = h.rowSpan;
      th.colSpan = h.colSpan;
      tr.append(th);
    }
    table.append(tr);
  }
  const numbers = el('tr');
  for (const n of model.columnNumbers) numbers.append(el('th', n));
  table.append(numbers);
  for (const row of model.rows) {
    const tr = el('tr');
    for (const text of row.cells) {
      const td = el('td');
      text.split('\n').forEach((line, i) => (i ? td.append(el('br'), line) : td.append(line)));
      tr.append(td);
    }
    table.append(tr);
  }
  const totals = el('tr');
  const label = el('th', model.totals.label);
  label.colSpan = model.totals.labelSpan;
  totals.append(label, ...model.totals.cells.map((t) => el('th', t)));
  table.append(totals);
  box.append(
    table,
    ...model.summary.map((p) => el('p', p)),
    el('p', `${model.signature.position} ____________ ${model.signature.name}`),
  );
  return box;
};

const showReport = (result: ReportResult): void => {
  view.replaceChildren();
  if (!result.ok) {
    view.append(el('p', result.message, 'failure'));
    for (const f of result.findings)
      view.append(el('p', `${f.cell}: ${f.message}`, `finding ${f.severity}`));
    return;
  }
  const link = el('a', result.name);
  link.href = result.url;
  link.target = '_blank';
  link.rel = 'noopener';
  const pdf = el('p');
  view.append(
    el('p', 'Звіт створено:'),
    link,
    button(
      'Зберегти PDF',
      () =>
        void busy('Зберігаю PDF…', () => call('savePdf', result.docId)).then((r) => {
          if (!r) return;
          const a = el('a', r.name);
          a.href = r.url;
          a.target = '_blank';
          pdf.replaceChildren(a);
        }),
      true,
    ),
    pdf,
  );
};

const showPreview = (): void => {
  view.replaceChildren(
    button(
      'Сформувати звіт',
      () =>
        void busy('Створюю документ…', () => call('generateReport')).then(
          (r) => r && showReport(r),
        ),
      true,
    ),
  );
  void busy('Готую попередній перегляд…', () => call('sidebarPreview')).then(
    (m) => m && view.append(renderPreview(m)),
  );
};

const showSubmissions = (s: SubmissionsView): void => {
  view.replaceChildren();
  for (const e of s.executors) {
    const missing = [
      e.missingStatus.length ? `без стану: ${e.missingStatus.join(', ')}` : '',
      e.missingAmounts.length ? `без сум: ${e.missingAmounts.join(', ')}` : '',
      e.missingResult.length ? `без опису: ${e.missingResult.join(', ')}` : '',
    ].filter((x) => x);
    view.append(
      el(
        'p',
        `${e.executor}: ${e.complete} з ${e.measures} заходів заповнено${missing.length ? ` (${missing.join('; ')})` : ''}.`,
      ),
    );
  }
  const text = el('textarea');
  text.readOnly = true;
  text.value = s.reminder || 'Усі дані подано.';
  view.append(
    text,
    button('Копіювати', () => {
      text.select();
      void navigator.clipboard?.writeText(text.value).catch(() => undefined);
    }),
  );
};

const showSettings = (settings: SettingsView): void => {
  view.replaceChildren();
  const inputs = new Map<string, HTMLInputElement>();
  const echo = el(
    'p',
    settings.periodEcho.text,
    settings.periodEcho.ok ? 'status' : 'status failure',
  );
  let timer = 0;
  for (const [key, label] of Object.entries(settings.labels)) {
    const field = el('label', label);
    const input = el('input');
    input.value = settings.values[key as keyof typeof settings.values];
    inputs.set(key, input);
    field.append(input);
    view.append(field);
    if (key === 'period') {
      view.append(echo);
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = window.setTimeout(
          () =>
            void call('echoPeriod', input.value).then((e) => {
              echo.textContent = e.text;
              echo.className = e.ok ? 'status' : 'status failure';
            }),
          400,
        );
      });
    }
  }
  view.append(
    button(
      'Зберегти',
      () => {
        const values = Object.fromEntries(
          [...inputs].map(([k, i]) => [k, i.value]),
        ) as unknown as SettingsView['values'];
        void busy('Зберігаю…', () => call('saveSettings', values)).then(
          (r) => r && (status.textContent = 'Збережено'),
        );
      },
      true,
    ),
  );
};

const HELP = [
  'Налаштувати аркуш — створює аркуш «Заходи» з шапкою-шаблоном і аркуш «Налаштування».',
  'Перевірити дані — позначає клітинки з помилками й попередженнями; клацніть рядок у списку, щоб перейти до клітинки.',
  'Підрахувати підсумки — додає під таблицею рядок ВСЬОГО з формулами, що оновлюються самі.',
  'Сформувати звіт — створює Google Документ у вашій папці «Zvit — звіти»; з помилками звіт не створюється.',
  'Зняти позначки — повертає клітинкам попередній фон і примітки.',
  'Налаштування — номер і назва розділу, місто, звітний період, підписант.',
];

const TABS: readonly [string, () => void][] = [
  [
    'Перевірка',
    () =>
      void busy('Перевіряю таблицю…', () => call('sidebarCheck')).then((c) => c && showCheck(c)),
  ],
  [
    'Підсумки',
    () =>
      void busy('Рахую підсумки…', () => call('sidebarSummary')).then((s) => s && showSummary(s)),
  ],
  ['Попередній перегляд', showPreview],
  [
    'Хто не подав дані',
    () =>
      void busy('Збираю дані…', () => call('sidebarSubmissions')).then(
        (s) => s && showSubmissions(s),
      ),
  ],
];

const showTabs = (selected: number): void => {
  tabs.replaceChildren(
    ...TABS.map(([label, open], i) => {
      const tab = button(label, () => {
        showTabs(i);
        open();
      });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(i === selected));
      return tab;
    }),
  );
};

const start = (initial: InitialState | null): void => {
  if (!initial) {
    showTabs(0);
    TABS[0][1]();
    return;
  }
  switch (initial.view) {
    case 'check':
      showTabs(0);
      return showCheck(initial.check);
    case 'summary':
      showTabs(1);
      return showSummary(initial.summary);
    case 'report':
      return showReport(initial.result);
    case 'settings':
      return showSettings(initial.settings);
    case 'help':
      return view.replaceChildren(...HELP.map((line) => el('p', line)));
  }
};

const initialNode = document.getElementById('zvit-initial');
start(initialNode ? (JSON.parse(initialNode.textContent ?? 'null') as InitialState) : null);
