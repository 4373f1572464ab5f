// The .docx of a whole programme (SPEC §7): one document, each section's heading, narrative,
// table and summary in order, then the programme summary and the signature.
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { buildProgrammeDocument, docxParts } from '../../src/cli/docx-document';
import { renderDocx, renderProgrammeDocx } from '../../src/cli/render-docx';
import type { Grid } from '../../src/core/grid';
import { analyseProgramme, readNarrative } from '../../src/core/programme';
import { buildProgrammeReport } from '../../src/core/programme-report';
import { DRAFT_MARK } from '../../src/core/report-model';
import { isSettingsGrid, readSettings } from '../../src/core/settings';
import { compiledParts, writtenParts } from '../support/docx-parts';
import { gridOf, settingsGrid, sectionGrid } from '../support/grid-builders';
import type { MeasureSpec } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const section = sectionGrid;

const sport: MeasureSpec[] = [
  { title: 'Змагання', executor: 'Відділ спорту', money: { total: [10, 4] } },
];
const narrative = gridOf(
  [
    ['Розділ', 'Текст'],
    ['6.2', 'Про інформаційний простір.'],
    ['6.5', 'Про спорт, перший абзац.'],
    ['6.5', 'Про спорт, другий абзац.'],
  ],
  { name: 'Пояснення' },
);
const two = [
  section('Спорт', '6.5. Фізична культура і спорт', sport),
  section('Інформ', '6.2. Розвиток інформаційного простору', SEED_MEASURES),
  settingsGrid({ 'Назва програми': 'Відкрита влада' }),
  narrative,
];

const reportOf = (grids: Grid[]) =>
  buildProgrammeReport(
    analyseProgramme(grids),
    readSettings(grids.find(isSettingsGrid)),
    readNarrative(grids.find((g) => g.name === 'Пояснення')),
  );

const documentXml = async (docx: Uint8Array): Promise<string> =>
  (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');

/** The body's blocks in order: a paragraph as its text, a table as "TABLE" and its last row. */
const blocks = (xml: string): string[] => {
  const body = new DOMParser()
    .parseFromString(xml, 'text/xml')
    .getElementsByTagNameNS(W, 'body')[0];
  const text = (node: Element) =>
    Array.from(node.getElementsByTagNameNS(W, 't'))
      .map((t) => t.textContent)
      .join('');
  return Array.from(body.childNodes)
    .filter((n): n is Element => n.nodeType === n.ELEMENT_NODE)
    .flatMap((n) => {
      if (n.localName === 'p') return text(n) === '' ? [] : [text(n)];
      if (n.localName !== 'tbl') return [];
      const rows = Array.from(n.getElementsByTagNameNS(W, 'tr'));
      return [`TABLE ${text(rows[rows.length - 1]).slice(0, 6)}`];
    });
};

describe('the .docx of a programme of two sections', () => {
  const report = reportOf(two);
  let xml = '';

  beforeAll(async () => {
    xml = await documentXml(await renderProgrammeDocx(report, false));
  });

  it('prints the title, each section in number order, the programme summary and the signature', () => {
    const [info, sportSection] = report.sections;
    expect(blocks(xml)).toEqual([
      report.title,
      '6.2. Розвиток інформаційного простору',
      'Про інформаційний простір.',
      'TABLE ВСЬОГО',
      ...info.table.summary,
      '6.5. Фізична культура і спорт',
      'Про спорт, перший абзац.',
      'Про спорт, другий абзац.',
      'TABLE ВСЬОГО',
      ...sportSection.table.summary,
      ...report.summary,
      `TABLE ${report.signature.dateLine.slice(0, 6)}`,
    ]);
  });

  it('keeps each section’s heading and narrative on the page of its table', () => {
    const body = new DOMParser()
      .parseFromString(xml, 'text/xml')
      .getElementsByTagNameNS(W, 'body')[0];
    const opening = [
      '6.2. Розвиток інформаційного простору',
      'Про інформаційний простір.',
      '6.5. Фізична культура і спорт',
      'Про спорт, перший абзац.',
      'Про спорт, другий абзац.',
    ];
    const kept = Array.from(body.getElementsByTagNameNS(W, 'p'))
      .map((p) => [
        Array.from(p.getElementsByTagNameNS(W, 't'))
          .map((t) => t.textContent)
          .join(''),
        p.getElementsByTagNameNS(W, 'keepNext').length > 0,
      ])
      .filter(([text]) => opening.includes(text as string));
    expect(kept).toEqual(opening.map((text) => [text, true]));
  });

  it('repeats its own merged header on every page in each table', () => {
    const tables = xml.split('</w:tbl>').slice(0, 2);
    expect(tables.map((t) => t.match(/<w:tblHeader\/>/g)?.length)).toEqual([5, 5]);
  });

  it('prints every measure of each section in its own table', () => {
    const tables = xml.split('</w:tbl>');
    expect([tables[0].includes('Змагання'), tables[1].includes('Змагання')]).toEqual([false, true]);
  });

  it.each([false, true])('is the document docx writes for it (draft: %s)', async (draft) => {
    const written = { ...report, title: `${report.title} "&" 'ще'` };
    expect(await writtenParts(await renderProgrammeDocx(written, draft))).toEqual(
      compiledParts(docxParts(buildProgrammeDocument(written, draft))),
    );
  });

  it('marks a draft on every page', async () => {
    const zip = await JSZip.loadAsync(await renderProgrammeDocx(report, true));
    const headers = await Promise.all(
      zip.file(/^word\/header\d*\.xml$/).map((f) => f.async('string')),
    );
    expect(headers.join('')).toContain(DRAFT_MARK);
  });
});

describe('line breaks in a text outside the table', () => {
  const lined = reportOf([
    ...two.slice(0, 3),
    gridOf(
      [
        ['Розділ', 'Текст'],
        ['6.2', 'Перший рядок абзацу.\nДругий рядок того ж абзацу.'],
      ],
      { name: 'Пояснення' },
    ),
  ]);
  const withBreaks = {
    ...lined,
    title: 'Звіт\nпро виконання',
    sections: lined.sections.map((s, i) =>
      i === 0 ? { ...s, heading: '6.2. Розвиток\nінформаційного простору' } : s,
    ),
    summary: ['Підсумок,\nрядок другий.', ...lined.summary.slice(1)],
  };

  it('prints each line as a paragraph of its own, as the Google Doc does', async () => {
    const printed = blocks(await documentXml(await renderProgrammeDocx(withBreaks, false)));
    expect([
      printed.slice(0, 5),
      printed.filter((p) => p.startsWith('Підсумок') || p === 'рядок другий.'),
      printed.some((p) => p.includes('\n')),
    ]).toEqual([
      ['Звіт', 'про виконання', '6.2. Розвиток', 'інформаційного простору', 'Перший рядок абзацу.'],
      ['Підсумок,', 'рядок другий.'],
      false,
    ]);
    expect(printed[5]).toBe('Другий рядок того ж абзацу.');
  });

  it('is the document docx writes for it', async () => {
    expect(await writtenParts(await renderProgrammeDocx(withBreaks, false))).toEqual(
      compiledParts(docxParts(buildProgrammeDocument(withBreaks, false))),
    );
  });
});

/** Every part of the .docx but the time it was made (docProps/core.xml). */
const parts = async (docx: Uint8Array): Promise<Record<string, string>> => {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((name) => name !== 'docProps/core.xml');
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await zip.file(name)!.async('string')])),
  );
};

describe('the .docx of a programme of one section', () => {
  it('is the section’s own report, part for part', async () => {
    const report = reportOf([
      section('Спорт', '6.5. Фізична культура і спорт', sport),
      settingsGrid(),
    ]);
    expect(await parts(await renderProgrammeDocx(report, false))).toEqual(
      await parts(await renderDocx(report.sections[0].table)),
    );
  });
});
