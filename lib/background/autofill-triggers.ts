import { E2E_EXTRA_MATCHES, KNOWN_PORTAL_MATCHES } from '../portal-hosts';
import { enabledSites } from './site-access';
import type { BackgroundToContent } from '../messages/protocol';

/** The manifest's command and our context-menu item (both named in lib/manifest.ts's words). */
export const FILL_COMMAND = 'fill-claim';
export const FILL_MENU_ID = 'mba-fill-claim';
const TRIGGER: BackgroundToContent = { type: 'autofill-trigger' };

/** The slice of the extension API the triggers use (the real `browser`, or a fake in tests). */
export type TriggerApi = {
  commands: { onCommand: { addListener(cb: (command: string, tab?: { id?: number }) => void): void } };
  contextMenus: {
    removeAll(): Promise<void>;
    create(props: {
      id: string;
      title: string;
      contexts: ['page', 'editable', 'frame'];
      documentUrlPatterns: string[];
    }): unknown;
    onClicked: {
      addListener(
        cb: (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => void,
      ): void;
    };
  };
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
};

/**
 * The two gestures besides our panel's button that start a fill: the keyboard command and the context
 * menu. Both only ask the content script of that tab (the context menu: of the frame clicked in) to run
 * the same fill its button runs; the fill itself stays in the page's frame, with its own checks.
 */
export function listenForFillTriggers(api: TriggerApi) {
  const send = (tabId: number | undefined, frameId?: number) => {
    if (tabId === undefined || tabId < 0) return;
    api.tabs
      .sendMessage(tabId, TRIGGER, frameId === undefined ? undefined : { frameId })
      .catch(() => undefined); // no claim form (no content script) in that tab or frame
  };
  api.commands.onCommand.addListener((command, tab) => {
    if (command === FILL_COMMAND) send(tab?.id);
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FILL_MENU_ID) send(tab?.id, info.frameId);
  });
  return { trigger: send };
}

/** The menu item, shown only on the pages the claim-form script runs on (known portals, enabled sites). */
export async function refreshFillMenu(api: TriggerApi, mode: string) {
  const { origins = [] } = await api.permissions.getAll();
  const patterns = [
    ...KNOWN_PORTAL_MATCHES,
    ...(mode === 'e2e' ? E2E_EXTRA_MATCHES : []),
    ...enabledSites(origins, mode),
  ];
  await api.contextMenus.removeAll();
  api.contextMenus.create({
    id: FILL_MENU_ID,
    title: 'Fill this claim from Massage Billing Assistant',
    contexts: ['page', 'editable', 'frame'],
    documentUrlPatterns: patterns,
  });
}
