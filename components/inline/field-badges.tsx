import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../lib/model';
import { placeBadge, unionRect, type Rect } from './placement';
import { SEVERITY_LABEL, SeverityIcon, worstSeverity } from './severity';

type Props = {
  findings: Finding[];
  /** The page elements behind a claim path (`lines.1.code`); empty when the path has no field. */
  elementsFor(path: string): Element[];
};

type Placed = { path: string; field: Rect; badge: Rect; findings: Finding[] };

/**
 * A small badge beside each flagged field and a ring around it. Positions are read from layout only when
 * findings change or the page scrolls/resizes (once per frame), never inside observers.
 */
export function FieldBadges({ findings, elementsFor }: Props) {
  const [placed, setPlaced] = useState<Placed[]>([]);

  useEffect(() => {
    let frame = 0;
    const layout = () => {
      frame = 0;
      setPlaced(computePlacements(findings, elementsFor));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(layout);
    };
    layout();
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('scroll', schedule, opts);
    window.addEventListener('resize', schedule, opts);
    // The badge avoids the field being typed in, so move it when focus moves.
    document.addEventListener('focusin', schedule, opts);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, opts);
      window.removeEventListener('resize', schedule, opts);
      document.removeEventListener('focusin', schedule, opts);
    };
  }, [findings, elementsFor]);

  return (
    <div class="badges">
      {placed.map((p) => {
        const severity = worstSeverity(p.findings.map((f) => f.severity));
        const label = `${SEVERITY_LABEL[severity]}: ${p.findings.map((f) => f.message).join(' ')}`;
        return (
          <div key={p.path}>
            <div
              class={`ring ring--${severity}`}
              style={{
                left: `${p.field.left - 2}px`,
                top: `${p.field.top - 2}px`,
                width: `${p.field.width + 4}px`,
                height: `${p.field.height + 4}px`,
              }}
            />
            <span
              class={`badge badge--${severity}`}
              role="img"
              aria-label={label}
              title={label}
              data-badge-path={p.path}
              style={{ left: `${p.badge.left}px`, top: `${p.badge.top}px` }}
            >
              <SeverityIcon severity={severity} />
              {p.findings.length > 1 ? <span class="badge__count">{p.findings.length}</span> : null}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function computePlacements(findings: Finding[], elementsFor: (path: string) => Element[]): Placed[] {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const path of f.fields) {
      const list = byPath.get(path);
      if (list) list.push(f);
      else byPath.set(path, [f]);
    }
  }
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const active = document.activeElement;
  const focused = active && active !== document.body ? rectOf(active) : null;
  const out: Placed[] = [];
  for (const [path, list] of byPath) {
    const elements = elementsFor(path).filter((el) => el.isConnected);
    const field = unionRect(elements.map(rectOf));
    if (!field) continue;
    if (field.top + field.height < 0 || field.top > viewport.height) continue; // scrolled out of view
    out.push({ path, field, badge: placeBadge(field, viewport, focused), findings: list });
  }
  return out;
}

function rectOf(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
