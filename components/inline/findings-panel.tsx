import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../lib/model';
import { intersects } from './placement';
import { SEVERITY_LABEL, SeverityIcon } from './severity';

export type PanelActions = {
  /** Put focus on the field a finding is about (only ever on the user's click). */
  focusFinding(finding: Finding): void;
};

/** `checking` until the first answer; `unavailable` when the background cannot be reached. */
export type CheckerState = 'checking' | 'ready' | 'unavailable';

type Props = {
  findings: Finding[];
  /** Lines past the background's limit (50, the most an 837P claim holds), not checked. */
  unchecked?: number;
  state: CheckerState;
  actions: PanelActions;
  /** Called after every render: the panel may have moved (the fill controls' gate looks again). */
  onLayout?: () => void;
  children?: ComponentChildren;
};

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.lines.join(',')}|${f.fields.join(',')}|${f.message}`;
}

/** "Line 2" / "Lines 1, 2": rows are 0-based in the claim, people count from 1. */
export function describeLines(lines: number[]): string {
  if (lines.length === 0) return 'Claim';
  const human = [...new Set(lines)].sort((a, b) => a - b).map((r) => r + 1);
  return `${human.length === 1 ? 'Line' : 'Lines'} ${human.join(', ')}`;
}

function countBy(findings: Finding[]) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function summary(findings: Finding[]): string {
  const c = countBy(findings);
  const parts = [
    c.error ? `${c.error} ${c.error === 1 ? 'error' : 'errors'}` : '',
    c.warning ? `${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'}` : '',
    c.info ? `${c.info} ${c.info === 1 ? 'note' : 'notes'}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No problems found';
}

/**
 * The movable, collapsible list of every finding with its fix. New findings are announced through a
 * polite live region; nothing here takes focus on its own.
 */
export function FindingsPanel({ findings, unchecked = 0, state, actions, onLayout, children }: Props) {
  useEffect(() => onLayout?.());
  // Starts as its header alone while nothing is an error (the claim may be fine: stay out of the way);
  // opens by itself at the first error; once the person opens or closes it, their choice holds.
  const [chosen, setCollapsed] = useState<boolean | null>(null);
  const hasError = findings.some((f) => f.severity === 'error');
  const collapsed = chosen ?? (state !== 'unavailable' && !hasError);
  const [side, setSide] = useState<'right' | 'left'>('right');
  const [edge, setEdge] = useState<'bottom' | 'top'>('bottom');
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const announcement = useAnnouncement(findings);
  const drag = useRef<{ dx: number; dy: number } | null>(null);
  const panelRef = useRef<HTMLElement>(null);

  // Never cover the field being typed in, nor the controls beside it (a portal's "Add line" button next
  // to the last box): when focus lands on a field whose surroundings are under the panel, the panel goes
  // to the other side, or, when the field's row is as wide as the page, to the other edge (top or bottom).
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const panel = panelRef.current;
      const target = event.target;
      if (!panel || !(target instanceof Element) || panel.getRootNode() === target.getRootNode()) return;
      const a = panel.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      const n = NEIGHBOURHOOD;
      const zone = { left: b.left - n, top: b.top - n, width: b.width + 2 * n, height: b.height + 2 * n };
      if (!intersects(a, zone)) return;
      setOffset(null);
      const left = side === 'right' ? 12 : window.innerWidth - 12 - a.width;
      if (!intersects({ left, top: a.top, width: a.width, height: a.height }, zone))
        setSide(side === 'right' ? 'left' : 'right');
      else setEdge((current) => (current === 'bottom' ? 'top' : 'bottom'));
    };
    document.addEventListener('focusin', onFocus, true);
    return () => document.removeEventListener('focusin', onFocus, true);
  }, [side]);

  const onPointerDown = (e: PointerEvent) => {
    if ((e.target as Element).closest('button')) return;
    const panel = (e.currentTarget as HTMLElement).closest('.panel') as HTMLElement;
    const r = panel.getBoundingClientRect();
    drag.current = { dx: e.clientX - r.left, dy: e.clientY - r.top };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag.current) return;
    const x = Math.max(0, Math.min(window.innerWidth - 120, e.clientX - drag.current.dx));
    const y = Math.max(0, Math.min(window.innerHeight - 40, e.clientY - drag.current.dy));
    setOffset({ x, y });
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const visible = useVisibleFrameArea();
  const area = visible ?? { top: 0, bottom: window.innerHeight };
  // At most about 40 % of what the person sees of the form, so most of it stays in view.
  const maxHeight = `${Math.max(160, Math.round((area.bottom - area.top) * 0.4))}px`;
  const style = offset
    ? { left: `${offset.x}px`, top: `${offset.y}px`, right: 'auto', bottom: 'auto' }
    : edge === 'top'
      ? { top: `${area.top + 12}px`, bottom: 'auto', maxHeight }
      : { bottom: `${Math.max(12, window.innerHeight - area.bottom + 12)}px`, maxHeight };
  const worst = hasError ? 'error' : findings.length ? 'warning' : 'ok';
  const moveLabel = side === 'right' ? 'Move panel to the left' : 'Move panel to the right';
  const toggleLabel = collapsed ? 'Show findings' : 'Hide findings';

  return (
    <section
      ref={panelRef}
      class={`panel panel--${side} panel--${worst}${collapsed ? ' panel--collapsed' : ''}`}
      style={style}
      aria-label="Claim check by Massage Billing Assistant"
      data-mba-panel=""
    >
      <header
        class="panel__header"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        title="Drag to move"
      >
        <span class="panel__heading">
          <span class="panel__title" data-t="Claim check" />
          <span
            class="panel__summary"
            data-t={
              state === 'ready' ? summary(findings) : state === 'checking' ? 'Checking…' : 'Not checked'
            }
          />
        </span>
        <button
          type="button"
          class="panel__btn"
          onClick={() => {
            setOffset(null);
            setSide(side === 'right' ? 'left' : 'right');
          }}
          aria-label={moveLabel}
          title={moveLabel}
        >
          {side === 'right' ? '⇤' : '⇥'}
        </button>
        <button
          type="button"
          class="panel__btn"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
          aria-label={toggleLabel}
          title={toggleLabel}
        >
          {collapsed ? '▴' : '▾'}
        </button>
      </header>
      <div class="panel__body" hidden={collapsed}>
        {state === 'unavailable' ? (
          <p
            class="panel__empty"
            role="alert"
            data-t="Not checked: the extension was updated or restarted. Reload this page."
          />
        ) : state === 'checking' ? (
          <p class="panel__empty" data-t="Checking the claim…" />
        ) : findings.length === 0 ? (
          <p class="panel__empty" data-t="Nothing a payer would deny on what is typed so far." />
        ) : (
          <ul class="findings">
            {findings.map((f) => (
              <li
                key={findingKey(f)}
                class={`finding finding--${f.severity}`}
                data-finding-rule={f.rule}
                data-finding-lines={f.lines.join(' ')}
              >
                <button
                  type="button"
                  class="finding__go"
                  onClick={() => actions.focusFinding(f)}
                  disabled={f.fields.length === 0}
                  title={f.fields.length ? 'Go to the field' : undefined}
                >
                  <span class="finding__head">
                    <SeverityIcon severity={f.severity} />
                    <span class="finding__sev" data-t={SEVERITY_LABEL[f.severity]} />
                    <span class="finding__where" data-t={describeLines(f.lines)} />
                  </span>
                  <span class="finding__msg" data-t={f.message} />
                </button>
                {f.fix ? (
                  <p class="finding__fix">
                    <strong data-t="Fix:" /> <span data-t={f.fix} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {state === 'ready' && unchecked > 0 ? (
          <p
            class="panel__note"
            data-mba-unchecked={unchecked}
            data-t={`Lines after the 50th not checked (${unchecked}): a claim holds at most 50. Split it.`}
          />
        ) : null}
      </div>
      {children ? <div class="panel__foot">{children}</div> : null}
      <div class="sr-only" role="status" data-t={announcement} />
    </section>
  );
}

/** How far around the focused box the panel keeps clear: the box's neighbours and its row's buttons. */
const NEIGHBOURHOOD = 40;

/**
 * In a frame taller than the window (Office Ally's claim form lives in an iframe sized to the whole form,
 * and the portal page scrolls), "the bottom of the viewport" is off screen. The part of this frame the
 * person can see, from an IntersectionObserver on the document (it works for cross-origin frames too, in
 * 1 % steps): the panel docks to the bottom of that part. Null at the top level or when all is visible.
 */
function useVisibleFrameArea(): { top: number; bottom: number } | null {
  const [area, setArea] = useState<{ top: number; bottom: number } | null>(null);
  useEffect(() => {
    if (window === window.top || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        const r = entry.intersectionRect;
        const all = r.top <= 0 && r.bottom >= window.innerHeight - 1;
        setArea(
          !entry.isIntersecting || all
            ? null
            : { top: Math.max(0, r.top), bottom: Math.min(window.innerHeight, r.bottom) },
        );
      },
      { threshold: Array.from({ length: 101 }, (_, i) => i / 100) },
    );
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, []);
  return area;
}

/** Text for the live region: only findings that were not there on the previous render. */
function useAnnouncement(findings: Finding[]): string {
  const seen = useRef<Set<string>>(new Set());
  const [text, setText] = useState('');
  useEffect(() => {
    const keys = new Set(findings.map(findingKey));
    const fresh = findings.filter((f) => !seen.current.has(findingKey(f)));
    seen.current = keys;
    if (fresh.length) {
      setText(fresh.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message}`).join(' '));
    }
  }, [findings]);
  return text;
}
