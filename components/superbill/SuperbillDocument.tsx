import { formatMoney } from '../../lib/followup/money';
import { MASSAGE_THERAPIST_TAXONOMY } from '../../lib/model/practice';
import type { Superbill } from '../../lib/superbill/build';
import { addressLines, fullName, usDate } from './format';

const CLAIM_KIND_LABEL = {
  health: 'Health insurance',
  auto: 'Auto accident',
  'workers-comp': "Workers' compensation",
};

type Props = { superbill: Superbill; today: string; flaggedRows: ReadonlySet<number> };

/**
 * The printed superbill: one US Letter page for a month of weekly sessions. Everything on it is text
 * rendered by Preact (nothing from the records becomes markup).
 */
export function SuperbillDocument({ superbill, today, flaggedRows }: Props) {
  const { practice, client, totals } = superbill;
  const payer = client.payer;
  const injury = payer.claimKind !== 'health';
  const npis =
    practice.renderingNpi && practice.renderingNpi !== practice.billingNpi
      ? [
          ['NPI (billing)', practice.billingNpi],
          ['NPI (therapist)', practice.renderingNpi],
        ]
      : [['NPI', practice.billingNpi || practice.renderingNpi]];
  const period =
    superbill.period.from === superbill.period.to
      ? usDate(superbill.period.from)
      : `${usDate(superbill.period.from)} – ${usDate(superbill.period.to)}`;

  return (
    <article class="sheet" aria-label="Superbill">
      <header class="sb-head">
        <div class="sb-practice">
          <p class="sb-practice__name">{practice.name || 'Practice name missing'}</p>
          {addressLines(practice.address).map((line) => (
            <p key={line}>{line}</p>
          ))}
          {practice.phone ? <p>Phone {practice.phone}</p> : null}
        </div>
        <div class="sb-title">
          <h1>Superbill</h1>
          <p>Itemized statement for insurance reimbursement</p>
          <dl class="sb-kv sb-kv--right">
            <dt>Statement date</dt>
            <dd>{usDate(today)}</dd>
            <dt>Dates of service</dt>
            <dd>{period}</dd>
          </dl>
        </div>
      </header>

      <dl class="sb-ids">
        {npis.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
        <div>
          <dt>Tax ID ({practice.taxIdKind})</dt>
          <dd>{practice.taxIdShown || '—'}</dd>
        </div>
        <div>
          <dt>License</dt>
          <dd>{[practice.licenseState, practice.licenseNumber].filter(Boolean).join(' ') || '—'}</dd>
        </div>
        <div>
          <dt>Taxonomy</dt>
          <dd>
            {practice.taxonomy || '—'}
            {practice.taxonomy === MASSAGE_THERAPIST_TAXONOMY ? ' (Massage Therapist)' : ''}
          </dd>
        </div>
      </dl>

      <div class="sb-parties">
        <section aria-labelledby="sb-client">
          <h2 id="sb-client">Client</h2>
          <p class="sb-strong">{fullName(client) || 'Name missing'}</p>
          <dl class="sb-kv">
            <dt>Date of birth</dt>
            <dd>{usDate(client.birthDate) || '—'}</dd>
            <dt>Address</dt>
            <dd>{addressLines(client.address).join(', ') || '—'}</dd>
            {client.phone ? (
              <>
                <dt>Phone</dt>
                <dd>{client.phone}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="sb-insurance">
          <h2 id="sb-insurance">Insurance</h2>
          <p class="sb-strong">{payer.name || 'Insurer not on file'}</p>
          <dl class="sb-kv">
            <dt>Member ID</dt>
            <dd>{payer.memberId || '—'}</dd>
            {payer.groupNumber ? (
              <>
                <dt>Group</dt>
                <dd>{payer.groupNumber}</dd>
              </>
            ) : null}
            {injury ? (
              <>
                <dt>Coverage</dt>
                <dd>{CLAIM_KIND_LABEL[payer.claimKind]}</dd>
                <dt>Claim number</dt>
                <dd data-field="claim-number">{payer.claimNumber || '—'}</dd>
                <dt>Date of injury</dt>
                <dd data-field="date-of-injury">{usDate(payer.dateOfInjury) || '—'}</dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>

      <section class="sb-block" aria-labelledby="sb-referral">
        <h2 id="sb-referral">Referring provider</h2>
        {superbill.referrals.length === 0 ? (
          <p>No prescription on file.</p>
        ) : (
          <ul class="sb-plain">
            {superbill.referrals.map((r) => (
              <li key={`${r.prescriber}|${r.writtenOn}`}>
                <span class="sb-strong">{r.prescriber}</span>
                {` · NPI ${r.npi || '—'} · Prescription dated ${usDate(r.writtenOn)}`}
                {r.expiresOn ? `, valid through ${usDate(r.expiresOn)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="sb-block" aria-labelledby="sb-dx">
        <h2 id="sb-dx">Diagnoses (ICD-10-CM)</h2>
        {superbill.diagnoses.length === 0 ? (
          <p>None on file.</p>
        ) : (
          <ol class="sb-dx">
            {superbill.diagnoses.map((d) => (
              <li key={d.code}>
                <span class="sb-dx__letter">{d.letter}</span>
                <span class="sb-code">{d.code}</span> {d.description}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="sb-block" aria-labelledby="sb-services">
        <h2 id="sb-services">Services</h2>
        <table class="sb-lines">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Place</th>
              <th scope="col">CPT</th>
              <th scope="col">Description</th>
              <th scope="col">Modifiers</th>
              <th scope="col">Dx</th>
              <th scope="col" class="num">
                Units
              </th>
              <th scope="col" class="num">
                Charge
              </th>
            </tr>
          </thead>
          <tbody>
            {superbill.lines.map((line) => (
              <tr
                key={`${line.sessionId}-${line.row}`}
                class={flaggedRows.has(line.row) ? 'flagged' : undefined}
                data-row={line.row}
                data-session={line.sessionId}
              >
                <td>{usDate(line.date)}</td>
                <td>
                  {line.placeOfService}
                  {line.placeLabel ? <span class="sb-muted"> {line.placeLabel}</span> : null}
                </td>
                <td class="sb-code">{line.code || '—'}</td>
                <td>{line.description}</td>
                <td>{line.modifiers.join(', ') || '—'}</td>
                <td>{line.diagnosisLetters.join(', ') || '—'}</td>
                <td class="num">{line.units}</td>
                <td class="num">{formatMoney(line.charge)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div class="sb-money">
        <section aria-labelledby="sb-payments">
          <h2 id="sb-payments">Payments received</h2>
          {superbill.payments.length === 0 ? (
            <p>No payment received yet.</p>
          ) : (
            <table class="sb-payments">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Paid by</th>
                  <th scope="col" class="num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {superbill.payments.map((p, i) => (
                  <tr key={`${p.date}-${i}`}>
                    <td>{usDate(p.date)}</td>
                    <td>{p.method}</td>
                    <td class="num">{formatMoney(p.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="sb-totals">
          <h2 id="sb-totals">Summary</h2>
          <dl class="sb-totals">
            <dt>Total charged</dt>
            <dd data-total="charged">{formatMoney(totals.charged)}</dd>
            <dt>Paid by client</dt>
            <dd data-total="client-paid">{formatMoney(totals.clientPaid)}</dd>
            {totals.insurerPaid ? (
              <>
                <dt>Paid by insurer</dt>
                <dd data-total="insurer-paid">{formatMoney(totals.insurerPaid)}</dd>
              </>
            ) : null}
            {totals.adjustments ? (
              <>
                <dt>Insurer adjustments</dt>
                <dd data-total="adjustments">{formatMoney(totals.adjustments)}</dd>
              </>
            ) : null}
            <dt class="sb-balance">Balance due</dt>
            <dd class="sb-balance" data-total="balance">
              {formatMoney(totals.balance)}
            </dd>
          </dl>
        </section>
      </div>

      <footer class="sb-sign">
        <p>
          I certify that the services listed above were provided by me or under my supervision, on the dates
          shown.
        </p>
        <div class="sb-sign__lines">
          <div class="sb-sign__line">
            <span class="sb-sign__rule" aria-hidden="true" />
            <span>Provider signature</span>
          </div>
          <div class="sb-sign__line sb-sign__line--date">
            <span class="sb-sign__rule" aria-hidden="true" />
            <span>Date</span>
          </div>
        </div>
        <p class="sb-muted">
          To the client: send this statement to your insurer with its claim form to ask for reimbursement.
        </p>
      </footer>
    </article>
  );
}
