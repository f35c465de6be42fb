import type { Session } from '../../../lib/model';
import {
  cptError,
  dateError,
  modifiersError,
  moneyError,
  parseDate,
  parseModifiers,
  parseMoney,
  wholeNumberError,
} from '../../shared/validate';

/**
 * The session form's values as typed (strings), and their conversion to the session's fields and to
 * the messages shown by each field. Pure, so the form's components only draw.
 */
export type LineValues = { key: number; code: string; modifiers: string; units: string; charge: string };
export type Values = {
  date: string;
  minutes: string;
  status: Session['status'];
  soapNotesDone: boolean;
  placeOfService: string;
  lines: LineValues[];
  notes: string;
};

export const PLACES = [
  { value: '11', label: '11 Office' },
  { value: '12', label: '12 Home' },
  { value: '02', label: '02 Telehealth' },
  { value: '99', label: '99 Other' },
];

let nextKey = 1;
export const lineValues = (l: Partial<Session['lines'][number]> = {}): LineValues => ({
  key: nextKey++,
  code: l.code ?? '',
  modifiers: (l.modifiers ?? []).join(' '),
  units: l.units === undefined ? '' : String(l.units),
  charge: l.charge === undefined ? '' : String(l.charge),
});

/**
 * The form's first values. A new session starts from one 97124 line for a client with no sessions;
 * for one with sessions it starts from one empty line, and the client's usual lines are offered
 * (usualLines) for the person to take, never copied without asking.
 */
export function toValues(session: Session | undefined, usual: Session | undefined, today: string): Values {
  if (session) {
    return {
      date: session.date,
      minutes: String(session.minutes),
      status: session.status,
      soapNotesDone: session.soapNotesDone,
      placeOfService: session.placeOfService,
      lines: session.lines.map(lineValues),
      notes: session.notes,
    };
  }
  return {
    date: today,
    minutes: String(usual?.minutes || 60),
    status: 'done',
    soapNotesDone: false,
    placeOfService: usual?.placeOfService ?? '11',
    lines: usual ? [lineValues({ code: '', units: 1 })] : [lineValues({ code: '97124', units: 4 })],
    notes: '',
  };
}

export function toModel(v: Values) {
  return {
    date: parseDate(v.date) ?? v.date,
    minutes: Number(v.minutes || 0),
    status: v.status,
    soapNotesDone: v.soapNotesDone,
    placeOfService: v.placeOfService,
    lines: v.lines.map((l) => ({
      code: l.code.trim().toUpperCase(),
      modifiers: parseModifiers(l.modifiers),
      units: Number(l.units || 0),
      charge: parseMoney(l.charge) ?? 0,
    })),
    notes: v.notes.trim(),
  };
}

export type LineErrors = {
  code?: string | undefined;
  modifiers?: string | undefined;
  units?: string | undefined;
  charge?: string | undefined;
};

export function errorsOf(v: Values) {
  const lines: LineErrors[] = v.lines.map((l) => ({
    code: cptError(l.code),
    modifiers: modifiersError(l.modifiers),
    units: wholeNumberError(l.units, 'the units', { required: true, max: 32 }),
    charge: moneyError(l.charge),
  }));
  return {
    date: dateError(v.date, { required: true }),
    minutes: wholeNumberError(v.minutes, 'the minutes', { max: 480 }),
    lines,
  };
}
export type FormErrors = ReturnType<typeof errorsOf>;
