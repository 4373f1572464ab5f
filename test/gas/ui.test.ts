import { analyseWorkbook } from '../../src/core/analyse';
import { MENU_ITEMS, pageHtml, showPage, titleOf } from '../../src/gas/ui';
import type { InitialState } from '../../src/shared/api';
import { createFakeEnvironment } from '../fakes';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';
import { refusalMessage } from '../../src/shared/views';

describe('pageHtml', () => {
  it('inlines the initial state as JSON where the marker stands', () => {
    expect(pageHtml('<head><!--zvit:initial--></head>', { view: 'help' })).toBe(
      '<head><script type="application/json" id="zvit-initial">{"view":"help"}</script></head>',
    );
  });

  it('escapes "<" so typed text cannot close the script element', () => {
    const html = pageHtml('<!--zvit:initial-->', {
      view: 'check',
      check: {
        sheet: '</script><script>alert(1)</script>',
        findings: [],
        errors: 0,
        warnings: 0,
        marked: 0,
      },
    });
    expect(html.match(/<\/script>/g)).toEqual(['</script>']);
  });
});

describe('the add-on menu', () => {
  it('has the items of the issues, in order', () => {
    expect(MENU_ITEMS.map(([caption]) => caption)).toEqual([
      'Налаштувати аркуш',
      'Перевірити дані',
      'Підрахувати підсумки',
      'Сформувати звіт',
      'Чернетка пояснень',
      'Експорт відкритих даних',
      'Зняти позначки',
      'Налаштування',
      'Довідка',
    ]);
  });
});

describe('window titles', () => {
  it('name the add-on first, then the window, in one style', () => {
    expect(
      (['check', 'report', 'settings', 'help', 'preview'] as const).map((view) => titleOf(view)),
    ).toEqual([
      'Zvit',
      'Zvit',
      'Zvit — Налаштування',
      'Zvit — Довідка',
      'Zvit — Попередній перегляд',
    ]);
  });
});

describe('showPage', () => {
  // Reads dist/sidebar.html, as HtmlService reads the pushed file: `npm run build` first.
  const shown = (initial: InitialState) => {
    const env = createFakeEnvironment({ htmlFolder: 'dist' });
    showPage(env.globals.HtmlService, env.globals.SpreadsheetApp.getUi(), initial);
    const [page] = env.ui.dialogs;
    return page && [page.kind, page.title, page.width, page.height];
  };

  it('opens the preview in a wide modeless window beside the sheet', () => {
    const report = analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]).report;
    expect(shown({ view: 'preview', report })).toEqual([
      'modeless',
      'Zvit — Попередній перегляд',
      1100,
      720,
    ]);
  });

  it('opens «Сформувати звіт» in the sidebar, not a dialog', () => {
    expect(shown({ view: 'report' })).toEqual(['sidebar', 'Zvit', undefined, undefined]);
  });

  it('opens the help in a 520 × 600 modal dialog', () => {
    expect(shown({ view: 'help' })).toEqual(['modal', 'Zvit — Довідка', 520, 600]);
  });
});

describe('refusalMessage', () => {
  it.each([
    [1, 'у таблиці 1 помилка.'],
    [2, 'у таблиці 2 помилки.'],
    [5, 'у таблиці 5 помилок.'],
    [21, 'у таблиці 21 помилка.'],
  ])('%i errors → %s', (n, phrase) => {
    expect(refusalMessage(n)).toContain(phrase);
  });
});
