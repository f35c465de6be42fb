/**
 * What an earlier build (layout v1) left in `browser.storage.local`: the practice with one NPI, a yes/no
 * 8-minute rule, and every client in one `clients` array with their referrals and visits inside,
 * dates as the front desk typed them. Real-looking, with the rough edges real data has.
 */
export const V1_PRACTICE = {
  name: 'Lakeside Massage Therapy',
  npi: '1558598797',
  ein: '36-1234567',
  license: '227.012345',
  licenseState: 'il',
  street: '400 N Lake Shore Dr',
  street2: 'Suite 210',
  city: 'Chicago',
  state: 'IL',
  zip: '60611',
  phone: '(312) 555-0142',
};

export const V1_SETTINGS = { eightMinuteRule: false, filingDays: '180' };

export const V1_CLIENTS = [
  {
    id: 'k3f9a1',
    first: 'Maria',
    last: 'Garcia',
    dob: '03/14/1979',
    phone: '312-555-0187',
    street: '1418 W Oak St',
    city: 'Chicago',
    state: 'IL',
    zip: '60622',
    insurance: {
      carrier: 'Blue Cross Blue Shield of Illinois',
      memberNumber: 'XOF 123456789',
      groupNumber: '245610',
      kind: 'health',
    },
    eligibility: { checked: '11/02/2026', note: 'Deductible met. $20 copay. 20 visits/yr.' },
    referrals: [
      {
        doctorFirst: 'Alicia',
        doctorLast: 'Nguyen',
        doctorCredentials: 'M.D.',
        doctorNpi: '1558598797',
        dated: '9/15/2026',
        expires: '03/15/2027',
        visits: '12',
        dx: 'M545, m62.830',
        frequency: '1x/week',
      },
    ],
    otherProviders: [{ date: '11/20/2026', type: 'chiro', note: 'Dr. Price adjusts Thursdays' }],
    visits: [
      {
        date: '10/02/2026',
        minutes: 60,
        status: 'paid',
        soap: true,
        services: [{ cpt: '97124', units: 4, mods: 'GP', fee: '$120.00' }],
        billed: '10/03/2026',
        paid: '96.40',
      },
      {
        date: '10/09/2026',
        minutes: '45',
        status: 'denied',
        soap: true,
        services: [
          { cpt: '97124', units: '2', fee: 60 },
          { cpt: '97140', units: 1, mods: 'GP 59', fee: '45' },
        ],
        billed: '10/10/2026',
        denial: 'CO-97, CO-50',
      },
      { date: '11/26/2026', minutes: 60, status: 'scheduled' },
    ],
  },
  {
    id: 'k3f9a2',
    first: 'James',
    last: "O'Brien",
    dob: '7/4/1962',
    phone: '(773) 555-0112',
    insurance: {
      carrier: 'State Farm',
      memberNumber: '13-4455-B',
      kind: 'auto',
      carrierClaim: 'SF-22-98812',
      injuryDate: '08/30/2026',
    },
    referrals: [
      {
        doctorFirst: 'Samuel',
        doctorLast: 'Price',
        doctorCredentials: 'DC',
        doctorNpi: '1234567893',
        dated: '09/05/2026',
        visits: 24,
        dx: ['S13.4XXD', 'M54.2'],
      },
    ],
    visits: [
      {
        date: '09/12/2026',
        minutes: 30,
        status: 'completed',
        soap: false,
        pos: '12',
        services: [{ cpt: '97140', units: 2, fee: '$90' }],
      },
    ],
    notes: 'Prefers afternoon appointments',
  },
  {
    id: 'k3f9a3',
    first: 'Linda',
    last: 'Núñez',
    // Typed wrong in the earlier build; it must survive the migration in the notes.
    dob: '13/45/1980',
    insurance: {
      carrier: 'Travelers',
      memberNumber: 'WC7781',
      kind: 'wc',
      carrierClaim: '778-11',
      injuryDate: '2026-06-01',
    },
    eligibility: { checked: 'last week' },
    referrals: [
      {
        doctorFirst: 'Helen',
        doctorLast: 'Okafor',
        doctorCredentials: 'PT',
        dated: '06/10/2026',
        visits: 'twelve',
        dx: 'M79.18',
      },
    ],
    otherProviders: [{ date: 'soon', type: 'pt' }],
    visits: [
      {
        date: '06/20/2026',
        minutes: 60,
        status: 'submitted',
        soap: true,
        services: [{ cpt: '97124', units: 4, fee: 'N/A' }],
      },
      { date: '??', minutes: 60, status: 'completed' },
    ],
  },
];
