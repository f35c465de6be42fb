import { z } from 'zod';
import {
  ClientSchema,
  CREDENTIALS,
  PracticeSchema,
  SessionSchema,
  SettingsSchema,
  type Client,
  type Practice,
  type Session,
  type SessionStatus,
  type Settings,
} from '../../model';
import { parseTypedDate } from '../../dates';

/**
 * Layout v1: what builds before the per-record layout (0.0.x) stored, and what their backups held.
 * One `local:clients` array of every client, each carrying its referrals and its visits, dates typed the
 * way the front desk writes them (`03/14/1979`), money as text (`$85.00`), codes in one string.
 * `local:practice` had one NPI and an `ein`; `local:settings` a yes/no "8-minute rule".
 *
 * The converters below take such records to the current model without losing anything: a value that
 * cannot be read (a date like `13/45/1980`) is kept, word for word, in the record's notes.
 */

const Text = z.union([z.string(), z.number()]).transform(String);
const OptText = Text.optional().nullable();
const Num = z.union([z.number(), z.string()]);

export const V1ReferralSchema = z.looseObject({
  id: OptText,
  doctorFirst: OptText,
  doctorLast: OptText,
  doctorCredentials: OptText,
  doctorNpi: OptText,
  dated: OptText,
  expires: OptText,
  visits: Num.optional().nullable(),
  dx: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .nullable(),
  frequency: OptText,
  note: OptText,
});

export const V1OtherProviderSchema = z.looseObject({
  id: OptText,
  date: OptText,
  type: OptText,
  note: OptText,
});

export const V1ServiceSchema = z.looseObject({
  cpt: OptText,
  units: Num.optional().nullable(),
  mods: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .nullable(),
  fee: Num.optional().nullable(),
  minutes: Num.optional().nullable(),
});

export const V1VisitSchema = z.looseObject({
  id: OptText,
  date: OptText,
  minutes: Num.optional().nullable(),
  status: OptText,
  soap: z.boolean().optional().nullable(),
  pos: OptText,
  services: z.array(V1ServiceSchema).optional().nullable(),
  billed: OptText,
  paid: Num.optional().nullable(),
  denial: OptText,
  note: OptText,
});

export const V1ClientSchema = z.looseObject({
  id: OptText,
  first: OptText,
  last: OptText,
  dob: OptText,
  phone: OptText,
  street: OptText,
  street2: OptText,
  city: OptText,
  state: OptText,
  zip: OptText,
  insurance: z
    .looseObject({
      carrier: OptText,
      memberNumber: OptText,
      groupNumber: OptText,
      kind: OptText,
      carrierClaim: OptText,
      injuryDate: OptText,
    })
    .optional()
    .nullable(),
  eligibility: z.looseObject({ checked: OptText, note: OptText }).optional().nullable(),
  referrals: z.array(V1ReferralSchema).optional().nullable(),
  otherProviders: z.array(V1OtherProviderSchema).optional().nullable(),
  visits: z.array(V1VisitSchema).optional().nullable(),
  notes: OptText,
});
export type V1Client = z.input<typeof V1ClientSchema>;

export const V1PracticeSchema = z.looseObject({
  name: OptText,
  npi: OptText,
  renderingNpi: OptText,
  ein: OptText,
  ssn: OptText,
  taxonomy: OptText,
  license: OptText,
  licenseState: OptText,
  street: OptText,
  street2: OptText,
  city: OptText,
  state: OptText,
  zip: OptText,
  phone: OptText,
});
export type V1Practice = z.input<typeof V1PracticeSchema>;

export const V1SettingsSchema = z.looseObject({
  eightMinuteRule: z.boolean().optional().nullable(),
  filingDays: Num.optional().nullable(),
  eligibilityDays: Num.optional().nullable(),
});
export type V1Settings = z.input<typeof V1SettingsSchema>;

export const V1ClientListSchema = z.array(V1ClientSchema);

// ---------------------------------------------------------------------------------------------------
// Value converters

const s = (value: string | null | undefined) => (value ?? '').trim();

/** `03/14/1979`, `3/14/1979`, `03-14-1979` or already `1979-03-14`; undefined when unreadable. */
export function v1Date(value: string | null | undefined): string | undefined {
  return parseTypedDate(s(value));
}

/** `$1,085.50` or 85 to a number; undefined when unreadable. */
export function v1Money(value: string | number | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = s(value).replace(/[$,\s]/g, '');
  if (!text) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) / 100 : undefined;
}

export function v1Int(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** "M545, m62.830 ;S13.4XXD" to ["M54.5", "M62.830", "S13.4XXD"]. */
export function v1Codes(value: string | string[] | null | undefined): string[] {
  const parts = Array.isArray(value) ? value : s(value).split(/[\s,;]+/);
  return parts
    .map((code) => code.trim().toUpperCase().replace(/\s/g, ''))
    .filter(Boolean)
    .map((code) =>
      /^[A-Z][0-9][0-9A-Z][0-9A-Z]{1,4}$/.test(code) ? `${code.slice(0, 3)}.${code.slice(3)}` : code,
    );
}

const V1_STATUS: Record<string, SessionStatus> = {
  scheduled: 'scheduled',
  booked: 'scheduled',
  completed: 'done',
  done: 'done',
  submitted: 'billed',
  billed: 'billed',
  paid: 'paid',
  denied: 'denied',
};

const V1_PROVIDER: Record<string, 'chiropractor' | 'physical-therapist' | 'physician' | 'other'> = {
  chiro: 'chiropractor',
  chiropractor: 'chiropractor',
  dc: 'chiropractor',
  pt: 'physical-therapist',
  'physical therapist': 'physical-therapist',
  'physical-therapist': 'physical-therapist',
  md: 'physician',
  do: 'physician',
  physician: 'physician',
  doctor: 'physician',
  other: 'other',
};

const V1_CLAIM_KIND: Record<string, 'health' | 'auto' | 'workers-comp'> = {
  health: 'health',
  auto: 'auto',
  pip: 'auto',
  wc: 'workers-comp',
  'workers comp': 'workers-comp',
  'workers-comp': 'workers-comp',
};

function joinNotes(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p && p.trim()).join('\n');
}

/** Keeps an unreadable older value: `Birth date in the earlier version: "13/45/1980" (not a date).` */
function kept(label: string, value: unknown, why: string): string {
  return `${label} in the earlier version: ${JSON.stringify(value)} (${why}).`;
}

// ---------------------------------------------------------------------------------------------------
// Record converters

export type V1Conversion = { client: Client; sessions: Session[] };

/**
 * One v1 client (with its referrals and visits) to a current Client and its Sessions. `index` makes
 * the ids of records that had none deterministic, so running the migration twice gives the same ids.
 */
export function convertV1Client(raw: unknown, index: number): V1Conversion {
  const v1 = V1ClientSchema.parse(raw);
  const clientId = s(v1.id) || `v1-client-${index + 1}`;
  const notes: string[] = [];

  const birthDate = v1Date(v1.dob);
  if (s(v1.dob) && !birthDate) notes.push(kept('Birth date', v1.dob, 'not a date'));

  const ins = v1.insurance ?? {};
  const kindText = s(ins.kind).toLowerCase();
  const claimKind = V1_CLAIM_KIND[kindText] ?? 'health';
  if (kindText && !V1_CLAIM_KIND[kindText])
    notes.push(kept('Kind of claim', ins.kind, 'unknown kind, saved as health'));
  const dateOfInjury = v1Date(ins.injuryDate);
  if (s(ins.injuryDate) && !dateOfInjury) notes.push(kept('Date of injury', ins.injuryDate, 'not a date'));

  const elig = v1.eligibility ?? {};
  const verifiedOn = v1Date(elig.checked);
  const eligibilityNotes = [s(elig.note)];
  if (s(elig.checked) && !verifiedOn) eligibilityNotes.push(kept('Verified on', elig.checked, 'not a date'));

  const prescriptions = (v1.referrals ?? []).map((r, i) => {
    const rxNotes = [s(r.note)];
    const credentialText = s(r.doctorCredentials).toUpperCase().replace(/\./g, '');
    const credential = (CREDENTIALS as readonly string[]).includes(credentialText)
      ? (credentialText as (typeof CREDENTIALS)[number])
      : 'MD';
    if (credentialText && credential !== credentialText)
      rxNotes.push(kept('Credential', r.doctorCredentials, 'not MD, DO, DC, NP or PA; saved as MD'));
    let writtenOn = v1Date(r.dated);
    if (!writtenOn) {
      rxNotes.push(kept('Written on', r.dated ?? '', 'not a date; saved as 1900-01-01, correct it'));
      writtenOn = '1900-01-01';
    }
    const expiresOn = v1Date(r.expires);
    if (s(r.expires) && !expiresOn) rxNotes.push(kept('Expires on', r.expires, 'not a date'));
    const visitsAuthorized = v1Int(r.visits ?? undefined);
    if (r.visits !== undefined && r.visits !== null && r.visits !== '' && visitsAuthorized === undefined)
      rxNotes.push(kept('Visits authorised', r.visits, 'not a whole number'));
    return {
      id: s(r.id) || `${clientId}-rx${i + 1}`,
      prescriber: {
        firstName: s(r.doctorFirst),
        lastName: s(r.doctorLast),
        npi: s(r.doctorNpi).replace(/\D/g, ''),
        credential,
      },
      writtenOn,
      expiresOn: expiresOn ?? '',
      ...(visitsAuthorized !== undefined ? { visitsAuthorized } : {}),
      diagnoses: v1Codes(r.dx),
      frequency: s(r.frequency),
      notes: joinNotes(...rxNotes),
    };
  });

  const otherVisits = (v1.otherProviders ?? []).flatMap((o, i) => {
    const date = v1Date(o.date);
    const typeText = s(o.type).toLowerCase();
    const providerType = V1_PROVIDER[typeText] ?? 'other';
    if (!date) {
      notes.push(kept(`Visit to another provider (${s(o.type) || 'unknown'})`, o.date ?? '', 'not a date'));
      return [];
    }
    const note = joinNotes(
      s(o.note),
      typeText && !V1_PROVIDER[typeText] ? kept('Provider', o.type, 'unknown type') : '',
    );
    return [{ id: s(o.id) || `${clientId}-ov${i + 1}`, date, providerType, note }];
  });

  const client = ClientSchema.parse({
    id: clientId,
    firstName: s(v1.first),
    lastName: s(v1.last),
    birthDate: birthDate ?? '',
    address: {
      line1: s(v1.street),
      line2: s(v1.street2),
      city: s(v1.city),
      state: s(v1.state),
      zip: s(v1.zip),
    },
    phone: s(v1.phone),
    payer: {
      name: s(ins.carrier),
      memberId: s(ins.memberNumber),
      groupNumber: s(ins.groupNumber),
      claimKind,
      claimNumber: s(ins.carrierClaim),
      dateOfInjury: dateOfInjury ?? '',
    },
    eligibility: { verifiedOn: verifiedOn ?? '', notes: joinNotes(...eligibilityNotes) },
    prescriptions,
    otherVisits,
    notes: joinNotes(s(v1.notes), ...notes),
  });

  const sessions: Session[] = [];
  for (const [i, v] of (v1.visits ?? []).entries()) {
    const sessionNotes = [s(v.note)];
    const date = v1Date(v.date);
    if (!date) {
      // A visit without a readable date cannot be a session; keep it with the client.
      client.notes = joinNotes(client.notes, kept(`Visit ${i + 1}`, v, 'its date could not be read'));
      continue;
    }
    const statusText = s(v.status).toLowerCase();
    const status = V1_STATUS[statusText] ?? (statusText ? 'done' : 'scheduled');
    if (statusText && !V1_STATUS[statusText])
      sessionNotes.push(kept('Status', v.status, 'unknown, saved as done'));
    const minutes = v1Int(v.minutes ?? undefined);
    if (v.minutes !== undefined && v.minutes !== null && v.minutes !== '' && minutes === undefined)
      sessionNotes.push(kept('Minutes', v.minutes, 'not a whole number'));
    const lines = (v.services ?? []).map((svc, j) => {
      const units = v1Int(svc.units ?? undefined);
      if (svc.units !== undefined && svc.units !== null && svc.units !== '' && units === undefined)
        sessionNotes.push(kept(`Units on line ${j + 1}`, svc.units, 'not a whole number; saved as 1'));
      const charge = v1Money(svc.fee ?? undefined);
      if (svc.fee !== undefined && svc.fee !== null && svc.fee !== '' && charge === undefined)
        sessionNotes.push(kept(`Charge on line ${j + 1}`, svc.fee, 'not an amount; saved as 0'));
      const lineMinutes = v1Int(svc.minutes ?? undefined);
      const mods = Array.isArray(svc.mods) ? svc.mods : s(svc.mods).split(/[\s,;]+/);
      return {
        code: s(svc.cpt).toUpperCase(),
        units: units ?? 1,
        modifiers: mods.map((m) => m.trim().toUpperCase()).filter(Boolean),
        charge: charge ?? 0,
        ...(lineMinutes !== undefined ? { minutes: lineMinutes } : {}),
      };
    });
    const billedOn = v1Date(v.billed);
    if (s(v.billed) && !billedOn) sessionNotes.push(kept('Billed on', v.billed, 'not a date'));
    const paidAmount = v1Money(v.paid ?? undefined);
    if (v.paid !== undefined && v.paid !== null && v.paid !== '' && paidAmount === undefined)
      sessionNotes.push(kept('Paid', v.paid, 'not an amount'));
    sessions.push(
      SessionSchema.parse({
        id: s(v.id) || `${clientId}-v${i + 1}`,
        clientId,
        date,
        minutes: minutes ?? 0,
        placeOfService: s(v.pos) || '11',
        lines,
        status,
        soapNotesDone: v.soap === true,
        billedOn: billedOn ?? '',
        ...(paidAmount !== undefined ? { paidAmount } : {}),
        denialCodes: s(v.denial)
          .split(/[\s,;]+/)
          .map((c) => c.toUpperCase())
          .filter(Boolean),
        notes: joinNotes(...sessionNotes),
      }),
    );
  }
  return { client, sessions };
}

/** Every v1 client; throws a zod error naming the record when one is not a client at all. */
export function convertV1Clients(raw: unknown): { clients: Client[]; sessions: Session[] } {
  const list = V1ClientListSchema.parse(raw);
  const clients: Client[] = [];
  const sessions: Session[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of list.entries()) {
    const converted = convertV1Client(entry, i);
    // Two v1 clients with one id (an old import bug) both survive: the second gets a new id.
    if (seen.has(converted.client.id)) {
      const newId = `${converted.client.id}-dup${i + 1}`;
      converted.client.notes = joinNotes(
        converted.client.notes,
        `Id in the earlier version: ${JSON.stringify(converted.client.id)} (shared with another client; renamed).`,
      );
      converted.client.id = newId;
      for (const session of converted.sessions) {
        session.clientId = newId;
        session.id = `${newId}-${session.id}`;
      }
    }
    seen.add(converted.client.id);
    clients.push(converted.client);
    sessions.push(...converted.sessions);
  }
  return { clients, sessions };
}

export function convertV1Practice(raw: unknown): Practice {
  const v1 = V1PracticeSchema.parse(raw ?? {});
  const npi = s(v1.npi).replace(/\D/g, '');
  const taxId = s(v1.ein) || s(v1.ssn);
  return PracticeSchema.parse({
    name: s(v1.name),
    billingNpi: npi,
    renderingNpi: s(v1.renderingNpi).replace(/\D/g, '') || npi,
    taxId,
    taxIdKind: !s(v1.ein) && s(v1.ssn) ? 'SSN' : 'EIN',
    ...(s(v1.taxonomy) ? { taxonomy: s(v1.taxonomy) } : {}),
    licenseNumber: s(v1.license),
    licenseState: s(v1.licenseState).toUpperCase(),
    address: {
      line1: s(v1.street),
      line2: s(v1.street2),
      city: s(v1.city),
      state: s(v1.state),
      zip: s(v1.zip),
    },
    phone: s(v1.phone),
  });
}

export function convertV1Settings(raw: unknown): Settings {
  const v1 = V1SettingsSchema.parse(raw ?? {});
  return SettingsSchema.parse({
    unitRule: v1.eightMinuteRule === false ? 'ama-midpoint' : 'cms-8-minute',
    ...(v1Int(v1.filingDays ?? undefined) ? { filingLimitDays: v1Int(v1.filingDays ?? undefined) } : {}),
    ...(v1Int(v1.eligibilityDays ?? undefined)
      ? { eligibilityFreshnessDays: v1Int(v1.eligibilityDays ?? undefined) }
      : {}),
  });
}

/** True for a value that already has the current shape (written by this build, not a v1 one). */
export function looksCurrentPractice(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'billingNpi' in value;
}
export function looksCurrentSettings(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'unitRule' in value;
}
