import { BackupError } from '../../../lib/store/backup';
import type { LockState } from '../../../lib/store';

/** What the data section says after an action: a result, or why nothing changed. */
export type Message = { tone: 'ok' | 'error'; text: string; problems?: string[] };

export function messageOf(error: unknown): Message {
  return {
    tone: 'error',
    text: error instanceof Error ? error.message : String(error),
    ...(error instanceof BackupError && error.problems.length > 1
      ? { problems: error.problems.slice(1) }
      : {}),
  };
}

/** Saves text as a file through a download link (nothing leaves the computer). */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** What the data section gives each of its parts: the lock's state, whether an action runs, and `run`. */
export type DataPartProps = {
  lockState: LockState | undefined;
  busy: boolean;
  run: (work: () => Promise<Message | void>) => Promise<void>;
};
