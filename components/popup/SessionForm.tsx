import { useRef, useState } from 'preact/hooks';
import { SESSION_STATUSES, type Client, type Session, type Settings } from '../../lib/model';
import { addDays, isIsoDate } from '../../lib/dates';
import { suggestUnits, unitRuleFor } from '../../lib/claims/checklist';
import { describeCpt, isTimedCode } from '../../lib/rules';
import { createSession, updateSession, type SessionPatch } from '../../lib/store';
import { CheckboxField, Fieldset, FormStatus, SelectField, TextAreaField, TextField } from '../shared/Field';
import {
  cptError,
  dateError,
  modifiersError,
  moneyError,
  parseDate,
  parseModifiers,
  parseMoney,
  wholeNumberError,
} from '../shared/validate';
import { longDate, PROVIDER_LABELS, STATUS_LABELS } from './format';

type LineValues = { key: number; code: string; modifiers: string; units: string; charge: string };
type Values = {
  date: string;
  minutes: string;
  status: Session['status'];
  soapNotesDone: boolean;
  placeOfService: string;
  lines: LineValues[];
  notes: string;
};

const PLACES = [
  { value: '11', label: '11 Office' },
  { value: '12', label: '12 Home' },
  { value: '02', label: '02 Telehealth' },
  { value: '99', label: '99 Other' },
];

let nextKey = 1;
const lineValues = (l: Partial<Session['lines'][number]> = {}): LineValues => ({
  key: nextKey++,
  code: l.code ?? '',
  modifiers: (l.modifiers ?? []).join(' '),
  units: l.units === undefined ? '' : String(l.units),
  charge: l.charge === undefined ? '' : String(l.charge),
});

function toValues(session: Session | undefined, template: Session | undefined, today: string): Values {
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
  // A new session repeats the client's last one (same codes and charges week after week).
  return {
    date: today,
    minutes: String(template?.minutes || 60),
    status: 'done',
    soapNotesDone: false,
    placeOfService: template?.placeOfService ?? '11',
    lines: template?.lines.length
      ? template.lines.map(lineValues)
      : [lineValues({ code: '97124', units: 4 })],
    notes: '',
  };
}

function toModel(v: Values) {
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

type LineErrors = {
  code?: string | undefined;
  modifiers?: string | undefined;
  units?: string | undefined;
  charge?: string | undefined;
};

function errorsOf(v: Values) {
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

/** The chiropractor or PT visit on `date`, and the nearest free days before and after it. */
export function sameDayConflict(
  client: Client,
  date: string,
): { providers: string[]; before?: string; after?: string } | undefined {
  if (!isIsoDate(date)) return undefined;
  const busy = (d: string) =>
    client.otherVisits.some(
      (v) => v.date === d && (v.providerType === 'chiropractor' || v.providerType === 'physical-therapist'),
    );
  if (!busy(date)) return undefined;
  const providers = client.otherVisits
    .filter(
      (v) =>
        v.date === date && (v.providerType === 'chiropractor' || v.providerType === 'physical-therapist'),
    )
    .map((v) => PROVIDER_LABELS[v.providerType].toLowerCase());
  const find = (step: number) => {
    for (let i = 1; i <= 7; i++) {
      const d = addDays(date, step * i);
      if (!busy(d)) return d;
    }
    return undefined;
  };
  const before = find(-1);
  const after = find(1);
  return { providers: [...new Set(providers)], ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

type Props = {
  client: Client;
  /** The session to edit; none for a new one. */
  session?: Session;
  /** The client's sessions (a new session copies the latest one's lines). */
  sessions: readonly Session[];
  settings: Settings;
  today: string;
  onSaved: (session: Session) => void;
  onCancel?: () => void;
};

/**
 * Adding or editing a session: date, minutes, service lines, status, SOAP notes. Units are suggested
 * from the minutes under the payer's unit rule; a day the client sees a chiropractor or PT is flagged
 * at once with the nearest free days to move to.
 */
export function SessionForm({ client, session, sessions, settings, today, onSaved, onCancel }: Props) {
  const [template] = useState(() => [...sessions].sort((a, b) => (a.date < b.date ? 1 : -1))[0]);
  const [initial, setInitial] = useState(() => toValues(session, template, today));
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const unitsTouched = useRef(Boolean(session));
  const statusTouched = useRef(Boolean(session));
  const errors = errorsOf(values);
  const hasErrors = Boolean(
    errors.date || errors.minutes || errors.lines.some((l) => Object.values(l).some(Boolean)),
  );
  const rule = unitRuleFor(settings, client.payer.name);
  const model = toModel(values);
  const suggestion = suggestUnits(
    { minutes: model.minutes, lines: model.lines.map((l) => ({ ...l })) },
    rule,
  );
  const isoDate = parseDate(values.date);
  const conflict = isoDate ? sameDayConflict(client, isoDate) : undefined;

  const update = (change: (v: Values) => Values) => {
    setSaved(undefined);
    setValues((v) => {
      let next = change(v);
      // Until the person sets them, units follow the minutes and the status follows the date.
      if (!unitsTouched.current) {
        const s = suggestUnits({ minutes: Number(next.minutes || 0), lines: toModel(next).lines }, rule);
        next = {
          ...next,
          lines: next.lines.map((l, i) => (s.perLine.has(i) ? { ...l, units: String(s.perLine.get(i)) } : l)),
        };
      }
      if (!statusTouched.current) {
        const d = parseDate(next.date);
        if (d) next = { ...next, status: d > today ? 'scheduled' : 'done' };
      }
      return next;
    });
  };
  const setLine = (key: number, field: keyof Omit<LineValues, 'key'>) => (value: string) => {
    if (field === 'units') unitsTouched.current = true;
    update((v) => ({ ...v, lines: v.lines.map((l) => (l.key === key ? { ...l, [field]: value } : l)) }));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    setSaved(undefined);
    if (hasErrors) {
      setSaveError('Some fields need a fix: see the messages next to them.');
      return;
    }
    setSaveError(undefined);
    try {
      if (session) {
        const before = toModel(initial);
        const patch: SessionPatch = {};
        for (const key of Object.keys(model) as (keyof typeof model)[]) {
          if (JSON.stringify(model[key]) !== JSON.stringify(before[key]))
            (patch as Record<string, unknown>)[key] = model[key];
        }
        const next = await updateSession(session.id, patch);
        setInitial(values);
        setSaved('Session saved.');
        onSaved(next);
      } else {
        onSaved(await createSession({ ...model, clientId: client.id }));
      }
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  const singleTimed = values.lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => isTimedCode(l.code.trim()) === true);
  const suggestedForLine = singleTimed.length === 1 ? suggestion.perLine.get(singleTimed[0]!.i) : undefined;
  const unitsDiffer = suggestedForLine !== undefined && String(suggestedForLine) !== singleTimed[0]!.l.units;

  return (
    <form class="form" onSubmit={submit} noValidate aria-label={session ? 'Edit session' : 'New session'}>
      <Fieldset legend="Session">
        <TextField
          label="Date"
          required
          size="s"
          value={values.date}
          onValue={(date) => update((v) => ({ ...v, date }))}
          error={errors.date}
          showErrors={submitted}
          placeholder="YYYY-MM-DD"
          autoFocus={!session}
        />
        <TextField
          label="Minutes"
          size="xs"
          value={values.minutes}
          onValue={(minutes) => update((v) => ({ ...v, minutes }))}
          error={errors.minutes}
          showErrors={submitted}
          inputMode="numeric"
        />
        <SelectField
          label="Status"
          size="s"
          value={values.status}
          onValue={(status) => {
            statusTouched.current = true;
            update((v) => ({ ...v, status }));
          }}
          options={SESSION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        <SelectField
          label="Place of service"
          size="s"
          value={values.placeOfService}
          onValue={(placeOfService) => update((v) => ({ ...v, placeOfService }))}
          options={PLACES}
        />
        <CheckboxField
          label="SOAP notes done"
          checked={values.soapNotesDone}
          onValue={(soapNotesDone) => update((v) => ({ ...v, soapNotesDone }))}
        />
      </Fieldset>

      {conflict ? (
        <div class="alert alert-warn same-day-warning" role="alert" data-testid="same-day-warning">
          <p>
            <strong>
              {client.firstName || 'This client'} sees a {conflict.providers.join(' and a ')} on{' '}
              {longDate(isoDate!)}.
            </strong>{' '}
            Many payers deny massage billed on the same day as chiropractic or physical therapy.
          </p>
          <div class="btn-row">
            {conflict.before ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => update((v) => ({ ...v, date: conflict.before! }))}
              >
                Move to the day before ({conflict.before})
              </button>
            ) : null}
            {conflict.after ? (
              <button
                type="button"
                class="btn btn-small"
                onClick={() => update((v) => ({ ...v, date: conflict.after! }))}
              >
                Move to the day after ({conflict.after})
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      <fieldset class="fieldset">
        <legend>Service lines</legend>
        <table class="lines-table">
          <colgroup>
            <col class="col-code" />
            <col class="col-mods" />
            <col class="col-units" />
            <col class="col-charge" />
            <col class="col-remove" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Modifiers</th>
              <th scope="col">Units</th>
              <th scope="col">Charge ($)</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.lines.map((line, i) => {
              const e = errors.lines[i] ?? {};
              const described = describeCpt(line.code.trim());
              return (
                <tr key={line.key}>
                  <td>
                    <TextField
                      class="field-compact"
                      label={`Code, line ${i + 1}`}
                      size="s"
                      value={line.code}
                      onValue={setLine(line.key, 'code')}
                      error={e.code}
                      showErrors={submitted}
                      hint={described}
                    />
                  </td>
                  <td>
                    <TextField
                      class="field-compact"
                      label={`Modifiers, line ${i + 1}`}
                      size="s"
                      value={line.modifiers}
                      onValue={setLine(line.key, 'modifiers')}
                      error={e.modifiers}
                      showErrors={submitted}
                      placeholder="GP 59"
                    />
                  </td>
                  <td>
                    <TextField
                      class="field-compact"
                      label={`Units, line ${i + 1}`}
                      size="xs"
                      value={line.units}
                      onValue={setLine(line.key, 'units')}
                      error={e.units}
                      showErrors={submitted}
                      inputMode="numeric"
                    />
                  </td>
                  <td>
                    <TextField
                      class="field-compact"
                      label={`Charge, line ${i + 1}`}
                      size="s"
                      value={line.charge}
                      onValue={setLine(line.key, 'charge')}
                      error={e.charge}
                      showErrors={submitted}
                      inputMode="decimal"
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      class="btn btn-small btn-danger"
                      aria-label={`Remove line ${i + 1}`}
                      onClick={() =>
                        update((v) => ({ ...v, lines: v.lines.filter((l) => l.key !== line.key) }))
                      }
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div class="btn-row lines-footer">
          <button
            type="button"
            class="btn btn-small"
            onClick={() => update((v) => ({ ...v, lines: [...v.lines, lineValues({ code: '', units: 1 })] }))}
          >
            Add a line
          </button>
          <p class="units-hint" data-testid="units-suggestion">
            {suggestion.text}
            {unitsDiffer ? (
              <>
                {' '}
                <button
                  type="button"
                  class="btn-link"
                  onClick={() => {
                    unitsTouched.current = false;
                    update((v) => ({ ...v }));
                  }}
                >
                  Use {suggestedForLine} unit{suggestedForLine === 1 ? '' : 's'}
                </button>
              </>
            ) : null}
          </p>
        </div>
      </fieldset>

      <TextAreaField
        label="Notes"
        value={values.notes}
        onValue={(notes) => update((v) => ({ ...v, notes }))}
      />
      <FormStatus error={saveError} saved={saved} />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          {session ? 'Save session' : 'Add session'}
        </button>
        {onCancel ? (
          <button type="button" class="btn" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
