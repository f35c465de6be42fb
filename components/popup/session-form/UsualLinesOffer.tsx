import type { Session } from '../../../lib/model';
import { codesOf } from '../format';
import { formatDate } from '../../shared/dates';

type Props = {
  usual: Session | undefined;
  skippedDenied: Session | undefined;
  onUse: (session: Session) => void;
};

/**
 * A new session's offer of the client's usual lines: shown, never copied until the person says so.
 * When the latest session was denied, says its lines are not the ones offered (and why).
 */
export function UsualLinesOffer({ usual, skippedDenied, onUse }: Props) {
  if (!usual && !skippedDenied) return null;
  return (
    <div class="alert alert-info usual-lines" data-testid="usual-lines">
      {usual ? (
        <p>
          Usual lines (from {formatDate(usual.date)}): <strong>{codesOf(usual)}</strong>.{' '}
          <button
            type="button"
            class="btn btn-small"
            data-action="use-usual-lines"
            onClick={() => onUse(usual)}
          >
            Use these lines
          </button>
        </p>
      ) : null}
      {skippedDenied ? (
        <p class="small">
          Not the lines of {formatDate(skippedDenied.date)}: that claim was denied
          {skippedDenied.denialCodes.length ? ` (${skippedDenied.denialCodes.join(', ')})` : ''}, so its codes
          are not offered again.
        </p>
      ) : null}
    </div>
  );
}
