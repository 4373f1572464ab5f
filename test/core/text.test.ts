import fc from 'fast-check';
import { foldLookalikes, latinLetters, mixedWords, normalizeSpaces } from '../../src/core/text';

describe('look-alike letters', () => {
  it.each([
    ['Виконуєтьcя', ['Виконуєтьcя'], ['c'], 'Виконується'],
    ['Впрoдовж poку', ['Впрoдовж', 'poку'], ['o', 'p'], 'Впродовж року'],
    ['ІV квартал', [], [], 'ІV квартал'],
    ['Система PROZORRO', [], [], 'Система PROZORRO'],
    ['Прес-cлужба', ['cлужба'], ['c'], 'Прес-служба'],
  ])('%j', (text, words, letters, folded) => {
    expect([mixedWords(text), latinLetters(text), foldLookalikes(text)]).toEqual([
      words,
      letters,
      folded,
    ]);
  });
});

describe('normalizeSpaces', () => {
  it.each([
    ['Прес-служба', 'Прес-служба'],
    ['  Прес-служба ', 'Прес-служба'],
    ['Прес\u00a0служба', 'Прес служба'],
    ['Прес  служба', 'Прес служба'],
    ['Прес\nслужба', 'Прес служба'],
    ['Прес\u00adслужба', 'Пресслужба'],
    ['Прес \u200b служба', 'Прес служба'],
    [' ', ''],
    ['', ''],
  ])('%j → %j', (text, normal) => {
    expect(normalizeSpaces(text)).toBe(normal);
  });

  // Tidy text is returned as it is without the replacements; this holds it to what they give.
  it('gives what the replacements give, for any text of spaces, invisibles and letters', () => {
    const replaced = (text: string): string =>
      text
        .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
        .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
        .trim();
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\u00a0',
      '\u2007',
      '\u2009',
      '\u202f',
      '\n',
      '\t',
      '\u00ad',
      '\u200b',
      '\u2060',
      'а',
      'b',
      '1',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(normalizeSpaces(text)).toBe(replaced(text));
      }),
    );
  });
});
