// The report's preview in headless Chromium with words longer than their column: a web address
// in «Виконання», a long compound department name. Each stays inside its cell and the paper.
import type { Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Edits } from './harness';
import { axeViolations, describeInChromium, editMeasures, harnessForTests, shot } from './harness';

const LONG_WORDS: Edits = {
  '6': {
    result:
      'Підключено: https://openbudget.gov.ua/local-budget?id=05557000000&type=EXPENSES&year=2017',
  },
  '7': { executor: 'Управління соціальногозахистунаселеннятасоціальнотрудовихвідносин' },
};

/** Body cells (what people typed) whose text runs past their right edge. */
const spilling = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('table.report td'))
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => (cell.textContent ?? '').slice(0, 40)),
  );

describeInChromium('the preview with long words', () => {
  const harness = harnessForTests();

  const wide = async (): Promise<Page> => {
    const grids = editMeasures(harness.sample, LONG_WORDS);
    const { page } = await harness.open({
      initial: { view: 'preview', report: analyseWorkbook(grids).report },
      width: 1100,
      height: 720,
    });
    await page.locator('table.report').waitFor();
    return page;
  };

  it('keeps every cell’s text inside its cell in the wide window', async () => {
    const page = await wide();
    await shot(page, 'preview-long-words-wide');
    expect(await spilling(page)).toEqual([]);
  });

  it('does not scroll the wide window sideways', async () => {
    const page = await wide();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });

  it('finds no axe violation in the wide window', async () => {
    expect(await axeViolations(await wide())).toEqual([]);
  });

  it('keeps every cell’s text inside its cell in the sidebar', async () => {
    const { page } = await harness.open({ grids: editMeasures(harness.sample, LONG_WORDS) });
    await page.getByText('Помилок не знайдено').waitFor();
    await page.getByRole('tab', { name: 'Звіт' }).click();
    await page.locator('table.report').waitFor();
    expect(await spilling(page)).toEqual([]);
  });
});
