import { useEffect } from 'preact/hooks';
import { OPTIONS_SECTIONS, type OptionsSection } from './sections';

/**
 * A link to `options.html#practice` (the popup's "add it in Settings, Practice") lands on that section:
 * the browser's own jump to the hash happens before the page has drawn, so it is done again here,
 * moving focus to the section's heading for keyboard and screen-reader users.
 */
function useSectionFromHash() {
  useEffect(() => {
    const go = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const heading = id ? document.getElementById(`${id}-title`) : null;
      if (!heading) return;
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    };
    go();
    addEventListener('hashchange', go);
    return () => removeEventListener('hashchange', go);
  }, []);
}

/** The options page: a table of contents, then one card per registered section. */
export function OptionsApp({ sections = OPTIONS_SECTIONS }: { sections?: OptionsSection[] }) {
  useSectionFromHash();
  return (
    <div class="options">
      <header class="options-header">
        <h1>Massage Billing Assistant: settings and data</h1>
        <p class="muted privacy-note">
          Your records stay in this browser, on this computer; nothing is sent anywhere.{' '}
          <a href="privacy.html" target="_blank" rel="noopener" data-link="privacy">
            Privacy policy
          </a>
        </p>
        <nav aria-label="Sections">
          <ul class="toc">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {sections.map(({ id, title, description, Component }) => (
          <section key={id} id={id} class="options-section" aria-labelledby={`${id}-title`} data-section={id}>
            <h2 id={`${id}-title`} tabIndex={-1}>
              {title}
            </h2>
            {description ? <p class="muted section-description">{description}</p> : null}
            <Component />
          </section>
        ))}
      </main>
    </div>
  );
}
