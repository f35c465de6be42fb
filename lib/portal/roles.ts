/**
 * What a control is for, from the words around it. Each role has rules: every pattern of `all` must match
 * one word of a signal, no word may match `none`; the rule's weight times the signal's weight adds to the
 * role's score. Weights: the control's own names and labels 3, placeholder/title and column header 2, the
 * text before it 1.5. A role needs 2 points. This table is the locator's knowledge: extend it with words
 * seen on real portals (docs/reference/portals.md), and add a case to roles.test.ts.
 */
import type { Signals } from './signals';
import type { ContextKey, ControlKind, DatePart, FillKey, LineKey } from './types';

export type Role = LineKey | ContextKey | 'diagnosis' | `fill.${FillKey}`;

/** `sources`: only these signals may satisfy the rule (default: all). */
type WordSource = 'name' | 'label' | 'hint' | 'header' | 'near';
type Rule = { all: RegExp[]; w?: number; none?: RegExp; sources?: WordSource[] };
type RoleDef = { role: Role; rules: Rule[]; none?: RegExp; kinds?: ControlKind[] };

const w = (...all: RegExp[]) => ({ all });
/** Either list of (anchored) words. */
const either = (a: RegExp, b: RegExp) => new RegExp(`${a.source}|${b.source}`);

const LAST = /^(LAST|LASTNAME|LNAME|LST|LN|SURNAME|FAMILY)$/;
const FIRST = /^(FIRST|FIRSTNAME|FNAME|FST|FN|GIVEN)$/;
const NPI = /^(NPI|NPINUMBER)$/;
const REF = /^(REF|REFER\w*|RFR)$/;
const ORDER = /^ORDER\w*$/;
const PATIENT = /^(PATIENT|PAT|PT|PNT|CLIENT)$/;
const DATE_WORD = /^(DATE|DT|DOS|SVC|SERVICE|SRVC|SERV|MONTH|DAY|YEAR|MM|DD|YYYY|YY)$/;
/** Words of people who are not the patient (insured, other insured, providers). */
const NOT_PATIENT =
  /^(INSRD|INSURED|INS|SUBSCRIBER|SUBSCR|OTHER|OTH|OI|SEC|SECONDARY|REF|REFER\w*|ORDER\w*|PHY|PHYS|PHYSICIAN|PROVIDER|PROV|SUPPLIER|BILLING|BILL|RENDER\w*|REN|SUPERVIS\w*|FACILITY|PAYTO|PAYER|EMPLOYER|DR|DOCTOR|PRESCRIBER|TREATING|ATTENDING|CONTACT|GUARANTOR|RESPONSIBLE|MIDDLE|MI|DATE|DT|SEEN|WORKED|XRAY|VISIT|CONSULT|SIMILAR|TREATMENT|SEARCH)$/;
const NOT_REFERRING =
  /^(PATIENT|PAT|INSRD|INSURED|SUBSCRIBER|SUPERVIS\w*|RENDER\w*|BILLING|SUPPLIER|FACILITY|PAYTO|MIDDLE|MI|DATE|DT|QUAL\w*|ID)$/;
/** Words of dates that are not the date of service (boxes 14-18, adjudication, birth). */
const NOT_DOS =
  /^(HOSP\w*|ADMIT\w*|ADMISSION|DISCHARGE\w*|UNABLE|WRK|WORK\w*|DISABILITY|ILLNESS|INJURY|ACCIDENT|ONSET|LMP|SIMILAR|INITIAL|CURRENT|BIRTH\w*|DOB|ADJ\w*|ADJUDICATION|PAID|PAYMENT|EFFECTIVE|EXPIR\w*|COMMENTS?|NOTES?|DESC\w*|TIME|ANEST\w*|DIAG\w*|DX|CHRG|CHARGES?|UNITS?|CPT|PROC\w*|MOD\w*|POS|PLACE|RX|PRESCRI\w*|AUTH\w*|LAST|SEEN|XRAY|CARE|RELINQUISHED|ASSUMED|MANIF|ACUTE|CONSULT|RETURN|VISIT|ELIG\w*|OFF|INCIDENT|OUTSIDE|LAB)$/;

const ROLES: RoleDef[] = [
  {
    role: 'code',
    rules: [
      w(/^(CPT|CPTS|HCPCS?|HCPC|CPTCODE|PROCCODE|HCPCSCODE|CPTHCPCS|PROCEDURECODE|PROCCD|SERVICECODE)$/),
      { all: [/^PROC(EDURE)?S?$/], w: 0.9 },
      { all: [/^(SERVICE|SVC|SRVC)$/, /^(CODE|CD)$/], w: 0.8 },
      { all: [/^24D$/], w: 0.8 },
      // A bare "code" (OpenEMR's bill[1][code]) is weak: the name and the column header must both say it.
      {
        all: [/^(CODE|CD)$/],
        w: 0.45,
        sources: ['name', 'header'],
        none: /^(ZIP|POSTAL|PROMO|COUPON|DISCOUNT|COUNTRY|AREA|PAYER|REASON|CLAIM|CLM|STATE|SECURITY|VERIFICATION|ACCESS|FREQUENCY|REMARK|CONDITION|RELATIONSHIP|REL|GENDER|SEX|STATUS|RESUB\w*|BILLING|SPECIALTY|TAXONOMY|ACCIDENT|EMPLOYMENT|NOTE\w*|UNIT|CURRENCY|PIN|AUTH\w*|RX|DRUG|SUBMISSION|CONTROL|ORIGINAL|REF\w*|ICD\w*|EMG|EPSDT|FAMILY|PLAN|SIG\w*|QUALIFIER|ID)$/,
      },
    ],
    none: /^(MOD\w*|NDC\w*|DESC\w*|DESCRIPTION|DIAG\w*|DX|ICD\w*|UNITS?|QTY|QUANTITY|CHARGES?|CHRG|AMT|AMOUNT|FEE|PRICE|DATE|FROM|TO|DOS|PLACE|POS|LOOKUP|SEARCH|TYPE|TOS|QUAL\w*|NOTES?|MINUTES|TIME|PTR|POINTERS?|REVENUE|REV|GROUP|GRP|FACILITY|LOCATION)$/,
    kinds: ['text', 'number', 'select', 'widget'],
  },
  {
    role: 'modifiers',
    rules: [w(/^(MOD|MODS|MODIFIERS?|MODIFER\w*|MODFR|MODIF)$/), w(/^MODIFIER\w+$/)],
    none: /^(NDC\w*|MODIFIED|DATE|TIME|BY|USER)$/,
    kinds: ['text', 'select', 'widget'],
  },
  {
    role: 'units',
    rules: [
      w(
        /^(UNITS?|DAYS|QTY|QUANTITY|DAYSORUNITS|DAYSUNITS|UNITSDAYS|SERVICEUNITS|NUMUNITS|NUNITS|UNITCOUNT|UNITSQTY)$/,
      ),
      { all: [/^24G$/], w: 0.8 },
    ],
    none: /^(NDC\w*|CODE|CD|TYPE|MEASURE\w*|QUAL\w*|UOM|PRICE|CHARGES?|CHRG|AMT|AMOUNT|FEE|RATE|FREQ\w*|RENTAL|COST|TIME|MINUTES|ANEST\w*|START|STOP|DATE|DESC\w*|WORK\w*|UNABLE|HOSP\w*|SUPPLY)$/,
    kinds: ['text', 'number', 'select', 'widget'],
  },
  {
    role: 'charge',
    rules: [w(/^(CHRG|CHRGS|CHARGES?|AMT|AMOUNT|FEE|FEES|PRICE|CHGS?|CHG)$/), { all: [/^24F$/], w: 0.8 }],
    none: /^(NDC\w*|TOTAL|TOT|PAID|PAY|PAYMENT|PAYER|ALLOWED|ALLOW|ADJ\w*|BALANCE|BAL|DUE|COPAY|COINS\w*|DEDUCT\w*|RESP\w*|OUTSIDE|LAB|PRIMARY|SECONDARY|SEC|CONTRACT|DISCOUNT|APPROVED|EXPECTED|WRITE\w*|REFUND|TAX|INTEREST|LIMIT|RATE|HCT|CODE|REASON)$/,
    kinds: ['text', 'number'],
  },
  {
    role: 'from',
    rules: [
      w(/^(FROM|FM|FRM|BEGIN|START|STARTDATE|FROMDATE|DOSFROM|FROMDOS)$/, DATE_WORD),
      { all: [/^(FROM|FROMDATE|DOSFROM|FROMDOS)$/], w: 0.8 },
      { all: [/^(DOS|DATEOFSERVICE|SERVICEDATE|SVCDATE)$/], w: 0.8 },
      { all: [/^DATE$/, /^(SERVICE|SVC|SRVC|SERV)$/], w: 0.8 },
      { all: [/^24A$/], w: 0.7 },
    ],
    none: either(NOT_DOS, /^(TO|THRU|THROUGH|END|ENDDATE|TODATE|DOSTO)$/),
    kinds: ['text', 'date', 'select'],
  },
  {
    role: 'to',
    rules: [
      w(/^(TO|THRU|THROUGH|END|ENDDATE|TODATE|DOSTO|TODOS)$/, DATE_WORD),
      { all: [/^(TO|THRU|THROUGH|TODATE|DOSTO)$/], w: 0.7 },
    ],
    none: either(
      NOT_DOS,
      /^(FROM|FM|FRM|START|BEGIN|REL|RELATION\w*|INSRD|INSURED|PAY\w*|BILL\w*|SHIP|SEND|REFER\w*|ADDR\w*|REPLY|ASSIGN\w*|GO|JUMP|LINK|SWITCH|ADD|APPLY|COPY)$/,
    ),
    kinds: ['text', 'date', 'select'],
  },
  {
    role: 'placeOfService',
    rules: [
      w(/^(POS|PLACEOFSERVICE|PLACEOFSVC|PLACEOFSERVICECODE)$/),
      w(/^PLACE$/, /^(SERVICE|SVC|SRVC|SERV|OF)$/),
      { all: [/^24B$/], w: 0.8 },
    ],
    none: /^(TYPE|TOS|STATE|CITY|ZIP|ADDR\w*|NAME|FACILITY\w*|BIRTH\w*|EMPLOY\w*|AUTO|ACCIDENT)$/,
    kinds: ['text', 'number', 'select', 'widget'],
  },
  {
    role: 'pointers',
    rules: [
      w(
        /^(POINTERS?|PTR|PTRS|PNTR|DXPTR|DIAGPTR|DXPOINTER|DIAGNOSISPOINTER|DIAGPOINTER|JUSTIFY|JUSTIFICATION|DXREF)$/,
      ),
      { all: [/^24E$/], w: 0.8 },
    ],
    none: /^(NDC\w*)$/,
    kinds: ['text', 'number', 'select', 'widget', 'checkbox'],
  },
  {
    role: 'renderingNpi',
    rules: [w(/^(RENDER\w*|RNDR|REND)$/, NPI), w(/^(RENDERINGNPI|RENDERNPI)$/), { all: [/^24J$/], w: 0.8 }],
    none: /^(REF\w*|BILLING|SUPPLIER|FACILITY|PAYTO|SUPERVIS\w*|ORDER\w*|QUAL\w*|TAXONOMY|TYPE|KIND)$/,
    kinds: ['text', 'number', 'select', 'widget'],
  },
  {
    role: 'diagnosis',
    rules: [
      w(/^(DIAG\w*|DX|DXS|ICD|ICD10|ICDCODE|DIAGNOSES|DIAGNOSIS|DXCODE|ICD10CM)$/),
      { all: [/^21[A-L]?$/], w: 0.7 },
    ],
    none: /^(IND|INDICATOR|ICDIND|QUAL\w*|TYPE|VERSION|DESC\w*|DESCRIPTION|NDC\w*|DATE|ADMIT\w*|PRINCIPAL|ADMITTING)$/,
    kinds: ['text', 'select', 'widget', 'checkbox'],
  },
  {
    role: 'patient.lastName',
    rules: [w(PATIENT, LAST), { all: [LAST], w: 0.8 }],
    none: NOT_PATIENT,
  },
  {
    role: 'patient.firstName',
    rules: [w(PATIENT, FIRST), { all: [FIRST], w: 0.8 }],
    none: NOT_PATIENT,
  },
  {
    role: 'patient.birthDate',
    rules: [w(/^(DOB|BIRTH|BIRTHDATE|BDATE|BIRTHDAY|DATEOFBIRTH)$/)],
    none: /^(INSRD|INSURED|SUBSCRIBER|SUBSCR|OTHER|OTH|SEC|SECONDARY|GUARANTOR|SPOUSE|CHILD)$/,
  },
  {
    role: 'patient.memberId',
    rules: [
      w(
        /^(MEMBER|MBR|SUBSCRIBER|SUBSCR|INSURED|INSRD|INS|PATIENT|PAT|PT|POLICYHOLDER|BENEFICIARY|BENE|RECIPIENT|ENROLLEE|CARDHOLDER)$/,
        /^(ID|IDS|NUM|NUMBER|NO|NBR|IDNUMBER)$/,
      ),
      w(/^(MEMBERID|SUBSCRIBERID|INSUREDID|MEMBERNUMBER|HICN|MBI)$/),
      { all: [/^1A$/], w: 0.8 },
    ],
    none: /^(OTHER|OTH|OI|SEC|SECONDARY|PAYER|CLAIM|CLM|ACCT|ACCOUNT|CONTROL|TAX|FEDERAL|FED|NPI|REF\w*|PHYS\w*|PHY|PROVIDER|PROV|SUPPLIER|FACILITY|PAYTO|GROUP|GRP|EMPLOYER|AUTH|PRIOR|VISIT|LINE|ITEM|DOCUMENT|ORIGINAL|PRACTICE|SSN|PLAN|POLICY|POL|RELATION\w*|REL|NAME)$/,
  },
  {
    role: 'patient.groupNumber',
    rules: [
      w(/^(GROUP|GRP|GROUPNUMBER|GRPNUM|GROUPNO)$/),
      { all: [/^(POL|POLICY)$/, /^(NO|NUM|NUMBER|GROUP|GRP)$/], w: 0.9 },
      { all: [/^FECA$/], w: 0.9 },
    ],
    none: /^(CLAIM|CLM|CODE|SUPPLIER|PROVIDER|QUAL\w*|SEC|SECONDARY|OTHER|OTH|OI|PAYER|ADJ\w*|REASON|UPDATE|BILLING|NPI|NAME|PRACTICE|PLAN|EMPLOYER)$/,
  },
  {
    role: 'referringProvider.lastName',
    rules: [w(REF, LAST), w(/^17$/, LAST), { all: [ORDER, LAST], w: 0.6 }],
    none: NOT_REFERRING,
  },
  {
    role: 'referringProvider.firstName',
    rules: [w(REF, FIRST), w(/^17$/, FIRST), { all: [ORDER, FIRST], w: 0.6 }],
    none: NOT_REFERRING,
  },
  {
    role: 'referringProvider.npi',
    rules: [w(REF, NPI), { all: [ORDER, NPI], w: 0.6 }, w(/^17B$/)],
    none: /^(RENDER\w*|BILLING|SUPPLIER|FACILITY|PAYTO|SUPERVIS\w*|PATIENT)$/,
  },
  {
    role: 'billingProvider.npi',
    rules: [
      w(/^(BILLING|BILL|SUPPLIER|GROUP|PRACTICE|PAYEE)$/, NPI),
      w(/^33A?$/, NPI),
      w(/^(33A|BILLINGNPI|GROUPNPI)$/),
    ],
    none: /^(REF\w*|RENDER\w*|FACILITY|PAYTO|SUPERVIS\w*|ORDER\w*|OTHER|ATTENDING|PATIENT)$/,
  },
  {
    role: 'billingProvider.taxId',
    rules: [w(/^(TAX|TIN|TAXID|FEDTAX|FEIN|EIN)$/)],
    none: /^(PAYTO|IND|INDICATOR|TYPE|QUAL\w*|CODE|KIND|RATE|EXEMPT|AMOUNT|AMT|ONOMY|TAXONOMY)$/,
  },
  // Fill-only boxes (the autofill writes them; the ClaimDraft does not carry them).
  {
    role: 'fill.taxonomy',
    rules: [w(/^(TAXONOMY|TAXONOMYCODE)$/)],
    none: /^(RENDER\w*|REND|RNDR|R|QUAL\w*)$/,
  },
  { role: 'fill.renderingTaxonomy', rules: [w(/^(RENDER\w*|REND|RNDR|R)$/, /^TAXONOMY$/)] },
  {
    role: 'fill.injuryDate',
    rules: [
      w(/^(INJURY|ACCIDENT|INCIDENT|ILLNESS)$/, /^(DATE|DT)$/),
      w(/^(DOI|INJURYDATE|ACCIDENTDATE|DATEOFINJURY)$/),
    ],
    none: /^(QUAL\w*|PRIOR|SIMILAR|FIRST|OTHER|STATE|TYPE|TIME|HOSP\w*)$/,
  },
  {
    role: 'fill.claimNumber',
    rules: [
      w(/^11B$/),
      w(/^(OTHER|OTH|CARRIER|PROPERTY|CASUALTY|AUTO|WC)$/, /^(CLAIM|CLM)$/, /^(ID|NUMBER|NUM|NO|NBR)$/),
    ],
    none: /^(QUAL\w*|CODES?|TYPE|FREQ\w*|ORIGINAL|ORIG|RESUB\w*|CONTROL)$/,
  },
];

const CONTEXT_KINDS: ControlKind[] = ['text', 'number', 'date', 'select', 'widget', 'hidden'];

/**
 * Signal weights: own names and labels count most, text nearby least. `context` is the name, the text
 * nearby and the column header together, so "17. NAME OF REFERRING PROVIDER" before a box named
 * `OrderLast0212` makes it the referring provider's last name.
 */
const WEIGHTS: [WordSource | 'context', number][] = [
  ['name', 3],
  ['label', 3],
  ['hint', 2],
  ['header', 2],
  ['near', 1.5],
  ['context', 1],
];

export const MIN_SCORE = 2;

// The table compiled once: every pattern gets a bit; a word list becomes a bit mask (the OR of its
// words' masks, each word tested against every pattern once and cached), and a rule is a few bit tests.
// Scoring a control then costs microseconds, whatever the number of rules.
const PATTERNS: RegExp[] = [];
const bit = (re: RegExp) => {
  let i = PATTERNS.indexOf(re);
  if (i < 0) i = PATTERNS.push(re) - 1;
  return i;
};
type CompiledRule = { all: number[]; w: number; none: number; sources?: WordSource[] };
const COMPILED = ROLES.map((def) => ({
  role: def.role,
  kinds: def.kinds ?? CONTEXT_KINDS,
  none: def.none ? bit(def.none) : -1,
  rules: def.rules.map((r): CompiledRule => ({
    all: r.all.map(bit),
    w: r.w ?? 1,
    none: r.none ? bit(r.none) : -1,
    sources: r.sources,
  })),
  /** Every pattern a rule of the role needs: a word list sharing none of them cannot match. */
  any: new Uint32Array(0),
}));
const WORDS = Math.ceil(PATTERNS.length / 32);
for (const def of COMPILED) {
  def.any = new Uint32Array(WORDS);
  for (const rule of def.rules) for (const i of rule.all) def.any[i >> 5]! |= 1 << (i & 31);
}
const wordMasks = new Map<string, Uint32Array>();

function wordMask(word: string): Uint32Array {
  let mask = wordMasks.get(word);
  if (!mask) {
    mask = new Uint32Array(WORDS);
    for (let i = 0; i < PATTERNS.length; i++) if (PATTERNS[i]!.test(word)) mask[i >> 5]! |= 1 << (i & 31);
    if (wordMasks.size > 20000) wordMasks.clear();
    wordMasks.set(word, mask);
  }
  return mask;
}

function maskOf(words: string[]): Uint32Array {
  const mask = new Uint32Array(WORDS);
  for (const w of words) {
    const m = wordMask(w);
    for (let i = 0; i < WORDS; i++) mask[i]! |= m[i]!;
  }
  return mask;
}

const has = (mask: Uint32Array, i: number) => i >= 0 && ((mask[i >> 5]! >>> (i & 31)) & 1) === 1;

function ruleWeight(
  def: (typeof COMPILED)[number],
  mask: Uint32Array,
  source: WordSource | 'context',
): number {
  let overlap = 0;
  for (let i = 0; i < WORDS; i++) overlap |= mask[i]! & def.any[i]!;
  if (overlap === 0 || has(mask, def.none)) return 0;
  let best = 0;
  for (const rule of def.rules) {
    if (rule.w <= best) continue;
    if (rule.sources && (source === 'context' || !rule.sources.includes(source))) continue;
    if (has(mask, rule.none)) continue;
    if (rule.all.every((i) => has(mask, i))) best = rule.w;
  }
  return best;
}

export type Scored = { role: Role; score: number; runnerUp: number };

/** The best role for a control, or null when nothing reaches MIN_SCORE. */
export function scoreRoles(signals: Signals, kind: ControlKind): Scored | null {
  let best: Role | null = null;
  let bestScore = 0;
  let second = 0;
  const masks = WEIGHTS.map(([source]) =>
    source === 'context'
      ? signals.near.length || signals.header.length
        ? maskOf([...signals.name, ...signals.near, ...signals.header])
        : null
      : signals[source].length
        ? maskOf(signals[source])
        : null,
  );
  for (const def of COMPILED) {
    if (!def.kinds.includes(kind)) continue;
    let score = 0;
    let own = 0;
    for (let s = 0; s < WEIGHTS.length; s++) {
      const mask = masks[s];
      if (!mask) continue;
      const [source, weight] = WEIGHTS[s]!;
      const r = ruleWeight(def, mask, source);
      if (r > 0) {
        score += r * weight;
        if (source !== 'near' && source !== 'context') own += r;
      } else if (source === 'name' && has(mask, def.none)) {
        // A veto word in the control's own name ("NDCUNITS", "TOTAL_CHARGE") outweighs any label.
        score = -Infinity;
        break;
      }
    }
    // Text nearby alone only counts when it is short, like a label ("Last:"), not a paragraph or footer.
    if (own === 0 && signals.near.length > 6) score = 0;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = def.role;
    } else if (score > second) second = score;
  }
  return best && bestScore >= MIN_SCORE ? { role: best, score: bestScore, runnerUp: second } : null;
}

/** Which box of a split date the control is, from its names, labels or placeholder. */
export function datePart(signals: Signals): DatePart | undefined {
  const check = (words: string[]): DatePart | undefined => {
    for (let i = words.length - 1; i >= 0; i--) {
      const t = words[i]!;
      if (t === 'MONTH' || t === 'MM' || t === 'MO' || t === 'MON') return 'month';
      if (t === 'DAY' || t === 'DD') return 'day';
      if (t === 'YEAR' || t === 'YYYY' || t === 'YY' || t === 'YR' || t === 'CCYY') return 'year';
    }
    return undefined;
  };
  // Placeholders such as "MM/DD/YYYY" name every part: only a one-word hint counts.
  return (
    check(signals.name) ??
    check(signals.label) ??
    (signals.hint.length === 1 ? check(signals.hint) : undefined)
  );
}

/** Words that make a control look like a date box (type=date is decided by the caller). */
export function looksLikeDate(signals: Signals): boolean {
  return (
    /\b(mm|dd)\s*[/-]\s*(dd|mm)|yyyy|date|datepicker/i.test(signals.hintRaw) ||
    datePart(signals) !== undefined
  );
}

/** Explicit "pointer" words (the diagnosis column of a line, not box 21). */
export function saysPointer(signals: Signals): boolean {
  const re = /^(POINTERS?|PTR|PTRS|PNTR|DXPTR|DIAGPTR|24E|JUSTIFY|DXREF)$/;
  return [signals.name, signals.label, signals.hint, signals.header].some((words) =>
    words.some((t) => re.test(t)),
  );
}
