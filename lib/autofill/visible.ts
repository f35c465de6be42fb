/**
 * Whether a person can see a form control, right before the fill writes into it. A hostile page plants
 * boxes nobody sees (off screen, `opacity: 0`, 1 px, clipped away, inside a 0-size wrapper) so that a
 * fill hands it the member id, birth date or tax id; a fill writes only where the person can check what
 * was written. Chromium's and Firefox's `checkVisibility` cover `display`, `visibility`, `opacity` and
 * `content-visibility` on the element and its ancestors; the box's geometry covers the rest.
 */
const MIN_SIDE = 4; // px: a checkbox is 13; a 1-2 px box is meant not to be seen
const MAX_DEPTH = 60;

export function visibleToAPerson(el: Element): boolean {
  // Custom-drawn checkboxes and radios (MUI, Bootstrap) keep the real input at opacity 0 over the
  // drawing: what the person sees and clicks is its label or wrapper.
  if (/^(checkbox|radio)$/i.test(el.getAttribute('type') ?? '') && !boxVisible(el)) {
    const drawn = el.closest('label') ?? el.parentElement;
    return drawn !== null && boxVisible(drawn);
  }
  return boxVisible(el);
}

function boxVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (
    typeof check === 'function' &&
    !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
  )
    return false;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  let { left, top, right, bottom } = el.getBoundingClientRect();
  // Off the page: a person cannot scroll to the left of or above the document's origin.
  if (right + win.scrollX <= 0 || bottom + win.scrollY <= 0) return false;
  // What is left of the box once every ancestor that clips (overflow, clip-path, clip) has cut it.
  let depth = 0;
  for (let e: Element | null = el; e && depth < MAX_DEPTH; e = e.parentElement, depth++) {
    const style = win.getComputedStyle(e);
    if (style.clipPath && style.clipPath !== 'none') return false;
    if (style.opacity && parseFloat(style.opacity) < 0.1) return false; // where checkVisibility cannot tell
    if (style.clip && style.clip !== 'auto' && /absolute|fixed/.test(style.position)) return false;
    if (
      e !== el &&
      /hidden|clip|scroll|auto/.test(`${style.overflow} ${style.overflowX} ${style.overflowY}`)
    ) {
      const r = e.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
    if (right - left < MIN_SIDE || bottom - top < MIN_SIDE) return false;
  }
  return true;
}
