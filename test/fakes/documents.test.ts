// DocumentApp and the Docs advanced service over one store: unsaved edits are invisible to Docs,
// closed documents refuse calls, batchUpdate is all or nothing and refuses cut-through merges.
import { createFakeEnvironment } from '.';
import { TOO_MANY_CHANGES } from './document';
import type { DocModel } from './document-model';
import { repeatedHeaderRows } from './document-model';
import { thrown } from '../support/thrown';

/** A saved document holding a 2×2 table of empty cells after the first paragraph. */
const savedTable = (
  cells: string[][] = [
    ['', ''],
    ['', ''],
  ],
) => {
  const env = createFakeEnvironment();
  const doc = env.globals.DocumentApp.create('Звіт');
  const id = doc.getId();
  doc.getBody().appendTable(cells);
  doc.saveAndClose();
  return { env, id };
};

const tableStart = (env: ReturnType<typeof createFakeEnvironment>, id: string): number => {
  const content = env.globals.Docs.Documents.get(id).body.content;
  return content.find((e) => 'table' in e)?.startIndex ?? -1;
};

describe('Docs.Documents.get', () => {
  it('does not see edits before saveAndClose', () => {
    const env = createFakeEnvironment();
    const doc = env.globals.DocumentApp.create('Звіт');
    doc.getBody().appendParagraph('Підсумок');
    expect(env.globals.Docs.Documents.get(doc.getId()).body.content.length).toEqual(2);
  });

  it('lays a 2×2 empty table out as the Docs guide does', () => {
    const env = createFakeEnvironment();
    const doc = env.globals.DocumentApp.create('Звіт');
    const id = doc.getId();
    doc.getBody().appendTable([
      ['', ''],
      ['', ''],
    ]);
    doc.saveAndClose();
    const table = env.globals.Docs.Documents.get(id).body.content[2];
    expect([
      table.startIndex,
      table.endIndex,
      table.table?.tableRows.map((r) => [r.startIndex, r.endIndex]),
      table.table?.tableRows[0].tableCells.map((c) => [c.startIndex, c.endIndex]),
    ]).toEqual([
      2,
      14,
      [
        [3, 8],
        [8, 13],
      ],
      [
        [4, 6],
        [6, 8],
      ],
    ]);
  });
});

describe('Document', () => {
  it('refuses calls after saveAndClose', () => {
    const env = createFakeEnvironment();
    const doc = env.globals.DocumentApp.create('Звіт');
    doc.saveAndClose();
    expect(thrown(() => doc.getBody())).toEqual(
      'Document is closed, its contents cannot be updated.',
    );
  });

  it('fails after too many edits without a save', () => {
    const env = createFakeEnvironment({ maxDocumentEdits: 3 });
    const body = env.globals.DocumentApp.create('Звіт').getBody();
    expect(thrown(() => [1, 2, 3, 4].forEach((n) => body.appendParagraph(String(n))))).toEqual(
      TOO_MANY_CHANGES,
    );
  });

  it('refuses a ragged table', () => {
    const body = createFakeEnvironment().globals.DocumentApp.create('Звіт').getBody();
    expect(thrown(() => body.appendTable([['a', 'b'], ['c']]))).toContain(
      'Invalid argument: cells',
    );
  });

  it('exports the saved text as PDF', () => {
    const env = createFakeEnvironment();
    const doc = env.globals.DocumentApp.create('Звіт');
    const id = doc.getId();
    doc.getBody().getParagraphs()[0].setText('Заголовок');
    doc.saveAndClose();
    const blob = env.globals.DocumentApp.openById(id).getAs('application/pdf');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
      'Звіт.pdf',
      'application/pdf',
      'Заголовок',
    ]);
  });

  it('merges a cell only into its left neighbour', () => {
    const env = createFakeEnvironment();
    const table = env.globals.DocumentApp.create('Звіт')
      .getBody()
      .appendTable([['a', 'b']]);
    expect(table.getCell(0, 1).merge().getText()).toEqual('a\nb');
  });
});

describe('a table that ends the body', () => {
  it('is followed by an empty paragraph once saved', () => {
    const { env, id } = savedTable();
    expect(env.globals.DocumentApp.openById(id).getBody().getNumChildren()).toEqual(3);
  });

  it('gets a table inserted at that paragraph one index past it, the paragraph’s newline after the new table', () => {
    const { env, id } = savedTable();
    const requests = [
      { insertTable: { rows: 1, columns: 3, location: { index: 14 } } },
      { insertText: { location: { index: 24 }, text: 'Дата' } },
      { insertText: { location: { index: 18 }, text: 'Посада' } },
    ];
    env.globals.Docs.Documents.batchUpdate({ requests }, id);
    const content = env.globals.Docs.Documents.get(id).body.content;
    expect([
      content.map((e) => [e.startIndex ?? 0, e.endIndex, 'table' in e]),
      env.docs.savedText(id).split('\n').slice(-2),
    ]).toEqual([
      [
        [0, 1, false],
        [1, 2, false],
        [2, 14, true],
        [14, 15, false],
        [15, 30, true],
        [30, 35, false],
      ],
      ['Посада\t\t', 'Дата'],
    ]);
  });
});

describe('insertText', () => {
  it('keeps what Docs keeps: no control characters but the newline and tab, no private use', () => {
    const { env, id } = savedTable();
    const requests = [{ insertText: { location: { index: 14 }, text: 'а\rб\u0007в\ue000г\tд' } }];
    env.globals.Docs.Documents.batchUpdate({ requests }, id);
    expect(env.docs.savedText(id).split('\n').pop()).toEqual('абвг\tд');
  });
});

describe('Docs.Documents.batchUpdate', () => {
  const merge = (start: number, row: number, col: number, rowSpan: number, columnSpan: number) => ({
    mergeTableCells: {
      tableRange: {
        tableCellLocation: {
          tableStartLocation: { index: start },
          rowIndex: row,
          columnIndex: col,
        },
        rowSpan,
        columnSpan,
      },
    },
  });

  it('merges cells vertically', () => {
    const { env, id } = savedTable();
    env.globals.Docs.Documents.batchUpdate({ requests: [merge(2, 0, 0, 2, 1)] }, id);
    const cell =
      env.globals.Docs.Documents.get(id).body.content[2].table?.tableRows[0].tableCells[0];
    expect(cell?.tableCellStyle).toEqual({ rowSpan: 2, columnSpan: 1 });
  });

  it('refuses a merge that cuts through an earlier one', () => {
    const { env, id } = savedTable();
    const requests = [merge(2, 0, 0, 2, 1), merge(2, 1, 0, 1, 2)];
    expect(thrown(() => env.globals.Docs.Documents.batchUpdate({ requests }, id))).toEqual(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].mergeTableCells: The provided table range is non-rectangular.',
    );
  });

  it('applies nothing when one request fails', () => {
    const { env, id } = savedTable();
    const requests = [
      { pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } },
      merge(2, 0, 0, 3, 1),
    ];
    thrown(() => env.globals.Docs.Documents.batchUpdate({ requests }, id));
    const row = env.globals.Docs.Documents.get(id).body.content[2].table?.tableRows[0];
    expect(row?.tableRowStyle).toEqual({ tableHeader: false });
  });

  it('refuses a table start that is not a table', () => {
    const { env, id } = savedTable();
    expect(
      thrown(() =>
        env.globals.Docs.Documents.batchUpdate({ requests: [merge(3, 0, 0, 1, 2)] }, id),
      ),
    ).toEqual(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].mergeTableCells: The provided table start location is invalid.',
    );
  });

  it('refuses a range past the end of the document', () => {
    const { env, id } = savedTable();
    const request = {
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 99 },
        textStyle: { bold: true },
        fields: 'bold',
      },
    };
    expect(
      thrown(() => env.globals.Docs.Documents.batchUpdate({ requests: [request] }, id)),
    ).toEqual(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].updateTextStyle: Index 98 must be less than the end index of the referenced segment, 15.',
    );
  });

  it('refuses an unknown request kind', () => {
    const { env, id } = savedTable();
    expect(
      thrown(() => env.globals.Docs.Documents.batchUpdate({ requests: [{ mergeCells: {} }] }, id)),
    ).toContain('Unknown name "mergeCells"');
  });

  it('pins header rows', () => {
    const { env, id } = savedTable();
    const request = {
      pinTableHeaderRows: {
        tableStartLocation: { index: tableStart(env, id) },
        pinnedHeaderRowsCount: 1,
      },
    };
    env.globals.Docs.Documents.batchUpdate({ requests: [request] }, id);
    const rows = env.globals.Docs.Documents.get(id).body.content[2].table?.tableRows ?? [];
    expect(rows.map((r) => r.tableRowStyle.tableHeader)).toEqual([true, false]);
  });
});

describe('batch size', () => {
  it('refuses more than 500 requests in one batch', () => {
    const { env, id } = savedTable();
    const bold = {
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 2 },
        textStyle: { bold: true },
        fields: 'bold',
      },
    };
    expect(
      thrown(() => env.globals.Docs.Documents.batchUpdate({ requests: Array(501).fill(bold) }, id)),
    ).toEqual(
      'API call to docs.documents.batchUpdate failed with error: Too many requests in one batch: 501 (at most 500).',
    );
  });

  it('takes 500', () => {
    const { env, id } = savedTable();
    const bold = {
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 2 },
        textStyle: { bold: true },
        fields: 'bold',
      },
    };
    const result = env.globals.Docs.Documents.batchUpdate({ requests: Array(500).fill(bold) }, id);
    expect(result.replies.length).toEqual(500);
  });
});

describe('Docs.Documents.get with fields', () => {
  it('returns only the fields asked for', () => {
    const { env, id } = savedTable();
    expect(
      env.globals.Docs.Documents.get(id, {
        fields: 'body/content(startIndex,table(tableRows(startIndex)))',
      }),
    ).toEqual({
      body: {
        content: [
          {},
          { startIndex: 1 },
          { startIndex: 2, table: { tableRows: [{ startIndex: 3 }, { startIndex: 8 }] } },
          { startIndex: 14 },
        ],
      },
    });
  });

  it('refuses an unbalanced selection', () => {
    const { env, id } = savedTable();
    expect(thrown(() => env.globals.Docs.Documents.get(id, { fields: 'body(content' }))).toEqual(
      'API call to docs.documents.get failed with error: Invalid field selection body(content',
    );
  });

  it.each([
    ['body/content(startIndex,tabel)', 'tabel'],
    ['body/content(table(tableRows(tableCells(endIndex,cellStyle))))', 'cellStyle'],
    ['bodyy', 'bodyy'],
    ['title(text)', 'title'],
  ])('refuses %s, which names a field documents do not have', (fields, name) => {
    const { env, id } = savedTable();
    expect(thrown(() => env.globals.Docs.Documents.get(id, { fields }))).toEqual(
      `API call to docs.documents.get failed with error: Invalid field selection ${name}`,
    );
  });
});

describe('page mode', () => {
  const pinHeader = {
    pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 },
  };
  const pages = {
    updateDocumentStyle: {
      documentStyle: { documentFormat: { documentMode: 'PAGES' } },
      fields: 'documentFormat',
    },
  };
  const pagelessTable = () => {
    const env = createFakeEnvironment();
    env.drive.defaultDocumentMode = 'PAGELESS';
    const doc = env.globals.DocumentApp.create('Звіт');
    const id = doc.getId();
    doc.getBody().appendTable([[''], ['']]);
    doc.saveAndClose();
    return { env, id };
  };
  const repeated = (env: ReturnType<typeof createFakeEnvironment>, id: string) =>
    repeatedHeaderRows(env.drive.document(id)?.doc as DocModel);

  it('gives a new Doc the account default', () => {
    const { env, id } = pagelessTable();
    expect(env.globals.Docs.Documents.get(id).documentStyle.documentFormat).toEqual({
      documentMode: 'PAGELESS',
    });
  });

  it('repeats no header rows in a pageless Doc', () => {
    const { env, id } = pagelessTable();
    env.globals.Docs.Documents.batchUpdate({ requests: [pinHeader] }, id);
    expect(repeated(env, id)).toEqual(0);
  });

  it('repeats pinned header rows once the Doc has pages', () => {
    const { env, id } = pagelessTable();
    env.globals.Docs.Documents.batchUpdate({ requests: [pinHeader, pages] }, id);
    expect(repeated(env, id)).toEqual(1);
  });
});
