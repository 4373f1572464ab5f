import { analyseWorkbook } from '../../src/core/analyse';
import type { ReportModel } from '../../src/core/report-model';
import { analyseProgramme, readNarrative } from '../../src/core/programme';
import { buildProgrammeReport, singleSectionReport } from '../../src/core/programme-report';
import { readSettings } from '../../src/core/settings';
import type { DocLayout, ProgrammeLayout } from '../../src/gas/render-doc';
import {
  batches,
  documentRequests,
  programmeRequests,
  renderDoc,
  tableCells,
} from '../../src/gas/render-doc';
import { programmeGrids } from '../../scripts/bench-gas';
import { createFakeEnvironment } from '../fakes';
import { generatedGrids } from '../../scripts/bench-offline';
import type { DocsStructuralElement } from '../../src/gas/services';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';
import { cellText } from '../fakes/document-model';

/** One section's model as the report of a one-section programme. */
const alone = singleSectionReport;

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

const layoutOf = (m: ReportModel): DocLayout => {
  const table = docsTable(tableCells(m));
  return { titleIndex: 1, table, summaryIndex: table.endIndex };
};
const kindsOf = (requests: object[]) => requests.map((r) => Object.keys(r)[0]);

describe('documentRequests', () => {
  const requests = documentRequests(model, layoutOf(model));
  const kinds = kindsOf(requests);

  it('sets pages and A4 landscape first, whatever the account default', () => {
    expect(requests[0]).toEqual({
      updateDocumentStyle: {
        documentStyle: {
          documentFormat: { documentMode: 'PAGES' },
          pageSize: {
            width: { magnitude: 841.89, unit: 'PT' },
            height: { magnitude: 595.28, unit: 'PT' },
          },
          marginTop: { magnitude: 42.5, unit: 'PT' },
          marginBottom: { magnitude: 42.5, unit: 'PT' },
          marginLeft: { magnitude: 56.7, unit: 'PT' },
          marginRight: { magnitude: 42.5, unit: 'PT' },
        },
        fields: 'documentFormat,pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    });
  });

  it('pins the four header rows and the numbers row', () => {
    expect(requests.find((r) => 'pinTableHeaderRows' in r)).toEqual({
      pinTableHeaderRows: { tableStartLocation: { index: 100 }, pinnedHeaderRowsCount: 5 },
    });
  });

  it('merges every spanning header cell and the totals label', () => {
    expect(kinds.filter((k) => k === 'mergeTableCells').length).toBe(12 + 1);
  });

  it('merges after every index-based style, so no range moves under a merge', () => {
    // The signature's texts go in first, below the table; the summary's after the merges.
    const lastStyled = kinds.indexOf('insertText', kinds.indexOf('mergeTableCells')) - 1;
    const styled = kinds.slice(0, kinds.indexOf('mergeTableCells'));
    expect([
      kinds
        .slice(kinds.indexOf('mergeTableCells'), lastStyled + 1)
        .every((k) => k === 'mergeTableCells'),
      styled.includes('mergeTableCells'),
    ]).toEqual([true, false]);
  });

  it('inserts the title last, since it moves every index below it', () => {
    expect(kinds.slice(-3)).toEqual(['insertText', 'updateTextStyle', 'updateParagraphStyle']);
  });

  it('fixes every column width', () => {
    expect(kinds.filter((k) => k === 'updateTableColumnProperties').length).toBe(11);
  });

  it('costs as many requests for 5 000 measures as for 11', () => {
    const big = analyseWorkbook(generatedGrids(5000)).report;
    expect(documentRequests(big, layoutOf(big)).length).toEqual(requests.length);
  });
});

describe('group heading rows', () => {
  const headed: ReportModel = {
    ...model,
    rows: [
      { cells: ['1. Інформаційна відкритість', ...Array<string>(10).fill('')], heading: true },
      ...model.rows,
    ],
  };
  const requests = documentRequests(headed, layoutOf(headed));

  it('print their text in the first cell only', () => {
    expect(tableCells(headed)[5]).toEqual(['1. Інформаційна відкритість', ...Array(10).fill('')]);
  });

  it('are merged across the whole table', () => {
    expect(
      requests.filter(
        (r) =>
          'mergeTableCells' in r &&
          JSON.stringify(r).includes('"rowIndex":5,"columnIndex":0},"rowSpan":1,"columnSpan":11'),
      ).length,
    ).toEqual(1);
  });

  it('are bold', () => {
    const row = layoutOf(headed).table.table?.tableRows[5];
    expect(requests).toContainEqual({
      updateTextStyle: {
        range: { startIndex: row?.startIndex, endIndex: row?.endIndex },
        textStyle: { bold: true },
        fields: 'bold',
      },
    });
  });
});

describe('batches', () => {
  it('cuts 1 201 requests into 500, 500 and 201, in order', () => {
    const cut = batches(Array.from({ length: 1201 }, (_, i) => i));
    expect([cut.map((b) => b.length), cut[1][0], cut[2][200]]).toEqual([
      [500, 500, 201],
      500,
      1200,
    ]);
  });
});

describe('renderDoc over the Docs fake', () => {
  const heading = '1. Інформаційна відкритість';
  const headed: ReportModel = {
    ...model,
    rows: [{ cells: [heading, ...Array<string>(10).fill('')], heading: true }, ...model.rows],
  };
  const rendered = () => {
    const env = createFakeEnvironment();
    const id = env.globals.DocumentApp.create('Звіт').getId();
    renderDoc(env.services(), id, alone(headed));
    const table = env.drive.document(id)?.doc?.body.find((e) => e.kind === 'table');
    return table?.kind === 'table' ? table : null;
  };

  it('merges a group heading row across the whole table', () => {
    expect(rendered()?.merges).toContainEqual({ row: 5, col: 0, rows: 1, cols: 11 });
  });

  it('prints a group heading row in bold', () => {
    expect(rendered()?.rows[5].cells[0].content[0].textStyle.bold).toBe(true);
  });
});

describe('the signature of a Doc rendered over the Docs fake', () => {
  const render = () => {
    const env = createFakeEnvironment();
    const id = env.globals.DocumentApp.create('Звіт').getId();
    env.calls.reset();
    renderDoc(env.services(), id, alone(model));
    return { env, body: env.drive.document(id)?.doc?.body ?? [] };
  };

  it('is a borderless table of position, line and name with the date line under it, in the text’s font', () => {
    const [table, date] = render().body.slice(-2);
    const { position, line, name, dateLine } = model.signature;
    expect([
      table.kind === 'table' && table.rows.map((r) => r.cells.map(cellText)),
      table.kind === 'table' &&
        table.rows[0].cells.map((c) => (c.style.borderTop as { width: object }).width),
      date.kind === 'paragraph' && [date.text, date.textStyle.fontSize],
    ]).toEqual([
      [[position, line, name]],
      Array(3).fill({ magnitude: 0, unit: 'PT' }),
      [dateLine, { magnitude: 14, unit: 'PT' }],
    ]);
  });

  it('costs no DocumentApp call: one section is opened, its table written and saved (4 calls)', () => {
    const { env } = render();
    const calls = Object.entries(env.calls.snapshot()).filter(([k]) =>
      /^(DocumentApp|Document|Body)\./.test(k),
    );
    expect(calls.reduce((sum, [, n]) => sum + n, 0)).toEqual(4);
  });
});

describe('renderDoc past 500 requests', () => {
  const many: ReportModel = {
    ...model,
    rows: Array.from({ length: 300 }, (_, i) => ({
      cells: [`${i + 1}. Розділ`, ...Array<string>(10).fill('')],
      heading: true,
    })),
  };

  it('styles a report with 300 group headings in two batches', () => {
    const env = createFakeEnvironment();
    const id = env.globals.DocumentApp.create('Звіт').getId();
    env.calls.reset();
    renderDoc(env.services(), id, alone(many));
    expect(env.calls.get('Docs.batchUpdate')).toEqual(2);
  });
});

describe('programmeRequests', () => {
  const grids = programmeGrids(2, 3);
  const report = buildProgrammeReport(
    analyseProgramme(grids),
    readSettings(grids[2]),
    readNarrative(grids[3]),
  );
  const first = docsTable(tableCells(report.sections[0].table), 2);
  const second = docsTable(tableCells(report.sections[1].table), first.endIndex + 1);
  const layout: ProgrammeLayout = {
    titleIndex: 1,
    tables: [first, second],
    slots: [first.endIndex, second.endIndex],
  };
  const requests = programmeRequests(report, layout);
  // The text slots' insertions; the signature's own go into its new table below the last slot.
  const inserts = requests
    .map((r) => r.insertText as { location: { index: number }; text: string } | undefined)
    .filter((r) => r !== undefined)
    .filter((r) => r.location.index <= second.endIndex);

  it('inserts the text slots from the bottom up, so no insertion moves a later one', () => {
    expect(inserts.map((i) => i.location.index)).toEqual([second.endIndex, first.endIndex, 1]);
  });

  it('styles the next section’s heading bold where it is inserted', () => {
    const slot = inserts[1];
    const start = slot.location.index + slot.text.indexOf('6.2. Розділ 2');
    expect(requests).toContainEqual(
      expect.objectContaining({
        updateTextStyle: expect.objectContaining({
          range: { startIndex: start, endIndex: start + '6.2. Розділ 2'.length + 1 },
          textStyle: expect.objectContaining({ bold: true }),
        }),
      }),
    );
  });

  it('pins the header of each section’s table', () => {
    expect(requests.filter((r) => 'pinTableHeaderRows' in r).length).toEqual(2);
  });

  it('keeps each section’s heading and narrative with the next paragraph, and nothing else', () => {
    // Each style follows the insertion it styles: the text it covers is read from that one.
    let slot: { location: { index: number }; text: string } | undefined;
    const kept: string[] = [];
    for (const request of requests) {
      if (request.insertText) slot = request.insertText as typeof slot;
      const style = request.updateParagraphStyle as
        { range: { startIndex: number; endIndex: number }; paragraphStyle: object } | undefined;
      if (slot && style && 'keepWithNext' in style.paragraphStyle) {
        const at = slot.location.index;
        kept.push(slot.text.slice(style.range.startIndex - at, style.range.endIndex - at));
      }
    }
    expect(kept).toEqual([
      '6.2. Розділ 2',
      'Пояснення до розділу 2.',
      '6.1. Розділ 1',
      'Пояснення до розділу 1.',
    ]);
  });
});
