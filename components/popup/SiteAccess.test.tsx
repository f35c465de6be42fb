import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccess } from './SiteAccess';

// The popup's "This site" row. The background's side is tested in lib/background/site-routes.test.ts;
// here: what the user sees, and that the permission request is the click handler's first act.

type Reply = Record<string, unknown>;

function setup(url: string, replies: Record<string, Reply>) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, url }] as never);
  const sent: Reply[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const m = message as Reply & { type: string };
    sent.push(m);
    return replies[m.type] as never;
  });
  return sent;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('SiteAccess', () => {
  it('offers to enable a portal that is not checked, asking the browser for that one site', async () => {
    const sent = setup('https://pip.autocarrier.com/claims/new', {
      'site-status': { kind: 'disabled', origin: 'https://pip.autocarrier.com/*' },
      'site-enabled': { ok: true, injected: true },
    });
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
    render(<SiteAccess />);
    const button = await screen.findByRole('button', { name: 'Enable on this site' });
    expect(screen.getByText(/pip\.autocarrier\.com/)).toBeTruthy();
    fireEvent.click(button);
    // Synchronously inside the click: no await happened before the request.
    expect(request).toHaveBeenCalledWith({ origins: ['https://pip.autocarrier.com/*'] });
    await screen.findByText('Claims on pip.autocarrier.com are checked from now on.');
    expect(sent).toContainEqual({ type: 'site-enabled', origin: 'https://pip.autocarrier.com/*', tabId: 42 });
  });

  it('says nothing changed when the user declines the browser prompt', async () => {
    const sent = setup('https://pip.autocarrier.com/', {
      'site-status': { kind: 'disabled', origin: 'https://pip.autocarrier.com/*' },
    });
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request: vi.fn(async () => false) };
    render(<SiteAccess />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    await screen.findByText('Access to pip.autocarrier.com was not granted. Nothing changed.');
    expect(sent.map((m) => m.type)).not.toContain('site-enabled');
  });

  it('shows a supported portal as checked, with nothing to click', async () => {
    setup('https://www.officeally.com/oa/x.aspx', {
      'site-status': { kind: 'built-in', origin: 'https://www.officeally.com/*' },
    });
    render(<SiteAccess />);
    await screen.findByText(/is a supported portal/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lets an enabled site be disabled', async () => {
    const sent = setup('https://pip.autocarrier.com/', {
      'site-status': { kind: 'enabled', origin: 'https://pip.autocarrier.com/*' },
      'site-disable': { ok: true },
    });
    render(<SiteAccess />);
    fireEvent.click(await screen.findByRole('button', { name: 'Disable on this site' }));
    await screen.findByText(/is no longer checked/);
    expect(sent).toContainEqual({ type: 'site-disable', origin: 'https://pip.autocarrier.com/*' });
  });

  it('shows nothing on pages no extension may touch', async () => {
    setup('chrome://settings/', { 'site-status': { kind: 'unsupported' } });
    const { container } = render(<SiteAccess />);
    await new Promise((r) => setTimeout(r, 10));
    expect(container.textContent).toBe('');
  });
});
