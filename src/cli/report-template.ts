// The .docx template of a report layout (report-layout.ts, ReportTemplate), built by docx
// (docx-template.ts) the first time it is asked for. The command line's bundle carries the
// templates of the one layout Zvit prints ready-made instead of this module
// (scripts/build-cli.mjs), so writing a report loads no docx. Node adapter layer.
import type { ReportModel } from '../core/report-model';
import { buildTemplate } from './docx-template';
import type { ReportTemplate } from './report-layout';
import { layoutKey } from './report-layout';

const built = new Map<string, ReportTemplate>();

export const templateFor = (layout: ReportModel, draft: boolean): ReportTemplate => {
  const key = `${draft}|${layoutKey(layout)}`;
  let template = built.get(key);
  if (template === undefined) {
    template = buildTemplate(layout, draft);
    built.set(key, template);
  }
  return template;
};
