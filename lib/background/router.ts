import type { Browser } from 'wxt/browser';
import type * as z from 'zod/mini';

/**
 * The background's one message listener. A message is handled only when its sender is this extension (a
 * content script in a tab, or one of our own pages, as the handler allows) and it parses against the
 * declared schema; anything else is refused with a reason, and nothing acts on it.
 */
export type SenderKind = 'content-script' | 'extension-page';

export type Route<S extends z.ZodMiniType> = {
  schema: S;
  /** Who may send it. */
  from: SenderKind[];
  handle(message: z.infer<S>, sender: Browser.runtime.MessageSender): Promise<unknown> | unknown;
};

export type Refusal = { refused: string };

export function senderKind(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab && typeof sender.url === 'string' && !sender.url.startsWith(extensionOrigin))
    return 'content-script';
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension-page';
  return null;
}

export function createRouter(
  routes: Record<string, Route<z.ZodMiniType>>,
  self: { id: string; origin: string },
) {
  return async function route(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
    const kind = senderKind(sender, self.id, self.origin);
    if (!kind) return { refused: 'unknown sender' } satisfies Refusal;
    const type =
      typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    const route = typeof type === 'string' && Object.hasOwn(routes, type) ? routes[type] : undefined;
    if (!route) return { refused: 'unknown message type' } satisfies Refusal;
    if (!route.from.includes(kind))
      return { refused: `not accepted from sender kind ${kind}` } satisfies Refusal;
    const parsed = route.schema.safeParse(message);
    if (!parsed.success) return { refused: 'malformed message' } satisfies Refusal;
    return route.handle(parsed.data, sender);
  };
}

/** The member of a message union (discriminated on `type`) that validates messages of this type. */
export function memberFor<M extends { shape: { type: { def: { values: readonly unknown[] } } } }>(
  union: { def: { options: readonly M[] } },
  type: string,
): M {
  const member = union.def.options.find((option) => option.shape.type.def.values.includes(type));
  if (!member) throw new Error(`No schema for the message type ${type}`);
  return member;
}
