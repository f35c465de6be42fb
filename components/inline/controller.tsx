import { render } from 'preact';
import type { ClaimDraft, Finding, RuleContext } from '../../lib/model';
import type { ClaimContextReply, CodeTablesReply, PatientIdentity } from '../../lib/messages/protocol';
import { localToday } from '../../lib/dates';
import { locateClaimForm, readLocatedForm, type LocatedForm } from '../../lib/portal';
import { createCodeTables, evaluateClaimWith, type CodeTables } from '../../lib/rules/core';
import { watchClaimForm } from '../../lib/watch/claim-form-watcher';
import { InlineApp } from './inline-app';

/** How the controller reaches the background; a plain function so tests can fake it. */
export type Ask = {
  claimContext(patient: PatientIdentity): Promise<ClaimContextReply>;
  codeTables(): Promise<CodeTablesReply>;
};

export type MountUi = () => Promise<{ container: Element; host: Element; remove(): void }>;

/**
 * Wires the pieces on a portal page: watch for a claim form, read it on every keystroke, run the rule
 * library with the matched client's records, render the findings. Owns no rule or reading logic.
 */
export function startClaimChecker(options: {
  document: Document;
  signal: AbortSignal;
  ask: Ask;
  mountUi: MountUi;
}) {
  const { document: doc, signal, ask } = options;
  let form: LocatedForm | null = null;
  let ui: Awaited<ReturnType<MountUi>> | null = null;
  let mounting: Promise<unknown> | null = null;
  let tables: CodeTables = createCodeTables({});
  let tablesRequested = false;
  let context: ClaimContextReply | null = null;
  let identityKey: string | null = null;
  let elementsByPath = new Map<string, Element[]>();
  let findings: Finding[] = [];

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

  const paint = () => {
    if (!ui) return;
    render(
      <InlineApp findings={findings} elementsFor={elementsFor} focusFinding={focusFinding} />,
      ui.container,
    );
  };

  const evaluate = () => {
    if (!form) return;
    let draft: ClaimDraft;
    try {
      const read = readLocatedForm(form);
      draft = read.draft;
      elementsByPath = read.elementsByPath;
      if (read.stale) watcher.refresh(); // the page changed under the map: locate again
    } catch {
      return; // a form that changed under us: the observer will relocate it
    }
    requestContextIfPatientChanged(draft);
    if (context === null) return; // first answer pending: avoid flashing "no client matched"
    const ruleContext: RuleContext = {
      today: localToday(),
      client: context.client,
      sessions: context.sessions,
      practice: context.practice,
      settings: context.settings,
    };
    findings = evaluateClaimWith(draft, ruleContext, tables);
    paint();
  };

  const requestContextIfPatientChanged = (draft: ClaimDraft) => {
    const patient: PatientIdentity = {
      lastName: draft.patient.lastName,
      firstName: draft.patient.firstName,
      birthDate: draft.patient.birthDate,
      memberId: draft.patient.memberId,
    };
    const key = JSON.stringify(patient);
    if (key === identityKey) return;
    identityKey = key;
    ask
      .claimContext(patient)
      .then((reply) => {
        if (signal.aborted || key !== identityKey) return;
        context = reply;
        evaluate();
      })
      .catch(() => {
        // The background is unreachable (extension updated or reloaded): check the claim without records.
        if (signal.aborted || key !== identityKey) return;
        context = {
          sessions: [],
          settings: {
            unitRule: 'cms-8-minute',
            filingLimitDays: 365,
            eligibilityFreshnessDays: 30,
            payerRules: [],
          },
        };
        evaluate();
      });
  };

  const requestTables = () => {
    if (tablesRequested) return;
    tablesRequested = true;
    ask
      .codeTables()
      .then((reply) => {
        if (signal.aborted) return;
        tables = createCodeTables({ icdText: reply.icdCodes, ncciText: reply.ncciText });
        evaluate();
      })
      .catch(() => undefined); // format-only ICD checks until the tables arrive
  };

  const ensureUi = async () => {
    if (ui || mounting) return;
    mounting = options.mountUi().then((mounted) => {
      ui = mounted;
      if (signal.aborted) mounted.remove();
      else paint();
    });
    await mounting;
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
        paint();
        return;
      }
      requestTables();
      void ensureUi();
      evaluate();
    },
    onValues: evaluate,
  });

  signal.addEventListener('abort', () => {
    if (ui) {
      render(null, ui.container);
      ui.remove();
    }
  });
}
