import type { ClaimDraft, Client, Practice, Prescription, ServiceLine, Session } from '../model';
import { normaliseIcd } from '../rules/helpers/icd';

/**
 * A session as the claim the practice would send for it (DESIGN.md's ClaimDraft, normalised the way
 * `lib/portal` reads a form). Pure and framework-free, types only from the model: the checklist, the
 * superbill and autofill all build their claim here, so they agree on every box.
 */
export function sessionToClaimDraft(session: Session, client: Client, practice: Practice): ClaimDraft {
  const rx = prescriptionFor(client, session.date);
  const diagnoses = (rx?.diagnoses ?? []).map(normaliseIcd).filter(Boolean);
  const lines: ServiceLine[] = session.lines.map((line, row) => {
    const out: ServiceLine = {
      row,
      from: session.date,
      modifiers: line.modifiers.map((m) => m.trim().toUpperCase()).filter(Boolean),
      units: line.units,
      charge: line.charge,
      pointers: line.pointers?.length ? [...line.pointers] : [1],
    };
    if (session.placeOfService) out.placeOfService = session.placeOfService;
    const code = line.code.trim().toUpperCase();
    if (code) out.code = code;
    const renderingNpi = digits(practice.renderingNpi);
    if (renderingNpi) out.renderingNpi = renderingNpi;
    return out;
  });
  return {
    patient: compact({
      lastName: client.lastName,
      firstName: client.firstName,
      birthDate: client.birthDate,
      memberId: client.payer.memberId,
      groupNumber: client.payer.groupNumber,
    }),
    referringProvider: rx
      ? compact({
          lastName: rx.prescriber.lastName,
          firstName: rx.prescriber.firstName,
          npi: digits(rx.prescriber.npi),
        })
      : {},
    billingProvider: compact({
      npi: digits(practice.billingNpi),
      taxId: practice.taxId.replace(/[\s-]/g, ''),
    }),
    diagnoses,
    lines,
  };
}

/**
 * The prescription that covers a date: one written on or before it and not expired (the latest such),
 * else the latest prescription written (so the claim still names the referring provider; the
 * checklist and the rules say it does not cover the date). Undefined when the client has none.
 */
export function prescriptionFor(
  client: Pick<Client, 'prescriptions'>,
  date: string,
): Prescription | undefined {
  const byWritten = [...client.prescriptions].sort((a, b) =>
    a.writtenOn < b.writtenOn ? 1 : a.writtenOn > b.writtenOn ? -1 : 0,
  );
  return byWritten.find((rx) => coversDate(rx, date)) ?? byWritten[0];
}

/** True when the prescription was written on or before `date` and has not expired by then. */
export function coversDate(rx: Pick<Prescription, 'writtenOn' | 'expiresOn'>, date: string): boolean {
  return rx.writtenOn <= date && (!rx.expiresOn || date <= rx.expiresOn);
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

/** Drops empty strings and undefined: a ClaimDraft leaves a blank box out rather than carrying "". */
function compact<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key]?.trim();
    if (value) out[key] = value as T[keyof T];
  }
  return out;
}
