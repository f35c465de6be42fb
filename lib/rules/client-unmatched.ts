import { finding, joinList } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Rule, type RuleCheck } from './types';

/**
 * No saved client matches the patient, so the checks that need the client's record did not run. One
 * finding that names them: a check that could not run says so, never a silent pass (DESIGN.md).
 */
export const clientUnmatchedCheck: RuleCheck = {
  id: 'client-unmatched',
  title: 'Patient not in your client list',
  check({ client, lines, clientChecks }) {
    if (client || lines.length === 0) return [];
    return [
      finding(
        'client-unmatched',
        'info',
        `No saved client matches this patient, so these checks did not run: ${joinList(clientChecks)}.`,
        "Add the client in the popup, or correct the patient's name, birth date or member ID so they match the saved client.",
        [],
        ['patient.lastName', 'patient.memberId'],
      ),
    ];
  },
};

export const clientUnmatched: Rule = /* @__PURE__ */ withMeta(clientUnmatchedCheck, {
  severities: ['info'],
  sources: [SOURCES.fcsoBox17, SOURCES.x12Carc],
  doesNotCheck:
    "How the patient is matched to a client (that is the store's job: name, birth date, member ID); claims with no service lines yet.",
});
