import { headerLabelSizePt, sizedHeader, textWidthPt } from '../../src/core/layout';
import { REPORT_PAGE } from '../../src/core/layout';

describe('headerLabelSizePt', () => {
  it.each([
    ['Всього', 52, 10, 10],
    ['держбюджету', 52, 10, 8],
    ['держбюджету', 100, 12, 12],
    ['дуже-довге-слово-що-ніде-не-вміститься', 52, 10, 8],
  ])('%s in %i pt at %i pt → %f pt', (text, width, size, expected) => {
    expect(headerLabelSizePt(text, width, size)).toBe(expected);
  });
});

describe('sizedHeader', () => {
  it('sizes a label by the columns it spans', () => {
    const columns = [
      { share: 0.05, align: 'center' as const },
      { share: 0.05, align: 'center' as const },
    ];
    const cell = { text: 'держбюджету', row: 0, col: 0, rowSpan: 1 };
    expect(
      sizedHeader(
        [
          { ...cell, colSpan: 1 },
          { ...cell, colSpan: 2 },
        ],
        columns,
        REPORT_PAGE,
      ).map((h) => h.sizePt),
    ).toEqual([8, 10]);
  });
});

describe('textWidthPt', () => {
  it('is the page less its left and right margins', () => {
    expect(textWidthPt(REPORT_PAGE)).toBeCloseTo(841.89 - 56.7 - 42.5);
  });
});
