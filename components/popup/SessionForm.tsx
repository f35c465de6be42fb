import { useRef, useState } from 'preact/hooks';
import { SESSION_STATUSES, type Client, type Session, type Settings } from '../../lib/model';
import { suggestUnits, unitRuleFor } from '../../lib/claims/checklist';
import { isTimedCode } from '../../lib/rules';
import { ConflictError, createSession, updateSession, type SessionPatch } from '../../lib/store';
import { CheckboxField, Fieldset, FormStatus, SelectField, TextAreaField, TextField } from '../shared/Field';
import { parseDate } from '../shared/validate';
import { useEscape } from '../shared/use-escape';
import { STATUS_LABELS } from './format';
import { sameDayConflict } from './session-form/same-day';
import { SameDayWarning } from './session-form/SameDayWarning';
import { ServiceLines } from './session-form/ServiceLines';
import { usualLines } from './session-form/usual-lines';
import { UsualLinesOffer } from './session-form/UsualLinesOffer';
import {
  errorsOf,
  lineValues,
  PLACES,
  toModel,
  toValues,
  type LineValues,
  type Values,
} from './session-form/values';

export { sameDayConflict } from './session-form/same-day';

type Props = {
  client: Client;
  /** The session to edit; none for a new one. */
  session?: Session;
  /** The client's sessions (a new session is offered the usual lines of the latest one). */
  sessions: readonly Session[];
  settings: Settings;
  today: string;
  onSaved: (session: Session) => void;
  /** Cancel, and Escape: a form always has a way out without the mouse. */
  onCancel?: () => void;
};

/**
 * Adding or editing a session: date, minutes, service lines, status, SOAP notes. Units are suggested
 * from the minutes under the payer's unit rule; a day the client sees a chiropractor or PT is flagged
 * at once, with the nearest free days to move to while the visit is still to come.
 */
export function SessionForm({ client, session, sessions, settings, today, onSaved, onCancel }: Props) {
  const [offer] = useState(() =>
    session ? { usual: undefined, skippedDenied: undefined } : usualLines(sessions),
  );
  const [initial, setInitial] = useState(() => toValues(session, offer.usual, today));
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [offerTaken, setOfferTaken] = useState(false);
  const unitsTouched = useRef(Boolean(session));
  const statusTouched = useRef(Boolean(session));
  const form = useRef<HTMLFormElement>(null);
  // The session as this form last loaded or saved it: the store merges another window's edits with
  // it, field by field, and refuses a save where both changed the same field (lib/store/merge.ts).
  const base = useRef(session);
  useEscape(form, onCancel);
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
  // Only a visit still to come may move: a date of service that happened (done, billed, paid) stays.
  const canMove = values.status === 'scheduled' && (!session || session.status === 'scheduled');

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
  const setLine = (key: number, field: keyof Omit<LineValues, 'key'>, value: string) => {
    if (field === 'units') unitsTouched.current = true;
    update((v) => ({ ...v, lines: v.lines.map((l) => (l.key === key ? { ...l, [field]: value } : l)) }));
  };
  const useUsual = (usual: Session) => {
    setOfferTaken(true);
    update((v) => ({
      ...v,
      minutes: String(usual.minutes || v.minutes),
      placeOfService: usual.placeOfService,
      lines: usual.lines.map(lineValues),
    }));
    requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>('.lines-table input')?.focus());
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
        const next = await updateSession(session.id, patch, base.current);
        base.current = next;
        setInitial(values);
        setSaved('Session saved.');
        onSaved(next);
      } else {
        onSaved(await createSession({ ...model, clientId: client.id }));
      }
    } catch (error) {
      // Refused because another window changed the same field: saving again keeps what is typed here.
      if (error instanceof ConflictError) base.current = error.current as Session;
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  const singleTimed = values.lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => isTimedCode(l.code.trim()) === true);
  const suggestedForLine = singleTimed.length === 1 ? suggestion.perLine.get(singleTimed[0]!.i) : undefined;
  const unitsDiffer = suggestedForLine !== undefined && String(suggestedForLine) !== singleTimed[0]!.l.units;

  return (
    <form
      class="form"
      ref={form}
      onSubmit={submit}
      noValidate
      aria-label={session ? 'Edit session' : 'New session'}
    >
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

      {conflict && isoDate ? (
        <SameDayWarning
          client={client}
          date={isoDate}
          conflict={conflict}
          canMove={canMove}
          onMove={(date) => update((v) => ({ ...v, date }))}
        />
      ) : null}

      {!offerTaken ? <UsualLinesOffer {...offer} onUse={useUsual} /> : null}

      <ServiceLines
        lines={values.lines}
        errors={errors.lines}
        showErrors={submitted}
        suggestion={suggestion}
        suggestedUnits={unitsDiffer ? suggestedForLine : undefined}
        onLine={setLine}
        onRemove={(key) => update((v) => ({ ...v, lines: v.lines.filter((l) => l.key !== key) }))}
        onAdd={() => update((v) => ({ ...v, lines: [...v.lines, lineValues({ code: '', units: 1 })] }))}
        onUseSuggested={() => {
          unitsTouched.current = false;
          update((v) => ({ ...v }));
        }}
      />

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
