import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A destructive action that asks first, in the page (no browser dialog: a popup's native dialogs are
 * easy to lose, and tests can click these). The first click shows the question and focuses "Yes".
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
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const size = small ? ' btn-small' : '';
  if (!asking) {
    return (
      <button
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
    <span class="confirm" role="group" aria-label={question}>
      <span class="confirm-question">{question}</span>
      <button
        ref={yes}
        type="button"
        class={`btn btn-danger${size}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class={`btn${size}`} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
