import { foldLookalikes, latinLetters, mixedWords } from '../../src/core/text';

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
