import type { z } from 'zod';
import { ContentToBackgroundSchema } from '../messages/schemas';
import type { CheckClaimReply } from '../messages/protocol';
import type { Route } from './router';
import type { createClaimChecker } from './claim-checker';

type ContentMessage = z.infer<typeof ContentToBackgroundSchema>;
const schemaFor = (type: ContentMessage['type']) =>
  ContentToBackgroundSchema.options.find((o) => o.shape.type.value === type)!;

/**
 * What the claim-form content script may ask: to check the claim it read. It sends the form's values and
 * gets findings back; the client list, the records and the code tables stay here.
 */
export function contentRoutes(checker: ReturnType<typeof createClaimChecker>) {
  return {
    'check-claim': {
      schema: schemaFor('check-claim'),
      from: ['content-script'],
      handle(message: Extract<ContentMessage, { type: 'check-claim' }>): Promise<CheckClaimReply> {
        return checker.check(message.draft);
      },
    },
  } satisfies Record<ContentMessage['type'], Route<z.ZodType>>;
}
