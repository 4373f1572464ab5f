// What the settings dialog lets be saved: SPEC §6 and §7 print the period and the signer always,
// the city, the programme's name and the section's number and name only when given. Unit test
// of the page's rule, no browser.
import type { SettingKey } from '../../src/core/settings';
import { SETTING_LABELS } from '../../src/core/settings';
import { invalidReason } from '../../src/shared/settings-form';

const reason = (key: SettingKey, value: string): string =>
  invalidReason(key, SETTING_LABELS[key], value);

describe('invalidReason', () => {
  it.each(['city', 'sectionNumber', 'sectionName', 'programme'] as const)(
    'lets %s be saved empty',
    (key) => {
      expect(reason(key, '  ')).toBe('');
    },
  );

  it.each([
    ['signer', 'Заповніть поле «Підписант»: воно потрапляє у звіт.'],
    ['signerPosition', 'Заповніть поле «Посада підписанта»: воно потрапляє у звіт.'],
    ['period', 'Заповніть поле «Звітний період»: воно потрапляє у звіт.'],
  ] as const)('asks for %s', (key, text) => {
    expect(reason(key, '')).toBe(text);
  });

  it('keeps a period it cannot read an error', () => {
    expect(reason('period', 'колись')).toMatch(/^Не вдалося прочитати період\./);
  });
});
