/**
 * The autofill's steps on a portal page, as a small state machine the panel renders: plan in the
 * background, add rows through the portal's own "add line" control when the session has more lines than
 * the form, fill the empty boxes, list the boxes that hold something else (old -> new) for the person to
 * tick, undo the whole fill. Plain TypeScript; the view is autofill-controls.tsx.
 */
import { applyFill, type Change } from '../../lib/autofill/fill';
import { undoFill } from '../../lib/autofill/undo';
import { collectForm } from '../../lib/autofill/collect';
import type {
  AutofillPlanReply,
  FillPlan,
  PlannedField,
  SessionChoice,
  Skipped,
} from '../../lib/autofill/types';
import type { AutofillRequest } from '../../lib/messages/protocol';
import { readLocatedForm, type LocatedForm } from '../../lib/portal';

export type AutofillView =
  | { step: 'idle' }
  | { step: 'busy' }
  /** No saved client matches the form: the person picks one in the fill frame (its list is the background's). */
  | { step: 'pick' }
  | {
      step: 'done';
      client: string;
      sessions: SessionChoice[];
      sessionId?: string;
      filled: number;
      failed: string[];
      skipped: Skipped[];
      conflicts: PlannedField[];
      addedRows: number;
    }
  | { step: 'message'; text: string };

export type FillFlowOptions = {
  /** The form as located now, and a fresh locate (after rows were added). */
  form(): LocatedForm | null;
  locate(): LocatedForm | null;
  send(message: AutofillRequest): Promise<unknown>;
  /** The view changed: render it. */
  onView(view: AutofillView): void;
  /** Values changed on the page: re-read and re-check the claim. */
  afterFill(): void;
};

/** Fields the fill left alone because the page hides a box of theirs (lib/autofill/visible.ts). */
const hiddenSkips = (labels: string[]) =>
  labels.map((label) => ({
    label,
    why: 'the page hides this box (off screen, see-through, tiny or clipped): left empty',
  }));

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createFillFlow(options: FillFlowOptions) {
  let view: AutofillView = { step: 'idle' };
  let last: { form: LocatedForm; changes: Change[]; addedRows: number; plan: FillPlan } | null = null;
  let running = false;
  const show = (next: AutofillView) => {
    view = next;
    options.onView(view);
  };

  const plan = async (form: LocatedForm, clientId?: string, sessionId?: string) => {
    const message: AutofillRequest = {
      type: 'autofill-plan',
      form: collectForm(form, readLocatedForm(form).draft),
      ...(clientId ? { clientId } : {}),
      ...(sessionId ? { sessionId } : {}),
    };
    const reply = (await options.send(message)) as AutofillPlanReply | { refused: string } | undefined;
    if (!reply || !('status' in reply)) throw new Error('refused');
    return reply;
  };

  /** Presses the portal's "add line" control `n` times, waiting for each row to appear. */
  const addRows = async (form: LocatedForm, n: number): Promise<{ form: LocatedForm; added: number }> => {
    let added = 0;
    for (let i = 0; i < n && form.addLine?.isConnected; i++) {
      const before = form.rows.length;
      (form.addLine as HTMLElement).click();
      let next: LocatedForm | null = null;
      for (let t = 0; t < 30 && !(next && next.rows.length > before); t++) {
        await wait(50);
        next = options.locate();
      }
      if (!next || next.rows.length <= before) break;
      form = next;
      added++;
    }
    return { form, added };
  };

  const fill = async (clientId?: string, sessionId?: string) => {
    if (running) return;
    let form = options.form();
    if (!form) return;
    // Never into a sandboxed frame (its origin is opaque).
    if (globalThis.origin === 'null')
      return show({ step: 'message', text: 'This frame is sandboxed: nothing is filled here.' });
    running = true;
    show({ step: 'busy' });
    try {
      if (last) await undo(true);
      let reply = await plan(form, clientId, sessionId);
      let addedRows = 0;
      if (reply.status === 'ok' && reply.addRows > 0) {
        const grown = await addRows(form, reply.addRows);
        form = grown.form;
        addedRows = grown.added;
        reply = await plan(form, reply.client.id, reply.sessionId);
        if (reply.status === 'ok' && reply.addRows > 0)
          reply.skipped.push({
            label: `${reply.addRows} more lines`,
            why: 'the portal did not add rows for them',
          });
      }
      if (reply.status === 'pick-client') return show({ step: 'pick' });
      if (reply.status === 'blocked') return show({ step: 'message', text: reply.reason });
      const ready = reply.fields.filter((f) => !f.conflict);
      const outcome = await applyFill(form, ready);
      last = { form, changes: outcome.changes, addedRows, plan: reply };
      show({
        step: 'done',
        client: reply.client.label,
        sessions: reply.sessions,
        ...(reply.sessionId ? { sessionId: reply.sessionId } : {}),
        filled: outcome.filled.length,
        failed: outcome.failed,
        skipped: [...reply.skipped, ...hiddenSkips(outcome.hidden)],
        conflicts: reply.fields.filter((f) => f.conflict),
        addedRows,
      });
      options.afterFill();
    } catch {
      show({ step: 'message', text: 'The fill could not run: reload the page and try again.' });
    } finally {
      running = false;
    }
  };

  /** Replaces the ticked conflicts; they join the same fill, so one Undo still puts everything back. */
  const replace = async (picked: PlannedField[]) => {
    if (!last || view.step !== 'done' || picked.length === 0) return;
    const outcome = await applyFill(last.form, picked);
    last.changes.push(...outcome.changes);
    show({
      ...view,
      filled: view.filled + outcome.filled.length,
      failed: [...view.failed, ...outcome.failed],
      skipped: [...view.skipped, ...hiddenSkips(outcome.hidden)],
      conflicts: view.conflicts.filter((c) => !picked.includes(c)),
    });
    options.afterFill();
  };

  const undo = async (quiet = false) => {
    if (!last) return;
    const { changes, addedRows } = last;
    last = null;
    const { restored, kept, stuck } = await undoFill(changes);
    if (!quiet)
      show({
        step: 'message',
        text: `Fill undone: ${restored} put back${kept ? `; ${kept} you changed since kept as they are` : ''}${
          stuck ? `; ${stuck} the page would not take back (check them)` : ''
        }.${addedRows ? ` The ${addedRows} added row${addedRows === 1 ? ' stays' : 's stay'}, empty (remove with the portal's own control).` : ''}`,
      });
    options.afterFill();
  };

  return {
    get view() {
      return view;
    },
    /** The panel's button, the keyboard command and the context menu all land here. */
    fill: () => fill(),
    pick: (clientId: string) => fill(clientId),
    chooseSession: (sessionId: string) => {
      const clientId = last?.plan.client.id;
      if (clientId) void fill(clientId, sessionId);
    },
    /** The ticked conflicts, by their index in the plan's fields (as the fill frame names them). */
    replace: (fields: number[]) =>
      replace(view.step === 'done' ? view.conflicts.filter((c) => fields.includes(c.f)) : []),
    undo: () => undo(),
  };
}

export type FillFlow = ReturnType<typeof createFillFlow>;
