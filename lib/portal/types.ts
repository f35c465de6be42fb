/**
 * The plain-data boundary of the form reader (collect -> qualify -> read/fill, as Bitwarden's autofill
 * splits it). `locateClaimForm` collects the page's controls and qualifies them ONCE into a `LocatedForm`;
 * `readLocatedForm` turns that map into a `ClaimDraft` on every keystroke without scoring anything again;
 * the autofill feature writes through the same map. A `LocatedForm` holds no logic, only data and element
 * references, so the three stages can change independently.
 */
import type { ClaimDraft } from '../model/claim';
import type { PortalAdapter } from './adapters/types';

/** Claim-level fields of the ClaimDraft, by their claim path. */
export type ContextKey =
  | 'patient.lastName'
  | 'patient.firstName'
  | 'patient.birthDate'
  | 'patient.memberId'
  | 'patient.groupNumber'
  | 'referringProvider.lastName'
  | 'referringProvider.firstName'
  | 'referringProvider.npi'
  | 'billingProvider.npi'
  | 'billingProvider.taxId';

/**
 * Fill-only fields: boxes the autofill writes but the ClaimDraft does not carry (the reader never reads
 * them), path `fill.<key>`. Box 25's SSN/EIN choice, taxonomies (33b, 24J/31), box 33's name and address,
 * box 11b's other claim id (the auto / workers' comp claim number) and its qualifier, box 14's date of
 * injury and its qualifier, the accident date of auto claims (837P DTP*439), box 5's patient address.
 */
export type FillKey =
  | 'taxIdKind'
  | 'taxonomy'
  | 'renderingTaxonomy'
  | 'billingName'
  | 'billingAddress'
  | 'billingCity'
  | 'billingState'
  | 'billingZip'
  | 'claimNumber'
  | 'claimNumberQual'
  | 'injuryDate'
  | 'injuryDateQual'
  | 'accidentDate'
  | 'patientAddress'
  | 'patientCity'
  | 'patientState'
  | 'patientZip';

/** Fields of a ServiceLine (box 24), as they appear in paths `lines.N.<key>`. */
export type LineKey =
  'from' | 'to' | 'placeOfService' | 'code' | 'modifiers' | 'units' | 'charge' | 'pointers' | 'renderingNpi';

/** What one located field holds, which decides its claim path. */
export type FieldTarget =
  /** `patient.memberId`, `billingProvider.npi`... */
  | { kind: 'context'; key: ContextKey }
  /** Box 21, `diagnoses.K`: K is 0-based (A = 0). */
  | { kind: 'diagnosis'; index: number }
  /** Box 24, `lines.N.<key>`: N is the ServiceLine `row` (0-based position of the row in the form). */
  | { kind: 'line'; row: number; key: LineKey }
  /**
   * A claim-level value the portal applies to every line that has none of its own (UHC's claim-level
   * rendering NPI, Availity's claim-level place of service). Path `lines.*.<key>`; the reader copies it into
   * each typed line that lacks the value and maps `lines.N.<key>` to this element.
   */
  | { kind: 'line-default'; key: 'placeOfService' | 'renderingNpi' }
  /**
   * Composer-style forms (one set of inputs reused for every line, an "Add Line" button that moves the line
   * into a list): the line being composed. Path `lines.composer.<key>`; its row is the number of lines
   * already in the list, known only when the form is read (`readLocatedForm` maps `lines.N.<key>` to it).
   */
  | { kind: 'composer'; key: LineKey }
  /** A fill-only field, path `fill.<key>` (see FillKey). Not part of the ClaimDraft. */
  | { kind: 'fill'; key: FillKey };

/** How a value is spread over `LocatedField.elements`. */
export type FieldLayout =
  /** One control holds the whole value (which may be several values in one box, see `format.multiple`). */
  | { kind: 'single' }
  /** A date split into boxes: `elements[i]` holds `parts[i]` (usually month, day, year). */
  | { kind: 'date-parts'; parts: DatePart[] }
  /** One control per slot, in order: `elements[i]` is modifier i+1 or pointer slot i+1. */
  | { kind: 'slots' }
  /** Pointer checkboxes: `elements[i]` checked means diagnosis `values[i]` (1-based, A = 1). */
  | { kind: 'checkboxes'; values: number[] }
  /** Radio buttons of one choice: `elements[i]` is the radio whose value is `values[i]` (box 25: `S`, `E`). */
  | { kind: 'choice'; values: string[] };

export type DatePart = 'month' | 'day' | 'year';

/** What kind of control receives the value (what an autofill has to do to write it). */
export type ControlKind =
  /** `<input>` of a text-like type, `<textarea>`; MUI/ARIA comboboxes that are inputs (value = option label). */
  | 'text'
  /** `<input type=number>`. */
  | 'number'
  /** `<input type=date>` (value `YYYY-MM-DD`). */
  | 'date'
  | 'select'
  | 'checkbox'
  /** Radio buttons (fill-only choices such as box 25's SSN/EIN). */
  | 'radio'
  /** A select that is not a form control (Angular `mat-select`, ui-select): the value is text in the widget. */
  | 'widget'
  /** A `type=hidden` input, read as a fallback for claim-level fields only; never write into it. */
  | 'hidden'
  /** A cell of a composer's list table (read-only text). */
  | 'cell';

/** What the field expects when written, so a filler can format its value. */
export type FieldFormat = {
  control: ControlKind;
  /**
   * Single-box dates: how the box wants the date (from its placeholder, title, maxlength or type).
   * `YYYY-MM-DD` for `type=date`. Absent for split dates (see `yearDigits`).
   */
  date?: 'MM/DD/YYYY' | 'MMDDYYYY' | 'MM-DD-YYYY' | 'YYYY-MM-DD' | 'M/D/YYYY' | 'MM/DD/YY';
  /** Split dates: 2 or 4 year digits (from the year box's maxlength or placeholder). */
  yearDigits?: 2 | 4;
  /** Pointer boxes: what a box holds. `icd` = the box takes the ICD code itself (Availity). */
  pointers?: 'letters' | 'numbers' | 'icd';
  /** One box holds several values: pointer letters "AB", modifiers "59:XS". */
  multiple?: boolean;
  maxLength?: number;
  /** `<select>` options (value and visible label), at most 100. */
  options?: { value: string; label: string }[];
  /** Disabled, read-only, hidden or a list cell: read it, never write it. */
  readOnly?: boolean;
  /**
   * An autocomplete (MUI Autocomplete, `role=combobox`): its value is the chosen option's label, and
   * writing it means typing and then picking the option the widget offers.
   */
  combobox?: boolean;
};

export type LocatedField = {
  /**
   * The claim path: `patient.memberId`, `diagnoses.0`, `lines.3.code`; `lines.*.renderingNpi` for a
   * line default; `lines.composer.code` for a composer's line.
   */
  path: string;
  target: FieldTarget;
  /** The control(s) holding the value, in the order `layout` describes. Never empty. */
  elements: Element[];
  layout: FieldLayout;
  format: FieldFormat;
  /** `adapter` when a portal adapter's selector named it, else `generic` (scored by the locator). */
  source: 'adapter' | 'generic';
  /** How sure the locator is (sum of weighted signals; adapters score 10). For debugging and ties. */
  score: number;
};

/** A composer's list of lines already added (read from its table on every read). */
export type ListTable = {
  table: Element;
  /** 0-based column (cell index, colspans counted) of each line field the header names. */
  columns: Partial<Record<LineKey, number>>;
};

export type LocatedForm = {
  /** What `locateClaimForm` was given. */
  root: Document | Element;
  /** The lowest element holding every located field (crossing open shadow roots to their hosts). */
  container: Element;
  /** Every qualified field, empty or not; lines include rows with nothing typed yet. */
  fields: LocatedField[];
  /** Every service-line row the form renders (ServiceLine `row` values), ascending. */
  rows: number[];
  /** The portal's "add line" control ([+], "Add a Line", "Add Line"), when there is one. */
  addLine?: Element;
  /** True for composer-style forms (see FieldTarget `composer`). */
  composer: boolean;
  /** The composer's list of added lines, when found. */
  listTable?: ListTable;
  /** Id of the adapter whose selectors shortcut the locator, if any. */
  adapter?: string;
  /** Number of form controls under `container` when located: `readLocatedForm` reports `stale` if it changed. */
  controlCount: number;
};

export type ReadResult = {
  draft: ClaimDraft;
  /** Claim path -> element(s) holding it, for every located field (empty ones too). */
  elementsByPath: Map<string, Element[]>;
  /**
   * True when the page changed under the map (a located control left the page, or controls were added or
   * removed): the caller should run `locateClaimForm` again. The draft is still the best reading.
   */
  stale: boolean;
};

export type LocateOptions = {
  /** Page address used to pick adapters (default: the root document's URL). */
  url?: string;
  /** Adapters to try (default: the registry in `adapters/`). Pass `[]` to use the generic locator only. */
  adapters?: readonly PortalAdapter[];
};
