import type { BalanceRow } from '../../lib/followup/outstanding';
import { formatMoney } from '../../lib/followup/money';
import { superbillUrl } from '../../lib/superbill/params';
import { fullName, usDate } from '../superbill/format';
import { ColumnHeads, Empty, plural, Section } from './parts';

/** What each client owes, with a superbill for the sessions it covers (no claim to edit here). */
export function BalancesSection({ balances }: { balances: BalanceRow[] }) {
  return (
    <Section
      id="balances"
      title="Balances clients owe"
      lead="Charges minus the client's payments, the insurer's payments and write-offs; for sessions the client pays for, and insured sessions the insurer has paid."
    >
      {balances.length === 0 ? (
        <Empty>No client owes anything.</Empty>
      ) : (
        <table class="fu-table">
          <ColumnHeads
            columns={[
              'Client',
              'Sessions',
              { label: 'Charged', num: true },
              { label: 'Insurer paid', num: true },
              { label: 'Written off', num: true },
              { label: 'Client paid', num: true },
              { label: 'Owes', num: true },
            ]}
          />
          <tbody>
            {balances.map((b) => (
              <tr key={b.clientId} data-balance-client={b.clientId}>
                <th scope="row">
                  {fullName(b.client ?? {}) || 'Unknown client'}
                  <div class="muted small">{b.selfPay ? 'Pays without insurance' : b.client?.payer.name}</div>
                </th>
                <td>
                  {plural(b.sessions.length, 'session')}
                  <div class="muted small">
                    {b.from === b.to ? usDate(b.from) : `${usDate(b.from)} – ${usDate(b.to)}`}
                  </div>
                </td>
                <td class="num">{formatMoney(b.charges)}</td>
                <td class="num">{formatMoney(b.insurerPaid)}</td>
                <td class="num">{formatMoney(b.adjustment)}</td>
                <td class="num">{formatMoney(b.clientPaid)}</td>
                <td class="num fu-owed">{formatMoney(b.owed)}</td>
                <td class="fu-actions">
                  <a
                    class="btn btn-small btn-link"
                    href={superbillUrl(b.clientId, b.from, b.to)}
                    target="_blank"
                    rel="noopener"
                    aria-label={`Superbill for ${fullName(b.client ?? {}) || 'this client'}, ${usDate(b.from)} to ${usDate(b.to)}`}
                  >
                    Superbill
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
