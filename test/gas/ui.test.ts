import { MENU_ITEMS, pageHtml, titleOf } from '../../src/gas/ui';
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
  it('has the seven items of the issue, in order', () => {
    expect(MENU_ITEMS.map(([caption]) => caption)).toEqual([
      'Налаштувати аркуш',
      'Перевірити дані',
      'Підрахувати підсумки',
      'Сформувати звіт',
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
