import { analyseWorkbook } from '../../src/core/analyse';
import { tableCells, tableRequests } from '../../src/gas/render-doc';
import type { DocsStructuralElement } from '../../src/gas/services';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const model = analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]).report;

/** A table element as Docs.get describes it: each cell holds one paragraph. */
const docsTable = (cells: string[][], start = 100): DocsStructuralElement => {
  let index = start + 1;
  const tableRows = cells.map((row) => {
    const rowStart = index++;
    const tableCells = row.map((text) => {
      const cellStart = index;
      index += 1 + text.length + 1;
      return { startIndex: cellStart, endIndex: index };
    });
    return { startIndex: rowStart, endIndex: index, tableCells };
  });
  return {
    startIndex: start,
    endIndex: index + 1,
    table: { rows: cells.length, columns: cells[0].length, tableRows },
  };
};

describe('tableCells', () => {
  it('puts header texts at their merge origins and blanks the covered cells', () => {
    expect(
      tableCells(model)
        .slice(0, 2)
        .map((r) => r.slice(0, 6)),
    ).toEqual([
      [
        '№ з/п',
        'Зміст заходу',
        'Термін виконання',
        'Виконавець',
        'Витрати на реалізацію (план/факт), тис. грн.',
        '',
      ],
      ['', '', '', '', 'Всього', 'у тому числі за рахунок коштів:'],
    ]);
  });

  it('has 4 header rows, the numbers row, 11 measures and the totals row, all 11 wide', () => {
    const cells = tableCells(model);
    expect([cells.length, new Set(cells.map((r) => r.length))]).toEqual([17, new Set([11])]);
  });

  it('ends with the totals row', () => {
    expect(tableCells(model)[16]).toEqual([
      'ВСЬОГО:',
      '',
      '',
      '',
      '168,8 / 20',
      '-',
      '-',
      '88,8 / 20',
      '-',
      '80 / 0',
      'х',
    ]);
  });
});

describe('tableRequests', () => {
  const requests = tableRequests(model, docsTable(tableCells(model)));
  const kinds = requests.map((r) => Object.keys(r)[0]);

  it('pins the four header rows and the numbers row', () => {
    expect(requests.find((r) => 'pinTableHeaderRows' in r)).toEqual({
      pinTableHeaderRows: { tableStartLocation: { index: 100 }, pinnedHeaderRowsCount: 5 },
    });
  });

  it('merges every spanning header cell and the totals label', () => {
    expect(kinds.filter((k) => k === 'mergeTableCells').length).toBe(12 + 1);
  });

  it('merges after every index-based style, so no range moves under a merge', () => {
    const lastIndexed = Math.max(
      kinds.lastIndexOf('updateTextStyle'),
      kinds.lastIndexOf('updateParagraphStyle'),
    );
    expect(lastIndexed).toBeLessThan(kinds.indexOf('mergeTableCells'));
  });

  it('fixes every column width', () => {
    expect(kinds.filter((k) => k === 'updateTableColumnProperties').length).toBe(11);
  });
});
