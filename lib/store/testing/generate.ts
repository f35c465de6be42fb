import type { Client, Practice, Session, Settings } from '../../model';
import { addDays } from '../../dates';

/**
 * Deterministic, real-looking records for tests, benchmarks and the e2e seeding: a practice with
 * `clients` clients and `sessions` sessions spread over the last year and the next month. No zod, no
 * browser: the e2e test imports it in Node.
 */
const FIRST = [
  'Maria',
  'James',
  'Linda',
  'Robert',
  'Patricia',
  'Michael',
  'Jennifer',
  'David',
  'Elizabeth',
  'William',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Daniel',
  'Nancy',
  'Matthew',
  'Lisa',
  'Anthony',
  'Betty',
  'Mark',
  'Sandra',
  'Donald',
  'Ashley',
  'Steven',
  'Kimberly',
  'Andrew',
  'Emily',
  'Joshua',
  'Donna',
  'Kenneth',
  'Michelle',
  'Kevin',
  'Carol',
  'Brian',
  'Amanda',
  'George',
  'Renée',
  'José',
  'Chloé',
  'Zoë',
];
const LAST = [
  'Garcia',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  "O'Brien",
  'Núñez',
  'Van der Berg',
  'Smith-Jones',
];
const PAYERS = [
  'Blue Cross Blue Shield of Illinois',
  'Aetna',
  'UnitedHealthcare',
  'Cigna',
  'Humana',
  'State Farm (auto)',
  'Travelers (workers comp)',
];
const DOCTORS: [string, string, string, 'MD' | 'DO' | 'DC' | 'NP' | 'PA'][] = [
  ['Alicia', 'Nguyen', '1558598797', 'MD'],
  ['Robert', 'Kim', '1003347634', 'DO'],
  ['Helen', 'Okafor', '1528060837', 'NP'],
  ['Samuel', 'Price', '1234567893', 'DC'],
];
const DX = [
  'M54.50',
  'M54.2',
  'M54.6',
  'M62.830',
  'M79.18',
  'M79.12',
  'S13.4XXD',
  'S33.5XXD',
  'G44.209',
  'M25.511',
];

/** Small, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function samplePractice(): Practice {
  return {
    name: 'Lakeside Massage Therapy',
    billingNpi: '1558598797',
    renderingNpi: '1003347634',
    taxId: '36-1234567',
    taxIdKind: 'EIN',
    taxonomy: '225700000X',
    licenseNumber: '227.012345',
    licenseState: 'IL',
    address: { line1: '400 N Lake Shore Dr', line2: 'Suite 210', city: 'Chicago', state: 'IL', zip: '60611' },
    phone: '(312) 555-0142',
  };
}

export function sampleSettings(): Settings {
  return {
    unitRule: 'cms-8-minute',
    filingLimitDays: 365,
    eligibilityFreshnessDays: 30,
    lockAfterMinutes: 15,
    payerRules: [],
  };
}

export function generateRecords(options: {
  clients: number;
  sessions: number;
  today: string;
  seed?: number;
}): {
  clients: Client[];
  sessions: Session[];
} {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const clients: Client[] = [];
  for (let i = 0; i < options.clients; i++) {
    const id = `c${String(i + 1).padStart(5, '0')}`;
    const year = 1945 + Math.floor(rand() * 60);
    const birthDate = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const payer = pick(PAYERS);
    const claimKind = payer.includes('auto') ? 'auto' : payer.includes('workers') ? 'workers-comp' : 'health';
    const [dFirst, dLast, dNpi, credential] = pick(DOCTORS);
    const writtenOn = addDays(options.today, -Math.floor(rand() * 200));
    clients.push({
      id,
      firstName: pick(FIRST),
      lastName: pick(LAST),
      birthDate,
      address: {
        line1: `${100 + Math.floor(rand() * 9000)} W ${pick(['Oak', 'Elm', 'Maple', 'Cedar'])} St`,
        line2: '',
        city: 'Chicago',
        state: 'IL',
        zip: `606${String(Math.floor(rand() * 100)).padStart(2, '0')}`,
      },
      phone: `(312) 555-${String(Math.floor(rand() * 10000)).padStart(4, '0')}`,
      payer: {
        name: payer,
        memberId: `${pick(['XYZ', 'ABC', 'W', 'U'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
        groupNumber: `G${Math.floor(rand() * 90000 + 10000)}`,
        claimKind,
        claimNumber: claimKind === 'health' ? '' : `CLM-${Math.floor(rand() * 1e6)}`,
        dateOfInjury: claimKind === 'health' ? '' : addDays(writtenOn, -10),
      },
      eligibility: {
        verifiedOn: addDays(options.today, -Math.floor(rand() * 60)),
        notes: rand() < 0.2 ? 'Deductible met; copay $20' : '',
      },
      prescriptions: [
        {
          id: `${id}-rx1`,
          prescriber: { firstName: dFirst, lastName: dLast, npi: dNpi, credential },
          writtenOn,
          expiresOn: addDays(writtenOn, 180),
          visitsAuthorized: 12,
          diagnoses: [pick(DX), pick(DX)].filter((d, j, all) => all.indexOf(d) === j),
          frequency: '1x per week',
          notes: '',
        },
      ],
      otherVisits:
        rand() < 0.3
          ? [
              {
                id: `${id}-ov1`,
                date: addDays(options.today, Math.floor(rand() * 20) - 10),
                providerType: 'chiropractor',
                note: '',
              },
            ]
          : [],
      notes: '',
    });
  }
  const sessions: Session[] = [];
  for (let i = 0; i < options.sessions; i++) {
    const client = clients[i % clients.length]!;
    const date = addDays(options.today, -Math.floor(rand() * 365) + 30);
    const minutes = pick([30, 45, 60, 60, 60, 75, 90]);
    const units = Math.floor((minutes + 7) / 15);
    const past = date <= options.today;
    sessions.push({
      id: `s${String(i + 1).padStart(6, '0')}`,
      clientId: client.id,
      date,
      minutes,
      placeOfService: '11',
      lines: [{ code: '97124', units, modifiers: ['GP'], charge: units * 30 }],
      status: past ? pick(['done', 'billed', 'paid', 'paid', 'paid', 'denied'] as const) : 'scheduled',
      soapNotesDone: past,
      billedOn: '',
      payerClaimNumber: '',
      denialCodes: [],
      remarkCodes: [],
      clientPayments: [],
      notes: '',
    });
  }
  return { clients, sessions };
}
