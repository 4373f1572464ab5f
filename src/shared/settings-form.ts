// Which settings the settings dialog lets be saved, and why not: pure, so the page uses it and
// a unit test states it without a browser. Shared layer.
import { parsePeriod } from '../core/period';
import type { SettingKey } from '../core/settings';

const BAD_PERIOD =
  'Не вдалося прочитати період. Напишіть, наприклад, «І квартал 2017 року», «1 півріччя 2017 року» або «2016 рік».';

/**
 * Parameters a report may go without (SPEC §6, §7): the programme's name (one section needs
 * none), the city (the title then leaves out «по місту …»), and the section's number and name,
 * which the tabs give whenever there are several sections or a title row above the table.
 */
const OPTIONAL: ReadonlySet<SettingKey> = new Set([
  'programme',
  'city',
  'sectionNumber',
  'sectionName',
]);

/** Why a value cannot be saved, or '' when it can: the period must read, the signer is printed. */
export const invalidReason = (key: SettingKey, label: string, value: string): string => {
  if (value.trim() === '' && !OPTIONAL.has(key))
    return `Заповніть поле «${label}»: воно потрапляє у звіт.`;
  if (key === 'period' && parsePeriod(value) === null) return BAD_PERIOD;
  return '';
};
