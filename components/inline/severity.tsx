import type { Severity } from '../../lib/model';

/** Severity is shown by shape and word as well as colour (never colour alone). */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  // Octagon for errors, triangle for warnings, circle for notes: distinguishable without colour.
  const shape =
    severity === 'error' ? (
      <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" />
    ) : severity === 'warning' ? (
      <polygon points="8,1 15,15 1,15" />
    ) : (
      <circle cx="8" cy="8" r="7" />
    );
  const mark = severity === 'info' ? 'i' : '!';
  return (
    <svg
      class={`sev-icon sev-icon--${severity}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
    >
      {shape}
      <text x="8" y={severity === 'warning' ? 13.5 : 12} text-anchor="middle">
        {mark}
      </text>
    </svg>
  );
}

export function worstSeverity(severities: Severity[]): Severity {
  if (severities.includes('error')) return 'error';
  if (severities.includes('warning')) return 'warning';
  return 'info';
}
