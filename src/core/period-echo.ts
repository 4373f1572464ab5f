// The echo under the period field of the settings page: what end date the typed period gives,
// or how to type it. Core layer.
import { parsePeriod } from './period';

export interface PeriodEchoText {
  readonly ok: boolean;
  readonly text: string;
}

const formatIsoDate = (iso: string): string => iso.split('-').reverse().join('.');

export const echoPeriod = (text: string): PeriodEchoText => {
  if (text.trim() === '')
    return { ok: false, text: 'Вкажіть звітний період, наприклад «9 місяців 2016 року».' };
  const period = parsePeriod(text);
  return period
    ? { ok: true, text: `кінець періоду: ${formatIsoDate(period.end)}` }
    : {
        ok: false,
        text: 'Не вдалося прочитати період. Напишіть, наприклад, «І квартал 2017 року», «1 півріччя 2017 року» або «2016 рік».',
      };
};
