// "Налаштувати аркуш": the measures tab with the template header of SPEC §2.1 and the settings
// tab, made so that people type valid data. Never overwrites a tab that holds data.
// Apps Script adapter layer.
import { SETTING_KEYS, SETTING_LABELS, SETTINGS_SHEET } from '../core/settings';
import { STATUS_LABELS } from '../core/status';
import { SOURCE_LABELS } from '../core/labels';
import { SOURCE_KEYS } from '../core/sources';
import { LOCK_WAIT_MS, withDocumentLock } from './document-lock';
import type { Services, SheetApi } from './services';

export const MEASURES_SHEET = 'Заходи';
const DATA_ROWS = 200;

const SOURCES = SOURCE_KEYS.map((key) => SOURCE_LABELS[key]);
const TOP = [
  '№ з/п',
  'Зміст заходу',
  'Термін виконання',
  'Виконавець',
  ...SOURCES.flatMap((s) => [s, '']),
  'Стан виконання',
  'Виконання',
];
const SIDES = ['', '', '', '', ...SOURCES.flatMap(() => ['план', 'факт']), '', ''];
const WIDTHS = [45, 320, 110, 170, ...SOURCES.flatMap(() => [70, 70]), 130, 300];
const FIRST_MONEY = 5;
const MONEY_COLUMNS = 12;
const STATUS_COLUMN = FIRST_MONEY + MONEY_COLUMNS;

export type SetupResult = { readonly created: readonly string[]; readonly kept: readonly string[] };

const isEmpty = (sheet: SheetApi): boolean =>
  sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;

/**
 * Under the document lock: two runs that each found a tab missing or empty would each build it
 * (the second insertSheet of one name fails, or the template is laid twice).
 */
export const setupSheets = (services: Services): SetupResult =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const { SpreadsheetApp } = services;
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const created: string[] = [];
    const kept: string[] = [];
    const existing = spreadsheet.getSheetByName(MEASURES_SHEET);
    if (existing && !isEmpty(existing)) kept.push(MEASURES_SHEET);
    else {
      const sheet = existing ?? spreadsheet.insertSheet(MEASURES_SHEET);
      const width = TOP.length;
      if (sheet.getMaxRows() < DATA_ROWS + 2)
        sheet.insertRowsAfter(sheet.getMaxRows(), DATA_ROWS + 2 - sheet.getMaxRows());
      if (sheet.getMaxColumns() < width)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      const header = sheet.getRange(1, 1, 2, width);
      header
        .setValues([TOP, SIDES])
        .setFontWeight('bold')
        .setHorizontalAlignment('center')
        .setVerticalAlignment('middle')
        .setWrap(true)
        .setBackground('#e8eaed');
      for (const col of [1, 2, 3, 4, STATUS_COLUMN, STATUS_COLUMN + 1])
        sheet.getRange(1, col, 2, 1).mergeVertically();
      for (let col = FIRST_MONEY; col < STATUS_COLUMN; col += 2)
        sheet.getRange(1, col, 1, 2).mergeAcross();
      WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
      sheet.setFrozenRows(2);
      sheet.getRange(3, 1, DATA_ROWS, width).setWrap(true).setVerticalAlignment('top');
      const money = sheet.getRange(3, FIRST_MONEY, DATA_ROWS, MONEY_COLUMNS);
      money.setNumberFormat('0.0##');
      money.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireNumberGreaterThanOrEqualTo(0)
          .setAllowInvalid(false)
          .setHelpText('Сума в тис. грн, число не менше 0, з комою: 28,8. Порожньо — коштів немає.')
          .build(),
      );
      sheet
        .getRange(3, STATUS_COLUMN, DATA_ROWS, 1)
        .setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInList(Object.values(STATUS_LABELS), true)
            .setAllowInvalid(false)
            .setHelpText('Оберіть стан виконання заходу зі списку.')
            .build(),
        );
      header.protect().setDescription('Шапка таблиці Zvit').setWarningOnly(true);
      created.push(MEASURES_SHEET);
    }
    const settings = spreadsheet.getSheetByName(SETTINGS_SHEET);
    if (settings && !isEmpty(settings)) kept.push(SETTINGS_SHEET);
    else {
      const sheet = settings ?? spreadsheet.insertSheet(SETTINGS_SHEET);
      const rows = [
        ['Параметр', 'Значення'],
        ...SETTING_KEYS.map((key) => [SETTING_LABELS[key], '']),
      ];
      sheet.getRange(1, 1, rows.length, 2).setValues(rows);
      sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
      sheet.setColumnWidth(1, 200);
      sheet.setColumnWidth(2, 420);
      sheet.setFrozenRows(1);
      created.push(SETTINGS_SHEET);
    }
    return { created, kept };
  });
