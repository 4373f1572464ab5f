// The pinned header in headless Chromium: however long the notice and the walked error, it keeps
// most of the window for the findings, and a notice can be put away.
import type { Page } from 'playwright-core';
import type { Grid } from '../../src/core/grid';
import type { MeasureSpec } from '../support/grid-builders';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { axeViolations, describeInChromium, harnessForTests, shot } from './harness';

/** Many measures with long department names, each with an error: a long refusal, a long walk. */
const troubledBook = (n: number): Grid[] => {
  const departments = [
    'Департамент житлово-комунального господарства, благоустрою, екології та енергоефективності міської ради',
    'Центр надання адміністративних послуг (ЦНАП) виконавчого комітету міської ради',
  ];
  const measures = Array.from({ length: n }, (_, i): MeasureSpec => ({
    title: `Захід ${i + 1}: дуже довга назва заходу, дуже довга назва заходу`,
    executor: departments[i % departments.length],
    status: i % 2 === 0 ? '' : 'виконано частково',
    money: { total: [i % 2 === 0 ? 'багато' : 10, 12], city: [10, 12] },
  }));
  return [measuresGrid(measures), settingsGrid()];
};

/** Cells given a mark's colour without its note: «Зняти позначки» then says a long paragraph. */
const LONG_CLEAR = {
  restored: 179,
  colourLeft: [
    { sheet: 'Заходи', cells: ['K5', 'K9', 'K13', 'K17', 'K21', 'K25', 'K29'] },
    { sheet: 'Розділ 2', cells: ['B4'] },
  ],
};

const headerHeight = (page: Page): Promise<number> =>
  page.evaluate(() => document.getElementById('top')!.getBoundingClientRect().height);

describeInChromium('the pinned header', () => {
  const harness = harnessForTests();

  /** A report refused for 40 errors, walked to an error whose message is long. */
  const refusedAndWalked = async (height: number): Promise<Page> => {
    const { page } = await harness.open({
      grids: troubledBook(40),
      initial: { view: 'report' },
      height,
    });
    await page.locator('.finding').first().waitFor();
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Наступна помилка' }).click();
    await page.locator('.finding[aria-current]').waitFor();
    return page;
  };

  it('keeps under 45 % of a 700 px window with a refusal and a walked error', async () => {
    const page = await refusedAndWalked(700);
    await shot(page, 'pinned-refused-walk-700');
    expect(await headerHeight(page)).toBeLessThan(0.45 * 700);
  });

  it('keeps under 45 % of an 800 px window with the long «Зняти позначки» notice and the walk', async () => {
    const { page, server } = await harness.open({ grids: troubledBook(40) });
    await page.locator('.finding').first().waitFor();
    server.reply.set('clearMarksNow', LONG_CLEAR);
    await page.getByRole('button', { name: 'Зняти позначки' }).click();
    await page.locator('#status .success').waitFor();
    await page.getByRole('button', { name: 'Наступна помилка' }).click();
    await shot(page, 'pinned-cleared-walk-800');
    expect(await headerHeight(page)).toBeLessThan(0.45 * 800);
  });

  it('lets a long notice be scrolled by keyboard: its box takes a tab stop', async () => {
    const { page, server } = await harness.open({ grids: troubledBook(40) });
    await page.locator('.finding').first().waitFor();
    server.reply.set('clearMarksNow', LONG_CLEAR);
    await page.getByRole('button', { name: 'Зняти позначки' }).click();
    await page.locator('#status .success').waitFor();
    expect(await page.locator('#status .status-text').getAttribute('tabindex')).toBe('0');
  });

  it('finds no axe violation with a long notice in it', async () => {
    const { page, server } = await harness.open({ grids: troubledBook(40) });
    await page.locator('.finding').first().waitFor();
    server.reply.set('clearMarksNow', LONG_CLEAR);
    await page.getByRole('button', { name: 'Зняти позначки' }).click();
    await page.locator('#status .success').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('puts a notice away with its close button, at any window height', async () => {
    const { page } = await harness.open({ grids: troubledBook(4), initial: { view: 'report' } });
    await page.getByRole('alert').waitFor();
    await page.getByRole('button', { name: 'Закрити повідомлення' }).click();
    expect(await page.locator('#status').innerHTML()).toBe('');
  });

  it('moves the focus to the view’s heading when a notice is put away', async () => {
    const { page } = await harness.open({ grids: troubledBook(4), initial: { view: 'report' } });
    await page.getByRole('alert').waitFor();
    await page.getByRole('button', { name: 'Закрити повідомлення' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-result');
  });
});
