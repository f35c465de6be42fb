/**
 * What a fill would write, by claim path, from the practice, the client and one of their sessions. Runs in
 * the background: the records stay there, and only the planned writes reach the page. The claim part is
 * `sessionToClaimDraft` (so the checklist, the superbill and the autofill agree on every box); the
 * fill-only boxes (`fill.*`) come from the practice and the client's payer.
 */
import { sessionToClaimDraft } from '../claims/from-session';
import type { Client, Practice, Session } from '../model';

/** A date is ISO `YYYY-MM-DD`; lists are modifiers (strings) or pointers (1-based numbers). */
export type FillValue = string | string[] | number[];
export type FillValues = { byPath: Map<string, FillValue>; diagnoses: string[] };

export function fillValues(
  practice: Practice,
  client: Client,
  session: Session | undefined,
  today: string,
): FillValues {
  // Without a session, the claim-level boxes still fill; the prescription is the one valid today.
  const draft = sessionToClaimDraft(session ?? noSession(client.id, today), client, practice);
  const byPath = new Map<string, FillValue>();
  const put = (path: string, value: FillValue | undefined) => {
    if (value === undefined || value.length === 0) return;
    byPath.set(path, value);
  };
  for (const [group, fields] of [
    ['patient', draft.patient],
    ['referringProvider', draft.referringProvider],
    ['billingProvider', draft.billingProvider],
  ] as const) {
    for (const [key, value] of Object.entries(fields)) put(`${group}.${key}`, value as string);
  }
  draft.diagnoses.forEach((code, k) => put(`diagnoses.${k}`, code));
  for (const line of draft.lines) {
    const at = `lines.${line.row}.`;
    put(`${at}from`, line.from);
    put(`${at}to`, line.from);
    put(`${at}placeOfService`, line.placeOfService);
    put(`${at}code`, line.code);
    put(`${at}modifiers`, line.modifiers);
    put(`${at}units`, line.units === undefined ? undefined : String(line.units));
    put(`${at}charge`, line.charge === undefined ? undefined : line.charge.toFixed(2));
    put(
      `${at}pointers`,
      line.pointers.filter((p) => p <= draft.diagnoses.length),
    );
    put(`${at}renderingNpi`, line.renderingNpi);
  }
  put('lines.*.renderingNpi', practice.renderingNpi.replace(/\D/g, ''));
  if (session) put('lines.*.placeOfService', session.placeOfService);

  // Fill-only boxes.
  const a = practice.address;
  put('fill.taxIdKind', practice.taxId ? practice.taxIdKind : undefined);
  put('fill.taxonomy', practice.taxonomy.trim());
  put('fill.renderingTaxonomy', practice.taxonomy.trim());
  put('fill.billingName', practice.name.trim());
  put(
    'fill.billingAddress',
    [a.line1, a.line2]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' '),
  );
  put('fill.billingCity', a.city.trim());
  put('fill.billingState', a.state.trim().toUpperCase());
  put('fill.billingZip', a.zip.trim());
  const p = client.address;
  put(
    'fill.patientAddress',
    [p.line1, p.line2]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' '),
  );
  put('fill.patientCity', p.city.trim());
  put('fill.patientState', p.state.trim().toUpperCase());
  put('fill.patientZip', p.zip.trim());
  // Auto and workers' comp: the carrier's claim number (11b, qualifier Y4) and the date of injury (box 14,
  // qualifier 431; Office Ally's accident date).
  if (client.payer.claimKind !== 'health') {
    const claimNumber = client.payer.claimNumber.trim();
    put('fill.claimNumber', claimNumber);
    if (claimNumber) put('fill.claimNumberQual', 'Y4');
    const injury = client.payer.dateOfInjury || undefined;
    put('fill.injuryDate', injury);
    put('fill.accidentDate', injury);
    if (injury) put('fill.injuryDateQual', '431');
  }
  return { byPath, diagnoses: draft.diagnoses };
}

function noSession(clientId: string, date: string): Session {
  return {
    id: '',
    clientId,
    date,
    minutes: 0,
    placeOfService: '',
    lines: [],
    status: 'scheduled',
    soapNotesDone: false,
    payerClaimNumber: '',
    denialCodes: [],
    remarkCodes: [],
    clientPayments: [],
    notes: '',
  };
}
