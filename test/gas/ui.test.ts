import { MENU_ITEMS, pageHtml } from '../../src/gas/ui';

describe('pageHtml', () => {
  it('inlines the initial state as JSON where the marker stands', () => {
    expect(pageHtml('<head><!--zvit:initial--></head>', { view: 'help' })).toBe(
      '<head><script type="application/json" id="zvit-initial">{"view":"help"}</script></head>',
    );
  });

  it('escapes "<" so typed text cannot close the script element', () => {
    const html = pageHtml('<!--zvit:initial-->', {
      view: 'report',
      result: { ok: false, message: '</script><script>alert(1)</script>', findings: [] },
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
