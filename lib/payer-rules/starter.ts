import type { PayerRule } from '../model/settings';

/**
 * Payer rules a practice can start from, for payers massage practices bill. Each value is here only
 * because a public source states it (docs/reference/domain.md sections 8 and 10); nothing is guessed.
 * Contracts differ: the options page says to check each value against the practice's own contract.
 *
 * Not sourced, so left out: visits per year for any payer (plan by plan), covered-code lists, the unit
 * rule of commercial payers, Blue Cross Blue Shield plans' filing limits (180 days to a year, plan by
 * plan), Aetna's and Cigna's modifier rules, Washington L&I's filing limit and code list, auto and PIP
 * carriers (state and carrier specific). Medicare is not offered: its one-year limit and the CMS
 * 8-minute rule are the practice defaults already.
 */
export type StarterSource = { value: string; source: string; url: string };
export type StarterRule = { rule: PayerRule; sources: StarterSource[] };

const MEDCLAIMS = {
  source: 'MedClaims LLC, commercial timely filing limits',
  url: 'https://www.medclaimsllc.com/blogs/timely-filing-is-vital-for-physicians-and-medical-billing-companies/',
};

/**
 * UnitedHealthcare's "always therapy" codes among those a massage claim can carry: the codes its
 * Procedure to Modifier policy lists (97012-97036, 97110-97124, 97140, 97150, 97161-97163, 97530, G0283).
 */
const UHC_ALWAYS_THERAPY = [
  '97124',
  '97140',
  '97110',
  '97112',
  '97113',
  '97116',
  '97530',
  '97150',
  '97161',
  '97162',
  '97163',
  '97012',
  '97018',
  '97022',
  '97026',
  '97032',
  '97033',
  '97034',
  '97035',
  '97036',
  'G0283',
];

export const STARTER_PAYER_RULES: readonly StarterRule[] = [
  {
    rule: {
      payerName: 'UnitedHealthcare',
      filingLimitDays: 90,
      requiredModifiers: [{ codes: UHC_ALWAYS_THERAPY, modifier: 'GP' }],
    },
    sources: [
      {
        value: 'GP on "always therapy" codes (97124, 97140...), claims without it not processed',
        source: 'UnitedHealthcare commercial reimbursement policy; AOTA; NYSCA',
        url: 'https://www.uhcprovider.com/en/policies-protocols/commercial-policies/commercial-reimbursement-policies/COMM-Physical-Med-Rehab-PT-OT-and-Evaluation-Mgmt-Policy.html',
      },
      { value: 'filing limit 90 days (participating providers)', ...MEDCLAIMS },
    ],
  },
  {
    rule: { payerName: 'Aetna', filingLimitDays: 120 },
    sources: [{ value: 'filing limit 120 days', ...MEDCLAIMS }],
  },
  {
    rule: { payerName: 'Cigna', filingLimitDays: 90 },
    sources: [{ value: 'filing limit 90 days (participating providers)', ...MEDCLAIMS }],
  },
  {
    rule: { payerName: 'Anthem', filingLimitDays: 90 },
    sources: [{ value: 'filing limit 90 days (since 1 October 2019)', ...MEDCLAIMS }],
  },
  {
    rule: { payerName: 'Washington L&I', requiresRx: true },
    sources: [
      {
        value: "prescription required: massage only on the attending doctor's written orders",
        source: 'WAC 296-23-250 (Washington workers\u2019 compensation)',
        url: 'https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20296%20%20TITLE/WAC%20296%20-%2023%20%20CHAPTER/WAC%20296%20-%2023%20-250.htm',
      },
    ],
  },
];
