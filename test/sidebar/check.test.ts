// Перевірка in headless Chromium: findings by row, errors first, a click selects the cell, the
// department filter, marks cleared, the calm empty state.
import type { Harness } from './harness';
import { describeInChromium, editMeasures, startHarness, TROUBLED } from './harness';

describeInChromium('the Перевірка view', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  const openTroubled = async () => {
    const opened = await harness.open({ grids: editMeasures(harness.sample, TROUBLED) });
    await opened.page.locator('.finding').first().waitFor();
    return opened;
  };

  it('runs sidebarCheck when the server gave no initial state', async () => {
    const { server, page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    expect(server.calls).toEqual([['sidebarCheck']]);
  });

  it('shows the calm message when nothing is wrong', async () => {
    const { page } = await harness.open();
    await page.getByText('Помилок не знайдено').waitFor();
    expect(await page.locator('.count-number').allTextContents()).toEqual(['0', '0']);
  });

  it('groups findings under their sheet row with the measure and department, errors first', async () => {
    const { page } = await openTroubled();
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Рядок 5 · захід № 2 · Прес-служба',
      'Рядок 6 · захід № 3 · Прес-служба',
      'Рядок 9 · захід № 6 · Фінансове управління',
    ]);
  });

  it('shows each finding with its cell, its severity and the message', async () => {
    const { page, server } = await openTroubled();
    const warning = server.analysis.findings.find((f) => f.code === 'unknown-term')!;
    const item = page.locator('.finding.warning');
    expect([
      await item.locator('.cell').textContent(),
      await item.locator('.severity').textContent(),
      await item.getAttribute('aria-label'),
      await item.textContent(),
    ]).toEqual([warning.cell, '▲', null, `▲Попередження: ${warning.cell} ${warning.message}`]);
  });

  it('counts errors and warnings in Ukrainian', async () => {
    const { page } = await openTroubled();
    expect(await page.locator('.count').allInnerTexts()).toEqual(['2\nпомилки', '1\nпопередження']);
  });

  it('calls selectCell with the sheet and cell of a clicked finding', async () => {
    const { page, server } = await openTroubled();
    const cell = (await page.locator('.finding.warning .cell').textContent())!;
    await page.locator('.finding.warning').click();
    expect(await server.waitForCall('selectCell')).toEqual(['selectCell', 'Заходи', cell]);
  });

  it('lists only the chosen department’s findings', async () => {
    const { page } = await openTroubled();
    await page.getByLabel('Виконавець').selectOption('Фінансове управління');
    expect(await page.locator('.group-title').allTextContents()).toEqual([
      'Рядок 9 · захід № 6 · Фінансове управління',
    ]);
  });

  it('offers "Усі" and each department that has findings in the filter', async () => {
    const { page } = await openTroubled();
    expect(await page.locator('#executor-filter option').allTextContents()).toEqual([
      'Усі',
      'Прес-служба',
      'Фінансове управління',
    ]);
  });

  it('clears the marks with clearMarksNow and says from how many cells', async () => {
    const { page, server } = await openTroubled();
    await page.getByRole('button', { name: 'Зняти позначки' }).click();
    await page.getByText('Позначки знято').waitFor();
    expect([server.calls.at(-1), await page.locator('#status').textContent()]).toEqual([
      ['clearMarksNow'],
      'Позначки знято з 3 клітинок.',
    ]);
  });

  it('checks again with "Перевірити знову"', async () => {
    const { page, server } = await openTroubled();
    await page.getByRole('button', { name: 'Перевірити знову' }).click();
    await page.locator('.finding').first().waitFor();
    expect(server.calls.filter((c) => c[0] === 'sidebarCheck')).toHaveLength(2);
  });
});
