import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useEscape } from './use-escape';

/**
 * A destructive action that asks first, in the page (no browser dialog: a popup's native dialogs are
 * easy to lose, and tests can click these). The first click shows the question and focuses the safe
 * answer, Cancel, so a second Enter never destroys anything; Escape cancels too, and focus goes back
 * to the button that asked.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  small,
  ariaLabel,
}: {
  label: ComponentChildren;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  small?: boolean;
  ariaLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const group = useRef<HTMLSpanElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  useEscape(group, asking ? () => setAsking(false) : undefined);
  const size = small ? ' btn-small' : '';
  if (!asking) {
    return (
      <button
        ref={ask}
        type="button"
        class={`btn btn-danger${size}`}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={question} ref={group}>
      <span class="confirm-question">{question}</span>
      <button
        type="button"
        class={`btn btn-danger${size}`}
        onClick={() => {
          wasAsking.current = false;
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancel} type="button" class={`btn${size}`} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
