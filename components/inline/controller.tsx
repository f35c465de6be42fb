import { render } from 'preact';
import type { Finding } from '../../lib/model';
import type { CheckClaimReply } from '../../lib/messages/protocol';
import type { ClaimDraft } from '../../lib/model';
import { clipDraft } from '../../lib/messages/clip';
import { locateClaimForm, readLocatedForm, type LocatedForm } from '../../lib/portal';
import { watchClaimForm } from '../../lib/watch/claim-form-watcher';
import { InlineApp } from './inline-app';
import type { CheckerState } from './findings-panel';
import type { AutofillRequest } from '../../lib/messages/protocol';
import { createAutofillSlot } from './autofill-slot';
import { createIntentGate, type IntentGate, type PageScanner } from './intent-gate';
import { AUTOFILL_MODULE, type AutofillModule } from './autofill-mount';

/** How the controller reaches the background; a plain function so tests can fake it. */
export type CheckClaim = (draft: ClaimDraft) => Promise<CheckClaimReply>;

export type MountUi = () => { container: Element; host: Element; remove(): void };

/**
 * Wires the pieces on a portal page: watch for a claim form, read it on every keystroke, have the
 * background check it against the rules and the practice's records, render the findings. Owns no rule
 * or reading logic. Only the latest reading's answer is shown (answers to older keystrokes are dropped).
 */
export function startClaimChecker(options: {
  document: Document;
  signal: AbortSignal;
  checkClaim: CheckClaim;
  mountUi: MountUi;
  /** How the autofill reaches the background (absent: no autofill controls). */
  sendAutofill?: (message: AutofillRequest) => Promise<unknown>;
}) {
  const { document: doc, signal, checkClaim } = options;
  let form: LocatedForm | null = null;
  let ui: ReturnType<MountUi> | null = null;
  let elementsByPath = new Map<string, Element[]>();
  let findings: Finding[] = [];
  let unchecked = 0;
  let state: CheckerState = 'checking';
  let sequence = 0;
  let shownKey = '';

  const elementsFor = (path: string) => elementsByPath.get(path) ?? [];

  const focusFinding = (finding: Finding) => {
    for (const path of finding.fields) {
      const el = elementsFor(path).find((e) => e.isConnected) as HTMLElement | undefined;
      if (el && typeof el.focus === 'function') {
        el.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        return;
      }
    }
  };

  const send = options.sendAutofill;
  const gate: IntentGate | null = send
    ? createIntentGate(doc, {
        host: () => ui?.host ?? null,
        signal,
        scanner: () => (globalThis as { [AUTOFILL_MODULE]?: AutofillModule })[AUTOFILL_MODULE]?.scanner,
        loadScanner: async (): Promise<PageScanner | undefined> => (await fill?.slot.module())?.scanner,
      })
    : null;
  const fill =
    send && gate
      ? createAutofillSlot({
          load: () => send({ type: 'autofill-load' }),
          host: {
            gate,
            form: () => form,
            locate: () => (form = locateClaimForm(doc) ?? form),
            send,
            afterFill: () => check(),
          },
        })
      : null;

  const paint = () => {
    if (!ui || signal.aborted) return;
    render(
      <InlineApp
        findings={findings}
        unchecked={unchecked}
        state={state}
        elementsFor={elementsFor}
        focusFinding={focusFinding}
        {...(gate ? { onLayout: gate.resample } : {})}
      >
        {fill ? <fill.AutofillSlot /> : null}
      </InlineApp>,
      ui.container,
    );
  };

  const check = () => {
    if (!form) return;
    const read = readLocatedForm(form);
    elementsByPath = read.elementsByPath;
    if (read.stale) watcher.refresh(); // the page changed under the map: locate again
    const mine = ++sequence;
    checkClaim(clipDraft(read.draft)).then(
      (reply) => {
        if (mine !== sequence || signal.aborted) return;
        if (!reply || !Array.isArray(reply.findings)) throw new Error('refused');
        if (reply.superseded) return; // a newer reading's answer is on its way
        // Most keystrokes change no finding: then nothing is rendered and no layout is read.
        const key = JSON.stringify([reply.findings, reply.unchecked ?? 0]);
        if (key === shownKey && state === 'ready') return;
        shownKey = key;
        findings = reply.findings;
        unchecked = reply.unchecked ?? 0;
        state = 'ready';
        paint();
      },
      () => {
        if (mine !== sequence || signal.aborted) return;
        // The background did not answer (the extension was updated or reloaded): say so, keep no stale list.
        findings = [];
        shownKey = '';
        state = 'unavailable';
        paint();
      },
    );
  };

  const watcher = watchClaimForm({
    root: doc,
    signal,
    locate: locateClaimForm,
    isOwnNode: (node) => !!ui && (node === ui.host || ui.host.contains(node)),
    onForm(next) {
      form = next;
      if (!form) {
        findings = [];
        shownKey = '';
        paint();
        return;
      }
      ui ??= options.mountUi();
      check();
    },
    onValues: check,
  });

  signal.addEventListener('abort', () => {
    fill?.dispose();
    if (ui) {
      render(null, ui.container);
      ui.remove();
    }
  });

  return {
    /** The records were locked, unlocked or saved: the same form, checked again. */
    recheck() {
      if (form && !signal.aborted) check();
    },
    /** The keyboard command or the context menu asked for a fill: only a frame showing a claim form fills. */
    autofill() {
      if (form && ui && fill) fill.slot.start();
    },
  };
}
