import type { ComponentChildren } from 'preact';

export type StatusMessage = { tone: 'ok' | 'error'; text: string; details?: readonly string[] };

/** The outcome of an options-page action: a green or red box with the problems listed under it. */
export function StatusAlert({
  message,
  testId,
  children,
}: {
  message: StatusMessage;
  testId?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={`alert ${message.tone === 'ok' ? 'alert-ok' : 'alert-error'}`} data-testid={testId}>
      <p>{message.text}</p>
      {message.details?.length ? (
        <ul class="problems">
          {message.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
