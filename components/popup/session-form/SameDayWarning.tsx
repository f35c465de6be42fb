import type { Client } from '../../../lib/model';
import { longDate } from '../format';
import type { sameDayConflict } from './same-day';

type Props = {
  client: Client;
  date: string;
  conflict: NonNullable<ReturnType<typeof sameDayConflict>>;
  /** Only a visit still to come may move: a date of service that happened is a record, not a plan. */
  canMove: boolean;
  onMove: (date: string) => void;
};

/** The chiropractor or PT visit on the session's day, and (for a visit still to come) a day to move to. */
export function SameDayWarning({ client, date, conflict, canMove, onMove }: Props) {
  return (
    <div class="alert alert-warn same-day-warning" role="alert" data-testid="same-day-warning">
      <p>
        <strong>
          {client.firstName || 'This client'} sees a {conflict.providers.join(' and a ')} on {longDate(date)}.
        </strong>{' '}
        Many payers deny massage billed on the same day as chiropractic or physical therapy.
      </p>
      {canMove ? (
        <div class="btn-row">
          {conflict.before ? (
            <button type="button" class="btn btn-small" onClick={() => onMove(conflict.before!)}>
              Move to the day before ({conflict.before})
            </button>
          ) : null}
          {conflict.after ? (
            <button type="button" class="btn btn-small" onClick={() => onMove(conflict.after!)}>
              Move to the day after ({conflict.after})
            </button>
          ) : null}
        </div>
      ) : (
        <p class="small">
          This session already took place, so its date stays as it is: bill it with the other provider's visit
          in mind, or ask the payer.
        </p>
      )}
    </div>
  );
}
