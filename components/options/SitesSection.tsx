import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteMessage, SiteReply } from '../../lib/messages/site';
import { KNOWN_PORTAL_MATCHES } from '../../lib/portal-hosts';

const send = (message: SiteMessage) => browser.runtime.sendMessage(message) as Promise<SiteReply>;
const hostOf = (pattern: string) => pattern.replace(/^(\*|https?):\/\//, '').replace(/\/\*$/, '');

/**
 * The portals claims are checked on: the built-in ones, and those enabled one by one from the popup,
 * each with a Disable button that gives the browser permission back.
 */
export function SitesSection() {
  const [sites, setSites] = useState<string[]>();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const load = () =>
    send({ type: 'site-list' }).then((reply) => setSites('sites' in reply ? reply.sites : []));
  useEffect(() => {
    void load();
    // Permissions change in the popup too: keep the list current.
    const refresh = () => void load();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const disable = async (origin: string) => {
    const reply = await send({ type: 'site-disable', origin });
    setMessage(
      'ok' in reply && reply.ok
        ? { tone: 'ok', text: `${hostOf(origin)} is no longer checked.` }
        : { tone: 'error', text: 'reason' in reply ? reply.reason : 'Could not disable the site.' },
    );
    await load();
  };

  return (
    <div class="data-section">
      <div class="data-row">
        <div>
          <h3>Always checked</h3>
          <p class="muted small">{KNOWN_PORTAL_MATCHES.map(hostOf).join(', ')}</p>
        </div>
      </div>
      <div class="data-row sites-enabled">
        <div>
          <h3>Enabled by you</h3>
          {sites === undefined ? (
            <p class="muted small">Loading…</p>
          ) : sites.length === 0 ? (
            <p class="muted small">
              None yet. To check claims on another portal, open it, click the extension's button and choose
              "Enable on this site".
            </p>
          ) : (
            <ul class="site-list">
              {sites.map((origin) => (
                <li key={origin} data-site={origin}>
                  <span>{hostOf(origin)}</span>
                  <button type="button" class="btn btn-small" onClick={() => void disable(origin)}>
                    Disable
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div role="status" aria-live="polite" class="data-status">
        {message ? (
          <div class={`alert ${message.tone === 'ok' ? 'alert-ok' : 'alert-error'}`}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
