import { finding } from './helpers/text';
import * as SOURCES from './sources';
import { withMeta, type Rule, type RuleCheck } from './types';

/** No prescription on file for the client, and/or box 17b (referring provider NPI) empty. */
export const rxMissingCheck: RuleCheck = {
  id: 'rx-missing',
  title: 'No prescription',
  needsClient: 'a prescription on file',
  check({ lines, referringNpi, client }) {
    if (lines.length === 0) return [];
    const noBox17b = !referringNpi;
    const noRx = client !== undefined && client.prescriptions.length === 0;
    if (!noBox17b && !noRx) return [];
    const why =
      'Payers that cover massage usually require one and deny the claim without it (CARC 197, RARC N286).';
    const message =
      noBox17b && noRx
        ? `No prescription is on file for ${client!.name}, and box 17b (referring provider NPI) is empty. ${why}`
        : noRx
          ? `No prescription is on file for ${client!.name}. ${why}`
          : `Box 17b (referring provider NPI) is empty. ${why}`;
    const fix = noRx
      ? "Get a prescription from the client's physician, add it to the client's record, then fill box 17 (qualifier DN) and 17b."
      : "Enter the prescriber's name in box 17 (qualifier DN) and NPI in 17b from the prescription; autofill can do it.";
    return [finding('rx-missing', 'warning', message, fix, [], noBox17b ? ['referringProvider.npi'] : [])];
  },
};

export const rxMissing: Rule = /* @__PURE__ */ withMeta(rxMissingCheck, {
  severities: ['warning'],
  sources: [SOURCES.fcsoBox17, SOURCES.x12Rarc, SOURCES.x12Carc],
  doesNotCheck:
    'Whether this payer requires a prescription at all, whether the box 17b NPI is the prescriber on file, or claims with no service lines yet. Without a saved client only the empty box 17b is checked.',
});
