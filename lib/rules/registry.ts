import type { RuleId } from '../model/findings';
import { bundledCode } from './bundled-code';
import { clientUnmatched } from './client-unmatched';
import { dosInvalid } from './dos-invalid';
import { duplicateClaim } from './duplicate-claim';
import { duplicateLine } from './duplicate-line';
import { dxProcedureMismatch } from './dx-procedure-mismatch';
import { eligibilityUnverified } from './eligibility-unverified';
import { excludedCode } from './excluded-code';
import { icdInvalid } from './icd-invalid';
import { injuryInfoMissing } from './injury-info-missing';
import { ncciPair } from './ncci-pair';
import { npiInvalid } from './npi-invalid';
import { payerModifierMissing } from './payer-modifier-missing';
import { payerNotCovered } from './payer-not-covered';
import { payerVisitLimit } from './payer-visit-limit';
import { pointerInvalid } from './pointer-invalid';
import { recordsLocked } from './records-locked';
import { rxExpired } from './rx-expired';
import { rxMissing } from './rx-missing';
import { rxVisitsExhausted } from './rx-visits-exhausted';
import { sameDayProvider } from './same-day-provider';
import { timelyFiling } from './timely-filing';
import type { Rule } from './types';
import { unitsExceedMue } from './units-exceed-mue';
import { unitsTime } from './units-time';

/**
 * Every rule, once, by id, in display order (findings are sorted by severity, then by this order). The
 * one registry: `satisfies` makes a rule id of RULE_IDS with no entry here a compile error, a key twice
 * is one too (TS1117), and each key must name its own rule (`Rule<K>`). Adding a rule: its file, its
 * case table, its id in RULE_IDS (lib/model, the DESIGN.md vocabulary) and one line here.
 */
export const RULES = {
  'dos-invalid': dosInvalid,
  'npi-invalid': npiInvalid,
  'icd-invalid': icdInvalid,
  'pointer-invalid': pointerInvalid,
  'ncci-pair': ncciPair,
  'excluded-code': excludedCode,
  'bundled-code': bundledCode,
  'duplicate-line': duplicateLine,
  'duplicate-claim': duplicateClaim,
  'units-time': unitsTime,
  'units-exceed-mue': unitsExceedMue,
  'dx-procedure-mismatch': dxProcedureMismatch,
  'payer-not-covered': payerNotCovered,
  'payer-modifier-missing': payerModifierMissing,
  'injury-info-missing': injuryInfoMissing,
  'rx-missing': rxMissing,
  'rx-expired': rxExpired,
  'rx-visits-exhausted': rxVisitsExhausted,
  'payer-visit-limit': payerVisitLimit,
  'same-day-provider': sameDayProvider,
  'eligibility-unverified': eligibilityUnverified,
  'timely-filing': timelyFiling,
  'client-unmatched': clientUnmatched,
  'records-locked': recordsLocked,
} as const satisfies { [K in RuleId]: Rule<K> };

/** The rules in display order. */
export const RULE_LIST: readonly Rule[] = Object.values(RULES);
