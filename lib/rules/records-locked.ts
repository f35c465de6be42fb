import { finding } from './helpers/text';
import { DEFAULTS } from './prepare';
import * as SOURCES from './sources';
import { defineRule } from './types';

/**
 * The records are locked (DESIGN.md "Locking and encryption"): with a passphrase set, nobody's client,
 * practice or settings can be read until someone unlocks them, so the checks that need them did not run.
 * One finding that names those checks, never a silent pass and never a misleading `client-unmatched`
 * (the patient may well be a saved client). The checks that need only the form still run.
 */
export const recordsLocked = defineRule({
  id: 'records-locked',
  title: 'Records locked',
  checks:
    'The background could not read the records because they are locked: one info finding saying that the checks needing the saved client did not run and that the filing limit used is the default one. Shown whether or not the claim has service lines yet, so the biller knows before typing them.',
  severities: ['info'],
  // The checks it stands in for rest on these (a prescription in box 17, the denials the client's
  // records prevent); the lock itself is the practice's choice, not a payer's rule.
  sources: [SOURCES.fcsoBox17, SOURCES.x12Carc],
  doesNotCheck:
    'Whether the passphrase is right, or how long until the records lock again (the popup and the settings say).',
  check({ recordsLocked }) {
    if (!recordsLocked) return [];
    return [
      finding('records-locked', {
        severity: 'info',
        // Short on purpose: it heads the panel. The popup's checklist names every check once unlocked.
        message: `The records are locked, so only the form's own checks ran: nothing about the client's prescription, eligibility, visits elsewhere, earlier claims or payer. Timely filing used the default ${DEFAULTS.filingLimitDays}-day limit.`,
        fix: "Unlock the records in the extension's popup (its toolbar button) with the practice passphrase; this claim is then checked again by itself.",
      }),
    ];
  },
});
