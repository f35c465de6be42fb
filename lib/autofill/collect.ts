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
      // A page's own strings are bounded before they travel (the background's schema refuses longer ones):
      // radio values and option values longer than any code are dropped to "".
      layout: f.layout.kind === 'choice' ? { kind: 'choice', values: f.layout.values.map(short) } : f.layout,
      format: f.format.options
        ? { ...f.format, options: f.format.options.map((o) => ({ ...o, value: short(o.value) })) }
        : f.format,
      current: f.elements.map((el) => rawValue(el).slice(0, 200)),
    })),
    rows: form.composer ? [listed] : form.rows,
    addLine: !!form.addLine,
    composer: form.composer,
    patient: draft.patient,
    dates: draft.lines.flatMap((l) => (l.from ? [l.from] : [])),
  };
}

const short = (v: string) => (v.length > 40 ? '' : v);
