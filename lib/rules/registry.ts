import { bundledCode } from './bundled-code';
import { clientUnmatched } from './client-unmatched';
import { dosInvalid } from './dos-invalid';
import { duplicateLine } from './duplicate-line';
import { eligibilityUnverified } from './eligibility-unverified';
import { excludedCode } from './excluded-code';
import { icdInvalid } from './icd-invalid';
import { ncciPair } from './ncci-pair';
import { npiInvalid } from './npi-invalid';
import { pointerInvalid } from './pointer-invalid';
import { rxExpired } from './rx-expired';
import { rxMissing } from './rx-missing';
import { rxVisitsExhausted } from './rx-visits-exhausted';
import { sameDayProvider } from './same-day-provider';
import { timelyFiling } from './timely-filing';
import type { Rule } from './types';
import { unitsTime } from './units-time';

/**
 * Every rule with its sources and what it does not check, in display order (the same order as CHECKS in
 * checks.ts, which the evaluator runs). Adding a rule: its file, its test table, one line here and one in
 * checks.ts.
 */
export const RULES: readonly Rule[] = [
  dosInvalid,
  npiInvalid,
  icdInvalid,
  pointerInvalid,
  ncciPair,
  excludedCode,
  bundledCode,
  duplicateLine,
  unitsTime,
  rxMissing,
  rxExpired,
  rxVisitsExhausted,
  sameDayProvider,
  eligibilityUnverified,
  timelyFiling,
  clientUnmatched,
];
