/**
 * Which session a fill uses, and how clients and sessions are shown to choose from. Pure; runs in the
 * background. People are told apart by name and birth year only: the page hosting our panel never gets
 * more than that, and nothing else about the list.
 */
import type { Session } from '../model';
import { displayName } from '../store/summary';

/** The default session: one dated on a date the form already shows, else the latest unbilled one to date. */
export function defaultSession(sessions: readonly Session[], formDates: readonly string[], today: string) {
  const byDateDesc = [...sessions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    byDateDesc.find((s) => formDates.includes(s.date)) ??
    byDateDesc.find((s) => (s.status === 'done' || s.status === 'scheduled') && s.date <= today)
  );
}

/** The sessions offered in the panel: newest first, at most 12 (plus the chosen one). */
export function sessionChoices(sessions: readonly Session[], chosen?: string) {
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const list = sorted.slice(0, 12);
  const extra =
    chosen && !list.some((s) => s.id === chosen) ? sorted.find((s) => s.id === chosen) : undefined;
  return [...list, ...(extra ? [extra] : [])].map((s) => ({ id: s.id, label: sessionLabel(s) }));
}

export function sessionLabel(s: Session): string {
  const [y, m, d] = s.date.split('-');
  const codes = s.lines.map((l) => l.code).filter(Boolean);
  return `${m}/${d}/${y} · ${codes.length ? codes.join(', ') : 'no codes'} · ${s.status}`;
}

type Named = { id?: string; firstName?: string; lastName?: string; birthDate?: string };

/**
 * "Rivera, Dana"; with the birth year only when another client of the practice has the same name, so
 * that the two can be told apart: a page that reads our picker learns no birth year it did not need.
 */
export function clientLabel(c: Named, practiceClients: readonly Named[] = []): string {
  const name = displayName(c);
  const key = name.toLowerCase();
  const shared = practiceClients.some((o) => o.id !== c.id && displayName(o).toLowerCase() === key);
  return shared && c.birthDate ? `${name} (born ${c.birthDate.slice(0, 4)})` : name;
}
