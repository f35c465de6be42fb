import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { IntentGate } from './intent-gate';

type Props = {
  gate: IntentGate;
  /** The person meant it (see intent-gate.ts). */
  onPress(): unknown;
  /** A person's click the gate refused, with the reason to show them (a page's synthetic click is ignored). */
  onRefuse(why: string): void;
  class: string;
  disabled?: boolean;
  /** The label; or none, when it is drawn from a `data-t` attribute (style.css). */
  children?: ComponentChildren;
  [data: `data-${string}`]: string;
};

/** A button whose click fills only when the person meant it: the gate watches it while it is shown. */
export function GuardedButton({ gate, onPress, onRefuse, children, ...rest }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => (ref.current ? gate.watch(ref.current) : undefined), [gate]);
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      onClick={(event) => {
        const trusted = event.isTrusted;
        void Promise.resolve(gate.allows(event, event.currentTarget)).then((verdict) => {
          if (verdict.ok) void onPress();
          else if (trusted) onRefuse(verdict.why);
        });
      }}
    >
      {children}
    </button>
  );
}
