import type { Browser } from 'wxt/browser';
import type { z } from 'zod';
import { AutofillRequestSchema } from '../messages/schemas';
import type { AutofillClientsReply, AutofillPlanReply } from '../autofill/types';
import type { Route } from './router';
import type { createAutofill } from './autofill';

type Request = z.infer<typeof AutofillRequestSchema>;
const schemaFor = (type: Request['type']) =>
  AutofillRequestSchema.options.find((o) => o.shape.type.value === type)!;

/** The autofill's routes: content scripts only, each message validated against its strict schema. */
export function autofillRoutes(autofill: ReturnType<typeof createAutofill>) {
  return {
    'autofill-plan': {
      schema: schemaFor('autofill-plan'),
      from: ['content-script'],
      handle(message: Extract<Request, { type: 'autofill-plan' }>, sender: Browser.runtime.MessageSender) {
        return autofill.plan(message, sender) satisfies Promise<AutofillPlanReply>;
      },
    },
    'autofill-clients': {
      schema: schemaFor('autofill-clients'),
      from: ['content-script'],
      handle(message: Extract<Request, { type: 'autofill-clients' }>, sender: Browser.runtime.MessageSender) {
        return autofill.clients(message.query, sender) satisfies Promise<AutofillClientsReply>;
      },
    },
  } satisfies Record<Request['type'], Route<z.ZodType>>;
}
