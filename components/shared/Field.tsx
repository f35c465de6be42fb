import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/**
 * Form controls with their label, an optional hint and the validation message right under the field.
 * The message is tied to the input with `aria-describedby` and the input carries `aria-invalid`, so a
 * screen reader reads why the value is refused. A message shows once the person has typed in or left
 * the field, or once the form was submitted (`showErrors`).
 */
type Common = {
  label: string;
  /** Message when the value is refused; undefined when it is fine. */
  error?: string | undefined;
  /** A note under the field (format, where the value comes from). */
  hint?: ComponentChildren;
  /** Show the error even before the field is touched (after a submit). */
  showErrors?: boolean;
  required?: boolean;
  class?: string;
  name?: string;
};

function useFieldIds(error: string | undefined, hint: unknown, touched: boolean, showErrors?: boolean) {
  const id = useId();
  const visibleError = error && (touched || showErrors) ? error : undefined;
  const describedBy = [hint ? `${id}-hint` : '', visibleError ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, visibleError, describedBy: describedBy || undefined };
}

function Messages({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export type TextFieldProps = Common & {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'tel' | 'email' | 'search';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel';
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
  size?: 'xs' | 's' | 'm' | 'l';
  autoFocus?: boolean;
};

export function TextField(props: TextFieldProps) {
  const [touched, setTouched] = useState(false);
  const { id, visibleError, describedBy } = useFieldIds(props.error, props.hint, touched, props.showErrors);
  return (
    <div class={`field field-${props.size ?? 'm'} ${props.class ?? ''}`}>
      <label for={id}>
        {props.label}
        {props.required ? <span class="required"> (required)</span> : null}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        list={undefined}
        value={props.value}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        autoFocus={props.autoFocus}
        required={props.required}
        aria-invalid={visibleError ? 'true' : 'false'}
        aria-describedby={describedBy}
        onInput={(e) => {
          setTouched(true);
          props.onValue((e.currentTarget as HTMLInputElement).value);
        }}
        onBlur={() => setTouched(true)}
      />
      <Messages id={id} hint={props.hint} error={visibleError} />
    </div>
  );
}

export type SelectFieldProps<T extends string> = Common & {
  value: T;
  onValue: (value: T) => void;
  options: readonly { value: T; label: string }[];
  size?: 'xs' | 's' | 'm' | 'l';
};

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { id, visibleError, describedBy } = useFieldIds(props.error, props.hint, true, props.showErrors);
  return (
    <div class={`field field-${props.size ?? 'm'} ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={visibleError ? 'true' : 'false'}
        aria-describedby={describedBy}
        onChange={(e) => props.onValue((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={props.hint} error={visibleError} />
    </div>
  );
}

export function CheckboxField(
  props: Omit<Common, 'required'> & { checked: boolean; onValue: (checked: boolean) => void },
) {
  const { id, describedBy } = useFieldIds(undefined, props.hint, false);
  return (
    <div class={`field field-check ${props.class ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={props.checked}
        aria-describedby={describedBy}
        onChange={(e) => props.onValue((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{props.label}</label>
      <Messages id={id} hint={props.hint} />
    </div>
  );
}

export function TextAreaField(
  props: Common & { value: string; onValue: (value: string) => void; rows?: number },
) {
  const [touched, setTouched] = useState(false);
  const { id, visibleError, describedBy } = useFieldIds(props.error, props.hint, touched, props.showErrors);
  return (
    <div class={`field field-l ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 2}
        value={props.value}
        aria-invalid={visibleError ? 'true' : 'false'}
        aria-describedby={describedBy}
        onInput={(e) => {
          setTouched(true);
          props.onValue((e.currentTarget as HTMLTextAreaElement).value);
        }}
      />
      <Messages id={id} hint={props.hint} error={visibleError} />
    </div>
  );
}

/** A group of fields under a legend (a form section). */
export function Fieldset({
  legend,
  children,
  class: cls,
}: {
  legend: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <fieldset class={`fieldset ${cls ?? ''}`}>
      <legend>{legend}</legend>
      <div class="fields">{children}</div>
    </fieldset>
  );
}

/** The result of a save: a message in a live region, so it is announced. */
export function FormStatus({ error, saved }: { error?: string | undefined; saved?: string | undefined }) {
  return (
    <div class="form-status" role="status" aria-live="polite">
      {error ? (
        <p class="alert alert-error">{error}</p>
      ) : saved ? (
        <p class="alert alert-ok">{saved}</p>
      ) : null}
    </div>
  );
}
