import { describe, expect, it, vi } from 'vitest';
import {
  FILL_COMMAND,
  FILL_MENU_ID,
  listenForFillTriggers,
  refreshFillMenu,
  type TriggerApi,
} from './autofill-triggers';

function fakeApi(origins: string[] = []) {
  const listeners: {
    command?: (c: string, t?: { id?: number }) => void;
    menu?: (i: { menuItemId: string | number; frameId?: number }, t?: { id?: number }) => void;
  } = {};
  const sent: unknown[][] = [];
  const created: unknown[] = [];
  const api: TriggerApi = {
    commands: { onCommand: { addListener: (cb) => (listeners.command = cb) } },
    contextMenus: {
      removeAll: vi.fn(async () => undefined),
      create: (props) => created.push(props),
      onClicked: { addListener: (cb) => (listeners.menu = cb) },
    },
    tabs: { sendMessage: async (...args) => void sent.push(args) },
    permissions: { getAll: async () => ({ origins }) },
  };
  return { api, listeners, sent, created };
}

describe('the keyboard command and the context menu', () => {
  it('ask the tab (the menu: the frame clicked in) to run the fill; other commands and menus do nothing', () => {
    const { api, listeners, sent } = fakeApi();
    listenForFillTriggers(api);
    listeners.command!(FILL_COMMAND, { id: 7 });
    listeners.command!('something-else', { id: 7 });
    listeners.menu!({ menuItemId: FILL_MENU_ID, frameId: 3 }, { id: 8 });
    listeners.menu!({ menuItemId: 'other' }, { id: 8 });
    expect(sent).toEqual([
      [7, { type: 'autofill-trigger' }, undefined],
      [8, { type: 'autofill-trigger' }, { frameId: 3 }],
    ]);
  });

  it('the menu item shows on the known portals and the sites the person enabled, nowhere else', async () => {
    const { api, created } = fakeApi(['https://portal.example.com/*', 'https://*/*']);
    await refreshFillMenu(api, 'production');
    const patterns = (created[0] as { documentUrlPatterns: string[] }).documentUrlPatterns;
    expect(patterns).toContain('https://*.officeally.com/*');
    expect(patterns).toContain('https://portal.example.com/*');
    expect(patterns).not.toContain('https://*/*');
    expect(patterns).not.toContain('http://127.0.0.1/*');
  });
});
