import type { ComponentChildren } from 'preact';
import type { Finding } from '../../lib/model';
import { FieldBadges } from './field-badges';
import { FindingsPanel, type CheckerState } from './findings-panel';

export type InlineAppProps = {
  findings: Finding[];
  /** Lines past the background's limit, not checked. */
  unchecked?: number;
  state: CheckerState;
  elementsFor(path: string): Element[];
  focusFinding(finding: Finding): void;
  /** After each render of the panel (it may have moved). */
  onLayout?: () => void;
  /** Extra controls at the foot of the panel (autofill). */
  children?: ComponentChildren;
};

/** Everything the extension shows on a portal page, rendered inside one shadow root. */
export function InlineApp({
  findings,
  unchecked,
  state,
  elementsFor,
  focusFinding,
  onLayout,
  children,
}: InlineAppProps) {
  return (
    <>
      <FieldBadges findings={findings} elementsFor={elementsFor} />
      <FindingsPanel
        findings={findings}
        unchecked={unchecked}
        state={state}
        actions={{ focusFinding }}
        {...(onLayout ? { onLayout } : {})}
      >
        {children}
      </FindingsPanel>
    </>
  );
}
