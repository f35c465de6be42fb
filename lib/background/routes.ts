import type { z } from 'zod';
import { ContentToBackgroundSchema } from '../messages/schemas';
import type { ClaimContextReply, CodeTablesReply } from '../messages/protocol';
import { getClaimContext } from '../store';
import { ICD_CODES_TEXT } from '../rules/tables/icd-codes';
import type { Route } from './router';

type ContentMessage = z.infer<typeof ContentToBackgroundSchema>;
const contentSchema = <T extends ContentMessage['type']>(type: T) =>
  ContentToBackgroundSchema.options.find((o) => o.shape.type.value === type)!;

/**
 * What the claim-form content script may ask. It gets the client matching the patient it read (with that
 * client's sessions only), never the list, and the code tables too big for its own bundle.
 */
export const contentRoutes = {
  'claim-context': {
    schema: contentSchema('claim-context'),
    from: ['content-script', 'extension-page'],
    async handle(message: Extract<ContentMessage, { type: 'claim-context' }>): Promise<ClaimContextReply> {
      return getClaimContext(message.patient);
    },
  },
  'code-tables': {
    schema: contentSchema('code-tables'),
    from: ['content-script', 'extension-page'],
    async handle(): Promise<CodeTablesReply> {
      return { icdCodes: ICD_CODES_TEXT };
    },
  },
} satisfies Record<ContentMessage['type'], Route<z.ZodType>>;
