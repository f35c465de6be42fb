import type { Browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { FillFrameRequestSchema } from '../messages/schemas';
import { memberFor, type Route } from './router';
import type { FillFrames } from './fill-frames';

type Request = z.infer<typeof FillFrameRequestSchema>;
const schemaFor = (type: Request['type']) => memberFor(FillFrameRequestSchema, type);

/**
 * The fill frame's routes: our own extension page (never a content script), inside the portal's tab,
 * naming the token its opener got (lib/background/fill-frames.ts checks the tab).
 */
export function fillFrameRoutes(frames: FillFrames) {
  return {
    'fill-frame-view': {
      schema: schemaFor('fill-frame-view'),
      from: ['extension-page'],
      handle: (
        message: Extract<Request, { type: 'fill-frame-view' }>,
        sender: Browser.runtime.MessageSender,
      ) => frames.view(message.token, sender),
    },
    'fill-frame-clients': {
      schema: schemaFor('fill-frame-clients'),
      from: ['extension-page'],
      handle: (
        message: Extract<Request, { type: 'fill-frame-clients' }>,
        sender: Browser.runtime.MessageSender,
      ) => frames.clients(message.token, message.query, sender),
    },
    'fill-frame-act': {
      schema: schemaFor('fill-frame-act'),
      from: ['extension-page'],
      handle: (
        message: Extract<Request, { type: 'fill-frame-act' }>,
        sender: Browser.runtime.MessageSender,
      ) => frames.act(message.token, message.act, message.point, sender),
    },
    'fill-frame-size': {
      schema: schemaFor('fill-frame-size'),
      from: ['extension-page'],
      handle: (
        message: Extract<Request, { type: 'fill-frame-size' }>,
        sender: Browser.runtime.MessageSender,
      ) => frames.size(message.token, message.height, sender),
    },
  } satisfies Record<Request['type'], Route<z.ZodMiniType>>;
}
