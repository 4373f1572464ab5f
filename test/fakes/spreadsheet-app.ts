// The SpreadsheetApp global over one FakeSpreadsheet: the active file, its Ui, data-validation
// builders and enums. openById fails: the add-on only has spreadsheets.currentonly.
// Test fakes.
import type { FakeContext } from './context';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeDataValidation } from './spreadsheet';
import type { FakeUi } from './ui';

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria
export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;

/** SpreadsheetApp.newDataValidation(): a builder, no round trip until the rule is set. */
export class FakeDataValidationBuilder {
  private criteria = '';
  private values: unknown[] = [];
  private helpText = '';
  private allowInvalid = true;
  constructor(private readonly context: FakeContext) {}
  private count(method: string): void {
    this.context.call(`DataValidationBuilder.${method}`, 'none');
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    this.count('requireValueInList');
    this.criteria = DataValidationCriteria.VALUE_IN_LIST;
    this.values = [[...values], showDropdown];
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.count('requireNumberGreaterThanOrEqualTo');
    this.criteria = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    this.values = [number];
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.count('requireNumberBetween');
    this.criteria = DataValidationCriteria.NUMBER_BETWEEN;
    this.values = [start, end];
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.count('setAllowInvalid');
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.count('setHelpText');
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    this.count('build');
    return new FakeDataValidation(
      this.context,
      this.criteria,
      this.values,
      this.helpText,
      this.allowInvalid,
    );
  }
}

export const createSpreadsheetApp = (
  context: FakeContext,
  spreadsheet: () => FakeSpreadsheet,
  ui: FakeUi,
) => {
  const call = (method: string, needs: 'none' | 'limited' = 'limited') =>
    context.call(`SpreadsheetApp.${method}`, needs);
  const refuse =
    (method: string) =>
    (..._args: unknown[]): never => {
      call(method);
      // Under spreadsheets.currentonly only the file the add-on runs in is reachable.
      throw context.error(
        `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
      );
    };
  return {
    DataValidationCriteria,
    ProtectionType,
    WrapStrategy,
    BorderStyle,
    getActive: () => (call('getActive'), spreadsheet()),
    getActiveSpreadsheet: () => (call('getActiveSpreadsheet'), spreadsheet()),
    getActiveSheet: () => (call('getActiveSheet'), spreadsheet().activeSheetOrFirst()),
    getActiveRange: () => {
      call('getActiveRange');
      return spreadsheet().getActiveRange();
    },
    /** Works in every AuthMode: building the menu is all onOpen may do in NONE. */
    getUi: () => (call('getUi', 'none'), ui),
    newDataValidation: () => (
      call('newDataValidation', 'none'),
      new FakeDataValidationBuilder(context)
    ),
    flush: () => call('flush'),
    openById: refuse('openById'),
    create: refuse('create'),
  };
};

export type FakeSpreadsheetApp = ReturnType<typeof createSpreadsheetApp>;
