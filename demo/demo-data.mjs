// Demo records for `npm start`, dated relative to today so the demo claim's warnings stay meaningful.
// Every person here is invented; the NPIs are valid check-digit examples, not real providers.

/** @param {Date} now */
export function demoBackup(now) {
  const day = (offset) => {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const dos = day(-3); // the date the demo page's example claim uses
  const sessions = [];
  for (let i = 1; i <= 6; i++) {
    sessions.push({
      id: `demo-s-${i}`,
      clientId: 'demo-dana',
      date: day(-3 - i * 7),
      minutes: 60,
      placeOfService: '11',
      lines: [{ code: '97124', units: 4, modifiers: [], charge: 160 }],
      status: i <= 2 ? 'billed' : 'paid',
      soapNotesDone: true,
      billedOn: day(-3 - i * 7 + 2),
      paidAmount: i <= 2 ? undefined : 96,
      denialCodes: [],
    });
  }
  sessions.push({
    id: 'demo-s-today',
    clientId: 'demo-dana',
    date: dos,
    minutes: 30,
    placeOfService: '11',
    lines: [
      { code: '97124', units: 1, modifiers: [], charge: 40 },
      { code: '97140', units: 1, modifiers: [], charge: 45 },
    ],
    status: 'done',
    soapNotesDone: false,
    denialCodes: [],
  });
  sessions.push({
    id: 'demo-s-marcus',
    clientId: 'demo-marcus',
    date: day(0),
    minutes: 45,
    placeOfService: '11',
    lines: [{ code: '97124', units: 3, modifiers: [], charge: 120 }],
    status: 'scheduled',
    soapNotesDone: false,
    denialCodes: [],
  });
  return {
    format: 'massage-billing-assistant/backup',
    version: 1,
    exportedAt: now.toISOString(),
    practice: {
      name: 'Harbor Street Massage Therapy',
      billingNpi: '1558598797',
      renderingNpi: '1003347634',
      taxId: '84-1234567',
      taxIdKind: 'EIN',
      taxonomy: '225700000X',
      licenseNumber: 'MT-60213',
      licenseState: 'WA',
      address: { line1: '214 Harbor Street', line2: 'Suite 3', city: 'Tacoma', state: 'WA', zip: '98402' },
      phone: '253-555-0142',
    },
    settings: {
      unitRule: 'cms-8-minute',
      filingLimitDays: 365,
      eligibilityFreshnessDays: 30,
      payerRules: [],
    },
    clients: [
      {
        id: 'demo-dana',
        firstName: 'Dana',
        lastName: 'Rivera',
        birthDate: '1986-04-12',
        address: { line1: '88 Alder Lane', line2: '', city: 'Tacoma', state: 'WA', zip: '98403' },
        phone: '253-555-0187',
        payer: {
          name: 'Demo Health Plan',
          memberId: 'XJH449120331',
          groupNumber: 'G-2201',
          claimKind: 'health',
          claimNumber: '',
        },
        eligibility: { verifiedOn: day(-60), notes: 'Massage covered with Rx, 12 visits a year.' },
        prescriptions: [
          {
            id: 'demo-rx-1',
            prescriber: { firstName: 'Grace', lastName: 'Okafor', npi: '1528060837', credential: 'MD' },
            writtenOn: day(-90),
            expiresOn: day(-10),
            visitsAuthorized: 8,
            diagnoses: ['M54.50', 'M62.830'],
            frequency: '1x/week for 8 weeks',
            notes: '',
          },
        ],
        otherVisits: [
          { id: 'demo-ov-1', date: dos, providerType: 'chiropractor', note: 'Adjustment at Tacoma Spine' },
        ],
      },
      {
        id: 'demo-marcus',
        firstName: 'Marcus',
        lastName: 'Lee',
        birthDate: '1979-09-30',
        address: { line1: '5 Pine Court', line2: '', city: 'Tacoma', state: 'WA', zip: '98405' },
        phone: '253-555-0119',
        payer: {
          name: 'Evergreen Auto Insurance',
          memberId: 'EV-55120',
          groupNumber: '',
          claimKind: 'auto',
          claimNumber: 'PIP-2026-88412',
          dateOfInjury: day(-40),
        },
        eligibility: { verifiedOn: day(-5), notes: 'PIP claim open, $10,000 medical.' },
        prescriptions: [
          {
            id: 'demo-rx-2',
            prescriber: { firstName: 'Ray', lastName: 'Patel', npi: '1003347634', credential: 'DC' },
            writtenOn: day(-35),
            expiresOn: day(60),
            visitsAuthorized: 12,
            diagnoses: ['S13.4XXD', 'M54.2'],
            frequency: '2x/week',
            notes: 'Whiplash after rear-end collision.',
          },
        ],
        otherVisits: [],
      },
    ],
    sessions,
  };
}
