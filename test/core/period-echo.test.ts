import { echoPeriod } from '../../src/core/period-echo';

describe('echoPeriod', () => {
  it.each([
    ['9 місяців 2016 року', { ok: true, text: 'кінець періоду: 30.09.2016' }],
    ['', { ok: false, text: 'Вкажіть звітний період, наприклад «9 місяців 2016 року».' }],
  ])('%s', (text, echo) => {
    expect(echoPeriod(text)).toEqual(echo);
  });

  it('says how to type a period it cannot read', () => {
    expect(echoPeriod('колись').text).toContain('Не вдалося прочитати період');
  });
});
