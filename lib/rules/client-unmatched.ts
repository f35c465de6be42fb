import { finding, joinList } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/**
 * No saved client matches the patient, so the checks that need the client's record did not run. One
 * finding that names them: a check that could not run says so, never a silent pass (DESIGN.md).
 */
export const clientUnmatched = defineRule({
  id: 'client-unmatched',
  title: 'Patient not in your client list',
  checks:
    'There is no client in the context, the records are not locked, and the claim has service lines: one info finding naming the checks that did not run (those whose rule needs the saved client). Those rules stay silent; rx-missing still reports an empty box 17b.',
  severities: ['info'],
  sources: [SOURCES.fcsoBox17, SOURCES.x12Carc],
  doesNotCheck:
    "How the patient is matched to a client (that is the store's job: name, birth date, member ID); claims with no service lines yet.",
  check({ client, lines, clientChecks, recordsLocked }) {
    // Locked records are not a missing client: records-locked says so instead.
    if (client || recordsLocked || lines.length === 0) return [];
    return [
      finding('client-unmatched', {
        severity: 'info',
        message: `No saved client matches this patient, so these checks did not run: ${joinList(clientChecks)}.`,
        fix: "Add the client in the popup, or correct the patient's name, birth date or member ID (boxes 2, 3 and 1a) so they match the saved client.",
        boxes: ['2', '3', '1a'],
        fields: ['patient.lastName', 'patient.memberId'],
      }),
    ];
  },
});
