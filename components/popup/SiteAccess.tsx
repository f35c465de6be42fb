import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteMessage, SiteReply, SiteStatus } from '../../lib/messages/site';

/**
 * "This site" in the popup: on a portal the extension does not cover yet, one click asks the
 * browser for that site only; "Check this page once" uses the click's temporary access (activeTab)
 * instead. The permission request is the first thing the click handler does: browsers accept it only
 * there, before any await.
 */
const send = (message: SiteMessage) => browser.runtime.sendMessage(message) as Promise<SiteReply>;

/** The tab the popup acts on: the active tab, or `?tab=<id>` when the popup is opened as a page (tests). */
async function currentTab(): Promise<{ id: number; url?: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function SiteAccess() {
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [status, setStatus] = useState<SiteStatus>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const refresh = async (t = tab) => {
    if (!t) return;
    setStatus((await send({ type: 'site-status', url: t.url ?? '' })) as SiteStatus);
  };
  useEffect(() => {
    currentTab()
      .then((t) => {
        setTab(t);
        return refresh(t);
      })
      .catch(() => setStatus({ kind: 'unsupported' }));
  }, []);

  if (!tab || !status || status.kind === 'unsupported') return null;
  const host = 'origin' in status ? new URL(status.origin.replace('/*', '/')).host : '';

  const enable = () => {
    if (status.kind !== 'disabled') return;
    const origin = status.origin;
    // First statement of the click handler: the browser shows its prompt for this one site.
    void browser.permissions.request({ origins: [origin] }).then(async (granted) => {
      if (!granted) {
        setMessage({ kind: 'error', text: `Access to ${host} was not granted. Nothing changed.` });
        return;
      }
      const reply = (await send({ type: 'site-enabled', origin, tabId: tab.id })) as SiteReply;
      setMessage(
        'ok' in reply && reply.ok
          ? { kind: 'ok', text: `Claims on ${host} are checked from now on.` }
          : { kind: 'error', text: 'reason' in reply ? reply.reason : 'Could not enable this site.' },
      );
      await refresh();
    });
  };
  const disable = async () => {
    if (status.kind !== 'enabled') return;
    const reply = await send({ type: 'site-disable', origin: status.origin });
    setMessage(
      'ok' in reply && reply.ok
        ? { kind: 'ok', text: `${host} is no longer checked. Reload its pages to remove the panel.` }
        : { kind: 'error', text: 'reason' in reply ? reply.reason : 'Could not disable this site.' },
    );
    await refresh();
  };
  const checkOnce = async () => {
    const reply = await send({ type: 'site-check-once', tabId: tab.id });
    setMessage(
      'ok' in reply && reply.ok
        ? { kind: 'ok', text: 'This page is being checked until it is reloaded.' }
        : { kind: 'error', text: 'reason' in reply ? reply.reason : 'This page cannot be checked.' },
    );
  };

  return (
    <section class="site-access" aria-label="This site" data-site-status={status.kind}>
      <p class="site-access__host">
        <strong>{host}</strong>{' '}
        {status.kind === 'built-in'
          ? 'is a supported portal: claims here are checked.'
          : status.kind === 'enabled'
            ? 'is enabled: claims here are checked.'
            : 'is not checked.'}
      </p>
      {status.kind === 'disabled' ? (
        <div class="btn-row">
          <button type="button" class="btn btn-primary btn-small" data-action="enable-site" onClick={enable}>
            Enable on this site
          </button>
          <button
            type="button"
            class="btn btn-small"
            data-action="check-once"
            onClick={() => void checkOnce()}
          >
            Check this page once
          </button>
        </div>
      ) : null}
      {status.kind === 'enabled' ? (
        <button type="button" class="btn btn-small" data-action="disable-site" onClick={() => void disable()}>
          Disable on this site
        </button>
      ) : null}
      <p
        role="status"
        class={message ? `alert alert-${message.kind === 'ok' ? 'ok' : 'error'}` : 'form-status'}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
