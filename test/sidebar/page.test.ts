// The sidebar page in real headless Chromium, with a stand-in for google.script.run that
// answers from the core on the sample workbook.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { readXlsx } from '../../src/cli/read-xlsx';
import { analyseWorkbook } from '../../src/core/analyse';
import type { InitialState } from '../../src/gas/api';
import { pageHtml } from '../../src/gas/ui';
import { toCheckView, toSubmissionsView, toSummaryView } from '../../src/gas/views';
import { SAMPLE_PATH } from '../../scripts/make-sample';

const CHROMIUM = '/usr/bin/chromium';
const describeInChromium =
  existsSync(CHROMIUM) && existsSync('dist/sidebar.html') ? describe : describe.skip;
if (!existsSync(CHROMIUM))
  console.warn(
    'Sidebar tests skipped: /usr/bin/chromium not found (apt-get install chromium; .ci/run installs it).',
  );

/** Installs google.script.run answering from `answers`; `fail` names calls that fail. */
const standIn = ([answers, fail]: readonly [Record<string, unknown>, string[]]) => {
  const w = window as unknown as { calls: unknown[][]; google: unknown };
  w.calls = [];
  const runner = (ok?: (v: unknown) => void, ko?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_t, name: string) => {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, ko);
          if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
          return (...args: unknown[]) => {
            w.calls.push([name, ...args]);
            setTimeout(
              () =>
                fail.includes(name)
                  ? ko?.(new Error('Сервіс тимчасово недоступний'))
                  : ok?.(answers[name] ?? null),
              // The summary answers slowly, so a test can see the page while it waits.
              name === 'sidebarSummary' ? 400 : 10,
            );
          };
        },
      },
    );
  w.google = {
    script: {
      get run() {
        return runner();
      },
    },
  };
};

describeInChromium('the sidebar page', () => {
  let browser: Browser;
  let answers: Record<string, unknown>;
  let template: string;

  beforeAll(async () => {
    const analysis = analyseWorkbook(await readXlsx(SAMPLE_PATH));
    const hostile = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
    const check = toCheckView(analysis, 0);
    answers = {
      sidebarCheck: {
        ...check,
        errors: 1,
        findings: [
          {
            code: 'not-a-number',
            severity: 'error',
            sheet: 'Заходи',
            cell: 'K5',
            row: 5,
            message: hostile,
            measure: '2',
            executor: 'Прес-служба',
          },
          {
            code: 'unknown-term',
            severity: 'warning',
            sheet: 'Заходи',
            cell: 'C9',
            row: 9,
            message: 'Не вдалося прочитати термін.',
            measure: '6',
            executor: 'Фінансове управління',
          },
        ],
      },
      sidebarSummary: toSummaryView(analysis, 0),
      sidebarPreview: analysis.report,
      sidebarSubmissions: toSubmissionsView(analysis),
      selectCell: null,
    };
    template = readFileSync('dist/sidebar.html', 'utf8');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync('out/sidebar', { recursive: true });
  }, 60000);

  afterAll(async () => browser?.close());

  const open = async (
    initial: InitialState | null,
    fail: string[] = [],
  ): Promise<{ page: Page; dialogs: string[] }> => {
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The stand-in goes in before the page's own script, as google.script.run is there in Apps Script.
    const stub = `<script>(${standIn.toString()})(${JSON.stringify([answers, fail]).replace(/</g, '\\u003c')});</script>`;
    const html = initial ? pageHtml(template, initial) : template;
    await page.setContent(
      html.replace('<meta charset="utf-8" />', () => `<meta charset="utf-8" />${stub}`),
    );
    return { page, dialogs };
  };

  it('calls selectCell with the sheet and cell of a clicked finding', async () => {
    const { page } = await open(null);
    await page.getByRole('button', { name: /^C9/ }).click();
    await page.waitForTimeout(50);
    expect(
      await page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls.at(-1)),
    ).toEqual(['selectCell', 'Заходи', 'C9']);
    await page.screenshot({ path: 'out/sidebar/check.png' });
  });

  it('shows a typed script tag as text and runs nothing', async () => {
    const { page, dialogs } = await open(null);
    await page.getByRole('button', { name: /^K5/ }).waitFor();
    expect([
      await page.locator('img').count(),
      dialogs,
      (await page.getByRole('button', { name: /^K5/ }).textContent())?.includes('<img src=x'),
    ]).toEqual([0, [], true]);
  });

  it('filters findings by department', async () => {
    const { page } = await open(null);
    await page.getByRole('button', { name: /^K5/ }).waitFor();
    await page.getByLabel('Виконавець').selectOption('Фінансове управління');
    expect(await page.locator('.finding').allTextContents()).toEqual([
      expect.stringContaining('C9'),
    ]);
  });

  it('previews the header with the reference spans and the totals row', async () => {
    const { page } = await open(null);
    await page.getByRole('tab', { name: 'Попередній перегляд' }).click();
    await page.locator('.preview table').waitFor();
    const spans = await page.$$eval('.preview th', (cells) =>
      cells.map(
        (c) =>
          `${c.textContent}:${(c as HTMLTableCellElement).rowSpan}x${(c as HTMLTableCellElement).colSpan}`,
      ),
    );
    expect(spans).toEqual(
      expect.arrayContaining([
        '№ з/п:4x1',
        'Витрати на реалізацію (план/факт), тис. грн.:1x6',
        'Всього:3x1',
        'місцевих бюджетів:1x2',
        '168,8 / 20:1x1',
        'ВСЬОГО::1x4',
      ]),
    );
    await page.screenshot({ path: 'out/sidebar/preview.png' });
  });

  it('shows a failing call in Ukrainian, without a stack, and gives the buttons back', async () => {
    const { page } = await open(null, ['sidebarSummary']);
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    await page.getByText('Не вдалося виконати дію').waitFor();
    expect([
      await page.locator('#status').textContent(),
      await page.getByRole('tab', { name: 'Підсумки' }).isEnabled(),
    ]).toEqual(['Не вдалося виконати дію: Сервіс тимчасово недоступний', true]);
  });

  it('shows who still owes data with a reminder to copy', async () => {
    const { page } = await open(null);
    await page.getByRole('tab', { name: 'Хто не подав дані' }).click();
    await page.locator('textarea').waitFor();
    await page.screenshot({ path: 'out/sidebar/submissions.png' });
    expect(await page.locator('textarea').inputValue()).toBe(
      (answers.sidebarSubmissions as { reminder: string }).reminder || 'Усі дані подано.',
    );
  });

  it('disables the buttons while a call runs and says what it is doing', async () => {
    const { page } = await open(null);
    await page.getByRole('button', { name: /^K5/ }).waitFor();
    await page.getByRole('tab', { name: 'Підсумки' }).click();
    const during = [
      await page.getByRole('tab', { name: 'Перевірка' }).isDisabled(),
      await page.locator('#status').textContent(),
    ];
    await page.getByText('Заплановано: 11').waitFor();
    expect([...during, await page.getByRole('tab', { name: 'Перевірка' }).isEnabled()]).toEqual([
      true,
      'Рахую підсумки…',
      true,
    ]);
  });

  it('reaches a finding with the keyboard and opens it with Enter', async () => {
    const { page } = await open(null);
    await page.getByRole('button', { name: /^C9/ }).waitFor();
    for (
      let i = 0;
      i < 20 && !(await page.evaluate(() => document.activeElement?.textContent?.startsWith('C9')));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    expect(
      await page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls.at(-1)),
    ).toEqual(['selectCell', 'Заходи', 'C9']);
  });
});
