import type { Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { AutofillRequestSchema } from '../messages/schemas';
import type { AutofillPlanReply } from '../autofill/types';
import type { FillFrames } from './fill-frames';
import { memberFor, type Route } from './router';

/** The on-demand autofill script (entrypoints/autofill.content). */
export const AUTOFILL_SCRIPT_FILE = 'content-scripts/autofill.js';
import type { createAutofill } from './autofill';

type Request = z.infer<typeof AutofillRequestSchema>;
const schemaFor = (type: Request['type']) => memberFor(AutofillRequestSchema, type);

/** The autofill's routes: content scripts only, each message validated against its strict schema. */
export function autofillRoutes(
  autofill: ReturnType<typeof createAutofill>,
  frames: Pick<FillFrames, 'open'>,
  inject: (target: { tabId: number; frameIds: number[] }, files: string[]) => Promise<unknown>,
) {
  return {
    'autofill-load': {
      schema: schemaFor('autofill-load'),
      from: ['content-script'],
      // The autofill script goes into the asking frame only, and only where the fill itself is allowed.
      async handle(
        _message: Extract<Request, { type: 'autofill-load' }>,
        sender: Browser.runtime.MessageSender,
      ) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId === undefined) return { loaded: false };
        if (!(await autofill.frameAllowed(sender))) return { loaded: false };
        await inject({ tabId, frameIds: [sender.frameId] }, [AUTOFILL_SCRIPT_FILE]);
        return { loaded: true };
      },
    },
    'autofill-plan': {
      schema: schemaFor('autofill-plan'),
      from: ['content-script'],
      handle(message: Extract<Request, { type: 'autofill-plan' }>, sender: Browser.runtime.MessageSender) {
        return autofill.plan(message, sender) satisfies Promise<AutofillPlanReply>;
      },
    },
    'fill-frame-open': {
      schema: schemaFor('fill-frame-open'),
      from: ['content-script'],
      handle(message: Extract<Request, { type: 'fill-frame-open' }>, sender: Browser.runtime.MessageSender) {
        return frames.open(message.view, sender);
      },
    },
  } satisfies Record<Request['type'], Route<z.ZodMiniType>>;
}
