import { bundledCodeCheck } from './bundled-code';
import { clientUnmatchedCheck } from './client-unmatched';
import { dosInvalidCheck } from './dos-invalid';
import { duplicateLineCheck } from './duplicate-line';
import { eligibilityUnverifiedCheck } from './eligibility-unverified';
import { excludedCodeCheck } from './excluded-code';
import { icdInvalidCheck } from './icd-invalid';
import { ncciPairCheck } from './ncci-pair';
import { npiInvalidCheck } from './npi-invalid';
import { pointerInvalidCheck } from './pointer-invalid';
import { rxExpiredCheck } from './rx-expired';
import { rxMissingCheck } from './rx-missing';
import { rxVisitsExhaustedCheck } from './rx-visits-exhausted';
import { sameDayProviderCheck } from './same-day-provider';
import { timelyFilingCheck } from './timely-filing';
import type { RuleCheck } from './types';
import { unitsTimeCheck } from './units-time';

/**
 * The checks the evaluator runs, in display order (findings are sorted by severity, then by this order).
 * `registry.ts` lists the same rules with their sources; a test keeps the two in step.
 */
export const CHECKS: readonly RuleCheck[] = [
  dosInvalidCheck,
  npiInvalidCheck,
  icdInvalidCheck,
  pointerInvalidCheck,
  ncciPairCheck,
  excludedCodeCheck,
  bundledCodeCheck,
  duplicateLineCheck,
  unitsTimeCheck,
  rxMissingCheck,
  rxExpiredCheck,
  rxVisitsExhaustedCheck,
  sameDayProviderCheck,
  eligibilityUnverifiedCheck,
  timelyFilingCheck,
  clientUnmatchedCheck,
];
