/**
 * Plan a fill: for every located field we have a value for, the writes that put it there, formatted the
 * way that box wants it (split date boxes, MM/DD/YYYY, type=date, a select's option, pointer letters,
 * numbers, checkboxes or ICD codes, modifiers in slots or "59:XS" in one box, maxlength). Pure: plain
 * data in (`FieldInfo[]` from the content script, `FillValues` from the records), plain data out. Runs in
 * the background, so the records never reach the page except as the writes the person asked for.
 *
 * Never plans a write into a read-only, hidden or disabled box, or a widget that only a click can set.
 * A box that already holds the same value is left alone; one holding a different value is a conflict,
 * written only if the person agrees.
 */
import { DIAGNOSIS_LETTERS, diagnosisLetter } from '../model/claim-form';
import { joinDateParts, normalizeIcd, optionCode, parseDate, parsePointers } from '../portal/values';
import type { FieldInfo, PlannedField, Skipped, Write } from './types';
import type { FillValue, FillValues } from './fill-values';

const DATE_PATH = /(\.from|\.to|birthDate|injuryDate|accidentDate)$/;
/** Free text a portal may cut short without changing what it says (names, addresses). */
const CUTTABLE = /(Name|Address|City)$/;

export function planFill(
  fields: readonly FieldInfo[],
  values: FillValues,
): { fields: PlannedField[]; skipped: Skipped[] } {
  const planned: PlannedField[] = [];
  const skipped: Skipped[] = [];
  const present = new Set(fields.map((f) => f.path));
  fields.forEach((field, f) => {
    let want = values.byPath.get(field.path);
    if (want === undefined) return;
    // A qualifier only goes with its value (box 14's 431 with box 14's date, 11b's Y4 with the claim number).
    if (field.path.endsWith('Qual') && !present.has(field.path.slice(0, -4))) return;
    const label = labelOf(field.path);
    const why = unwritable(field);
    if (why) {
      skipped.push({ label, why });
      return;
    }
    if (field.path.endsWith('.pointers') && field.format.pointers === 'icd')
      want = (want as number[]).map((p) => values.diagnoses[p - 1] ?? '').filter(Boolean);
    const writes = writesFor(field, want);
    if (typeof writes === 'string') {
      skipped.push({ label, why: writes });
      return;
    }
    const empty = field.current.every((v) => v.trim() === '');
    if (!empty && same(field, writes, values.diagnoses)) return;
    planned.push({
      f,
      label,
      old: empty ? '' : shown(field, field.current),
      new: shown(field, after(field, writes)),
      conflict: !empty,
      writes,
    });
  });
  return { fields: planned, skipped };
}

function unwritable(field: FieldInfo): string | undefined {
  const { control, readOnly } = field.format;
  if (control === 'hidden' || control === 'cell' || readOnly) return 'read-only on this page';
  if (control === 'widget') return 'a list only a click can set: pick it in the portal';
  return undefined;
}

/** The writes for one field, or why it cannot take the value. */
function writesFor(field: FieldInfo, want: FillValue): Write[] | string {
  const { layout, format } = field;
  const n = field.current.length;
  if (layout.kind === 'choice') {
    const re = want === 'SSN' ? /^(S|SSN|1)$/i : /^(E|EIN|TIN|2)$/i;
    const i = layout.values.findIndex((v) => re.test(v.trim()));
    return i < 0 ? 'no matching choice' : [{ e: i, c: true }];
  }
  if (layout.kind === 'checkboxes') {
    const on = want as number[];
    return layout.values.map((v, e) => ({ e, c: on.includes(v) }));
  }
  if (layout.kind === 'date-parts') {
    const [y, m, d] = (want as string).split('-');
    if (!y || !m || !d) return 'not a date';
    const yy = format.yearDigits === 2 ? y.slice(2) : y;
    return layout.parts.map((part, e) => ({ e, v: part === 'month' ? m : part === 'day' ? d : yy }));
  }
  if (layout.kind === 'slots') {
    const items = field.path.endsWith('.pointers')
      ? (want as (number | string)[]).map((p) => pointerText(p, format.pointers))
      : (want as string[]);
    if (items.length > n) return `${items.length} values, the form has ${n} boxes`;
    return items.map((v, e) => ({ e, v }));
  }
  // One box.
  let text: string;
  if (Array.isArray(want)) {
    const items = field.path.endsWith('.pointers')
      ? want.map((p) => pointerText(p, format.pointers))
      : (want as string[]);
    const sep = field.path.endsWith('.modifiers') ? ':' : format.pointers === 'numbers' ? ',' : '';
    text = items.join(sep);
    // A narrow pointer box takes "12" for 1 and 2.
    if (format.maxLength && text.length > format.maxLength && sep === ',') text = items.join('');
  } else {
    text = DATE_PATH.test(field.path) ? formatDate(want, format) : want;
  }
  if (format.control === 'select') {
    const option = pickOption(format.options ?? [], text);
    return option === undefined ? `no "${text}" in its list` : [{ e: 0, v: option }];
  }
  if (format.maxLength && text.length > format.maxLength) {
    if (!CUTTABLE.test(field.path)) return `too long for the box (${format.maxLength} characters)`;
    text = text.slice(0, format.maxLength);
  }
  return [{ e: 0, v: text }];
}

function pointerText(p: number | string, style: FieldInfo['format']['pointers']): string {
  if (typeof p === 'string') return p; // an ICD code (Availity)
  return style === 'numbers' ? String(p) : (diagnosisLetter(p) ?? '');
}

export function formatDate(iso: string, format: FieldInfo['format']): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  if (format.control === 'date') return iso;
  switch (format.date) {
    case 'YYYY-MM-DD':
      return iso;
    case 'MMDDYYYY':
      return `${m}${d}${y}`;
    case 'MM-DD-YYYY':
      return `${m}-${d}-${y}`;
    case 'M/D/YYYY':
      return `${Number(m)}/${Number(d)}/${y}`;
    case 'MM/DD/YY':
      return `${m}/${d}/${y.slice(2)}`;
    default:
      return `${m}/${d}/${y}`;
  }
}

/** The option whose value is the code, else whose label starts with it ("11 - Office"). */
function pickOption(options: { value: string; label: string }[], code: string): string | undefined {
  const want = code.trim().toUpperCase();
  const hit =
    options.find((o) => o.value.trim().toUpperCase() === want) ??
    options.find((o) => optionCode(o.label).toUpperCase() === want) ??
    options.find((o) => o.value && optionCode(o.value).toUpperCase() === want);
  return hit?.value;
}

/** What each element would hold after the writes. */
function after(field: FieldInfo, writes: Write[]): string[] {
  const out = [...field.current];
  for (const w of writes) out[w.e] = w.c === undefined ? (w.v ?? '') : w.c ? 'on' : '';
  return out;
}

/** Does the field already say what the writes would? Dates, pointers and codes compare by meaning. */
function same(field: FieldInfo, writes: Write[], diagnoses: readonly string[]): boolean {
  const now = field.current;
  const next = after(field, writes);
  if (field.layout.kind === 'checkboxes' || field.layout.kind === 'choice')
    return now.every((v, i) => (v !== '') === (next[i] !== ''));
  if (DATE_PATH.test(field.path)) return readDate(field, now) === readDate(field, next);
  if (field.path.endsWith('.pointers')) {
    const a = now.flatMap((v) => parsePointers(v, diagnoses));
    const b = next.flatMap((v) => parsePointers(v, diagnoses));
    return a.join() === b.join();
  }
  if (field.path.startsWith('diagnoses.')) return normalizeIcd(now[0] ?? '') === normalizeIcd(next[0] ?? '');
  return now.every((v, i) => norm(v) === norm(next[i] ?? ''));
}

function readDate(field: FieldInfo, values: string[]): string | undefined {
  if (field.layout.kind !== 'date-parts') return parseDate(values[0] ?? '');
  const parts = { month: '', day: '', year: '' };
  field.layout.parts.forEach((p, i) => (parts[p] = values[i] ?? ''));
  return joinDateParts(parts.month, parts.day, parts.year);
}

function norm(v: string): string {
  // The code out of an option label first ("11 - Office", "225700000X - Massage Therapist").
  const s = optionCode(v)
    .toUpperCase()
    .replace(/[\s$,]/g, '');
  const n = Number(s);
  if (s !== '' && Number.isFinite(n)) return String(n);
  return s.replace(/[-.:]/g, '');
}

/** Values as a person reads them in the prompt. */
function shown(field: FieldInfo, values: string[]): string {
  const { layout } = field;
  if (layout.kind === 'checkboxes')
    return layout.values
      .filter((_, i) => values[i])
      .map((v) => diagnosisLetter(v))
      .join(', ');
  if (layout.kind === 'choice') {
    const i = values.findIndex(Boolean);
    const v = i >= 0 ? (layout.values[i] ?? '') : '';
    return /^S/i.test(v) ? 'SSN' : /^E/i.test(v) ? 'EIN' : v;
  }
  if (layout.kind === 'date-parts') return values.join('/');
  if (field.format.control === 'select') {
    const o = field.format.options?.find((x) => x.value === values[0]);
    return o?.label || values[0] || '';
  }
  return values.filter(Boolean).join(' ').slice(0, 80);
}

const LABELS: Record<string, string> = {
  'patient.lastName': 'Patient last name',
  'patient.firstName': 'Patient first name',
  'patient.birthDate': 'Birth date',
  'patient.memberId': 'Member ID',
  'patient.groupNumber': 'Group number',
  'referringProvider.lastName': 'Referring provider last name',
  'referringProvider.firstName': 'Referring provider first name',
  'referringProvider.npi': 'Referring provider NPI',
  'billingProvider.npi': 'Billing NPI',
  'billingProvider.taxId': 'Tax ID',
  'fill.taxIdKind': 'Tax ID type (SSN/EIN)',
  'fill.taxonomy': 'Billing taxonomy',
  'fill.renderingTaxonomy': 'Rendering taxonomy',
  'fill.billingName': 'Billing provider name',
  'fill.billingAddress': 'Billing address',
  'fill.billingCity': 'Billing city',
  'fill.billingState': 'Billing state',
  'fill.billingZip': 'Billing ZIP',
  'fill.claimNumber': 'Claim number (11b)',
  'fill.claimNumberQual': 'Claim number qualifier',
  'fill.injuryDate': 'Date of injury (14)',
  'fill.injuryDateQual': 'Box 14 qualifier',
  'fill.accidentDate': 'Accident date',
  'fill.patientAddress': 'Patient address',
  'fill.patientCity': 'Patient city',
  'fill.patientState': 'Patient state',
  'fill.patientZip': 'Patient ZIP',
  'lines.*.renderingNpi': 'Rendering NPI',
  'lines.*.placeOfService': 'Place of service',
};
const LINE_LABELS: Record<string, string> = {
  from: 'from date',
  to: 'to date',
  placeOfService: 'place of service',
  code: 'code',
  modifiers: 'modifiers',
  units: 'units',
  charge: 'charge',
  pointers: 'diagnosis pointers',
  renderingNpi: 'rendering NPI',
};

export function labelOf(path: string): string {
  const line = /^lines\.(\d+)\.(\w+)$/.exec(path);
  if (line) return `Line ${Number(line[1]) + 1} ${LINE_LABELS[line[2]!] ?? line[2]}`;
  const dx = /^diagnoses\.(\d+)$/.exec(path);
  if (dx) return `Diagnosis ${DIAGNOSIS_LETTERS[Number(dx[1])] ?? Number(dx[1]) + 1}`;
  return LABELS[path] ?? path;
}
