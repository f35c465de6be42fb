import type * as z from 'zod/mini';
import { ContentToBackgroundSchema } from '../messages/schemas';
import type { CheckClaimReply, RemittanceCodesReply } from '../messages/protocol';
import { CARC_RARC_TEXT } from '../remittance/codes';
import type { Browser } from 'wxt/browser';
import { memberFor, type Route } from './router';
import type { createClaimChecker } from './claim-checker';
import { createCheckGate, type CheckGate } from './check-gate';

type ContentMessage = z.infer<typeof ContentToBackgroundSchema>;
const schemaFor = (type: ContentMessage['type']) => memberFor(ContentToBackgroundSchema, type);

/**
 * What the portal content script may ask: to check the claim it read, and the remittance code table. It sends the form's values and
 * gets findings back; the client list, the records and the code tables stay here.
 */
export function contentRoutes(
  checker: ReturnType<typeof createClaimChecker>,
  /** The client picked in the sending frame's autofill panel, if any (lib/background/autofill.ts). */
  pickedFor: (sender: Browser.runtime.MessageSender) => string | undefined = () => undefined,
  gate: CheckGate = createCheckGate(),
  /** Told of each frame that asked (lib/background/recheck.ts prompts it again when records change). */
  onChecked: (sender: Browser.runtime.MessageSender) => void = () => undefined,
) {
  return {
    'check-claim': {
      schema: schemaFor('check-claim'),
      from: ['content-script'],
      handle(
        message: Extract<ContentMessage, { type: 'check-claim' }>,
        sender: Browser.runtime.MessageSender,
      ): Promise<CheckClaimReply> {
        onChecked(sender);
        return gate.run<CheckClaimReply>(
          `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}`,
          (isCurrent) => checker.check(message.draft, pickedFor(sender), isCurrent),
          () => ({ findings: [], matched: false, superseded: true }),
        );
      },
    },
    'remittance-codes': {
      schema: schemaFor('remittance-codes'),
      from: ['content-script'],
      handle(): RemittanceCodesReply {
        return { table: CARC_RARC_TEXT };
      },
    },
  } satisfies Record<ContentMessage['type'], Route<z.ZodMiniType>>;
}
