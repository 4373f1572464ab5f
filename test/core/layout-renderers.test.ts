// One layout, two renderers: the .docx and the Google Doc print the page, the indent, the line
// to sign on, the header label sizes and the section headings the report model gives, not
// constants of their own.
import { buildProgrammeReport, singleSectionReport } from '../../src/core/programme-report';
import type { ProgrammeReport } from '../../src/core/programme-report';
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { renderDocx, renderProgrammeDocx } from '../../src/cli/render-docx';
import { analyseWorkbook } from '../../src/core/analyse';
import { analyseProgramme } from '../../src/core/programme';
import { readSettings } from '../../src/core/settings';
import type { ReportModel } from '../../src/core/report-model';
import { renderDoc } from '../../src/gas/render-doc';
import { createFakeEnvironment } from '../fakes';
import type { DocModel } from '../fakes/document-model';
import { measuresGrid, sectionGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

/** What both renderers must agree on, in points. */
interface Layout {
  readonly margins: readonly number[];
  readonly indent: number;
  readonly signatureLine: string;
  readonly contentLabelPt: number;
}

const seed = analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]).report;
/** Values no renderer would pick by itself. */
const model: ReportModel = {
  ...seed,
  page: {
    ...seed.page,
    margins: { topPt: 30, rightPt: 40, bottomPt: 50, leftPt: 60 },
    firstLineIndentPt: 20,
  },
  signature: { ...seed.signature, line: '__________' },
  header: seed.header.map((h) => (h.text === 'Зміст заходу' ? { ...h, sizePt: 9 } : h)),
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const docxLayout = async (): Promise<Layout> => {
  const zip = await JSZip.loadAsync(await renderDocx(model));
  const xml = await zip.file('word/document.xml')!.async('string');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS(W, name));
  const twipsAttr = (el: Element, name: string) => Number(el.getAttributeNS(W, name)) / 20;
  const margin = all('pgMar')[0];
  const paragraphText = (p: Element) =>
    Array.from(p.getElementsByTagNameNS(W, 't'))
      .map((t) => t.textContent)
      .join('');
  const label = all('p').find((p) => paragraphText(p) === 'Зміст заходу')!;
  return {
    margins: ['top', 'right', 'bottom', 'left'].map((side) => twipsAttr(margin, side)),
    indent: twipsAttr(all('ind')[0], 'firstLine'),
    signatureLine: all('p')
      .map(paragraphText)
      .find((text) => /^_+$/.test(text))!,
    contentLabelPt: Number(label.getElementsByTagNameNS(W, 'sz')[0].getAttributeNS(W, 'val')) / 2,
  };
};

const docLayout = (): Layout => {
  const env = createFakeEnvironment();
  const id = env.globals.DocumentApp.create('Звіт').getId();
  renderDoc(env.services(), id, singleSectionReport(model));
  const doc = env.drive.document(id)!.doc as DocModel;
  const tables = doc.body.filter((e) => e.kind === 'table');
  const paragraphs = doc.body.filter((e) => e.kind === 'paragraph');
  const summary = paragraphs.find((p) => p.text.startsWith(model.summary[0]))!;
  const label = tables[0].rows[0].cells[1].content[0];
  return {
    margins: [doc.page.marginTop, doc.page.marginRight, doc.page.marginBottom, doc.page.marginLeft],
    // The summary is styled by the Docs batch, not by DocumentApp's attributes.
    indent: (summary.paragraphStyle.indentFirstLine as { magnitude: number }).magnitude,
    signatureLine: tables[1].rows[0].cells[1].content[0].text,
    contentLabelPt: (label.textStyle.fontSize as { magnitude: number }).magnitude,
  };
};

describe('one layout in the report model', () => {
  it('the .docx and the Google Doc print the same margins, indent, line and label size', async () => {
    const expected: Layout = {
      margins: [30, 40, 50, 60],
      indent: 20,
      signatureLine: '__________',
      contentLabelPt: 9,
    };
    expect([await docxLayout(), docLayout()]).toEqual([expected, expected]);
  });
});

/** How a section heading's paragraph is set, in points. */
interface HeadingLook {
  readonly align: string;
  readonly indent: number;
  readonly before: number;
  readonly after: number;
}

const HEADING = '6.5. Фізична культура і спорт';
/** Two sections whose headings are set as no renderer would set them by itself. */
const programme = ((): ProgrammeReport => {
  const grids = [
    sectionGrid('Інформ', '6.2. Розвиток інформаційного простору', SEED_MEASURES),
    sectionGrid('Спорт', HEADING, [{ title: 'Змагання', executor: 'Відділ спорту' }]),
  ];
  const built = buildProgrammeReport(
    analyseProgramme(grids),
    readSettings(settingsGrid()),
    new Map(),
  );
  const page = {
    ...built.page,
    sectionHeading: {
      align: 'justified',
      firstLineIndentPt: 20,
      spaceBeforePt: 7,
      spaceAfterPt: 3,
    },
  } as const;
  return {
    ...built,
    page,
    sections: built.sections.map((s) => ({ ...s, table: { ...s.table, page } })),
  };
})();

const docxHeading = async (): Promise<HeadingLook> => {
  const zip = await JSZip.loadAsync(await renderProgrammeDocx(programme, false));
  const xml = await zip.file('word/document.xml')!.async('string');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const p = Array.from(doc.getElementsByTagNameNS(W, 'p')).find(
    (e) =>
      Array.from(e.getElementsByTagNameNS(W, 't'))
        .map((t) => t.textContent)
        .join('') === HEADING,
  )!;
  const attr = (name: string, attribute: string): string | null =>
    p.getElementsByTagNameNS(W, name)[0]?.getAttributeNS(W, attribute) ?? null;
  const points = (value: string | null) => Number(value ?? 0) / 20;
  return {
    align: attr('jc', 'val') === 'both' ? 'justified' : 'left',
    indent: points(attr('ind', 'firstLine')),
    before: points(attr('spacing', 'before')),
    after: points(attr('spacing', 'after')),
  };
};

const docHeading = (): HeadingLook => {
  const env = createFakeEnvironment();
  const id = env.globals.DocumentApp.create('Звіт').getId();
  renderDoc(env.services(), id, programme);
  const doc = env.drive.document(id)!.doc as DocModel;
  const p = doc.body.find((e) => e.kind === 'paragraph' && e.text === HEADING)!;
  const style = p.kind === 'paragraph' ? p.paragraphStyle : {};
  const points = (value: unknown) => (value as { magnitude?: number } | undefined)?.magnitude ?? 0;
  return {
    align: style.alignment === 'JUSTIFIED' ? 'justified' : 'left',
    indent: points(style.indentFirstLine),
    before: points(style.spaceAbove),
    after: points(style.spaceBelow),
  };
};

describe('a section heading in the report model', () => {
  it('is set the same in the .docx and the Google Doc: as the layout says', async () => {
    const expected: HeadingLook = { align: 'justified', indent: 20, before: 7, after: 3 };
    expect([await docxHeading(), docHeading()]).toEqual([expected, expected]);
  });
});
