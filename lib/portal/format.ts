/**
 * Format: what a located field expects when written (the autofill's side of the map): control kind,
 * single-box date format, year digits of split dates, pointer style, options, read-only.
 */
import { isRadio } from './candidates';
import { controlKind } from './collect';
import type { FieldFormat, FieldLayout, FieldTarget } from './types';

/** What a field expects when written (for the autofill). */
export function formatOf(
  elements: Element[],
  target?: FieldTarget,
  layout?: FieldLayout,
  singleDate = false,
): FieldFormat {
  const el = elements[0]!;
  const kind =
    el.localName === 'td' || el.localName === 'th'
      ? 'cell'
      : (controlKind(el) ?? (isRadio(el) ? 'radio' : 'text'));
  const format: FieldFormat = { control: kind };
  const max = Number(el.getAttribute('maxlength') ?? 0);
  if (max > 0 && max < 1000) format.maxLength = max;
  if (
    kind === 'hidden' ||
    kind === 'cell' ||
    elements.every(
      (e) =>
        e.hasAttribute('disabled') ||
        e.hasAttribute('readonly') ||
        e.getAttribute('aria-disabled') === 'true',
    )
  )
    format.readOnly = true;
  if (kind === 'text' && (el.getAttribute('role') === 'combobox' || el.hasAttribute('aria-autocomplete')))
    format.combobox = true;
  if (kind === 'select') {
    const options = Array.from((el as HTMLSelectElement).options ?? []).slice(0, 100);
    format.options = options.map((o) => ({
      value: o.value,
      label: (o.textContent ?? '').trim().slice(0, 80),
    }));
  }
  if (singleDate) {
    const hint = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('title') ?? ''}`.toUpperCase();
    format.date =
      kind === 'date'
        ? 'YYYY-MM-DD'
        : /MMDDYYYY/.test(hint) || max === 8
          ? 'MMDDYYYY'
          : /MM-DD-YYYY/.test(hint)
            ? 'MM-DD-YYYY'
            : /YYYY-MM-DD/.test(hint)
              ? 'YYYY-MM-DD'
              : /MM\/DD\/YY(?!YY)/.test(hint)
                ? 'MM/DD/YY'
                : 'MM/DD/YYYY';
  }
  if (layout?.kind === 'date-parts') {
    const i = layout.parts.indexOf('year');
    const yearEl = i >= 0 ? elements[i] : undefined;
    format.yearDigits = yearEl?.getAttribute('maxlength') === '2' ? 2 : 4;
  }
  if (target?.kind === 'line' && (target.key === 'modifiers' || target.key === 'pointers')) {
    if (!layout || layout.kind === 'single') format.multiple = true;
    if (target.key === 'pointers') {
      const words = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
      format.pointers =
        el.getAttribute('type') === 'checkbox'
          ? 'numbers'
          : /icd|code/i.test(words) && !(max > 0 && max <= 4)
            ? 'icd'
            : layout?.kind === 'slots' || /\b(1-4|1-12|number)/i.test(words)
              ? 'numbers'
              : 'letters';
    }
  }
  return format;
}
