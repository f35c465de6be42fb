/**
 * Collect (content script): the located form as plain data for the planner, with what each box holds
 * now. Composer fields are named by the line they compose (`lines.N.code`, N = lines already listed).
 */
import type { ClaimDraft } from '../model/claim';
import { listRows, rawValue } from '../portal/read';
import type { LocatedForm } from '../portal/types';
import type { FormInfo } from './types';

export function collectForm(form: LocatedForm, draft: ClaimDraft): FormInfo {
  const listed = form.composer && form.listTable ? listRows(form.listTable).length : 0;
  return {
    fields: form.fields.map((f) => ({
      path: f.target.kind === 'composer' ? `lines.${listed}.${f.target.key}` : f.path,
      layout: f.layout,
      format: f.format,
      current: f.elements.map((el) => rawValue(el).slice(0, 200)),
    })),
    rows: form.composer ? [listed] : form.rows,
    addLine: !!form.addLine,
    composer: form.composer,
    patient: draft.patient,
    dates: draft.lines.flatMap((l) => (l.from ? [l.from] : [])),
  };
}
