import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Escape closes the form, confirmation or editor that holds the focus: a listener on its own element,
 * so the innermost one closes first (it marks the event handled and the outer ones leave it alone).
 * Attached again after every render: the element may appear later (a confirmation once asked).
 */
export function useEscape(ref: RefObject<HTMLElement | null>, onEscape: (() => void) | undefined): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !latest.current) return;
      e.preventDefault();
      latest.current();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  });
}
