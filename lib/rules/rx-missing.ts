import { finding } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule } from './types';

/** No prescription on file for the client, and/or box 17b (referring provider NPI) empty. */
export const rxMissing = defineRule({
  id: 'rx-missing',
  title: 'No prescription',
  checks:
    "The claim has service lines and box 17b is empty, and/or the matched client has no prescription on file (one finding). Silent when the client's payer rule says the payer needs no prescription (`requiresRx: false`).",
  severities: ['warning'],
  sources: [SOURCES.fcsoBox17, SOURCES.x12Rarc, SOURCES.x12Carc],
  doesNotCheck:
    'Whether a payer without a payer rule requires a prescription, whether the box 17b NPI is the prescriber on file, or claims with no service lines yet. Without a saved client only the empty box 17b is checked.',
  needsClient: 'a prescription on file',
  check({ lines, referringNpi, client, settings }) {
    if (lines.length === 0) return [];
    if (settings.payerRule?.requiresRx === false) return [];
    const noBox17b = !referringNpi;
    const noRx = client !== undefined && client.prescriptions.length === 0;
    if (!noBox17b && !noRx) return [];
    const outcome =
      'Payers that cover massage usually require a prescription and may deny the claim without one.';
    const message =
      noBox17b && noRx
        ? `No prescription is on file for ${client!.name}, and box 17b (referring provider NPI) is empty. ${outcome}`
        : noRx
          ? `No prescription is on file for ${client!.name}. ${outcome}`
          : `Box 17b (referring provider NPI) is empty. ${outcome}`;
    const fix = noRx
      ? "Get a prescription from the client's physician, add it to the client's record, then fill box 17 (qualifier DN) and 17b."
      : "Enter the prescriber's name in box 17 (qualifier DN) and NPI in 17b from the prescription; autofill can do it. If this payer needs no prescription, say so in its payer rule (Options).";
    return [
      finding('rx-missing', {
        severity: 'warning',
        outcome: 'may-deny',
        message,
        fix,
        boxes: ['17', '17b'],
        why: 'CARC 197 (precertification/authorization absent) with RARC N286 (missing/incomplete/invalid referring provider identifier).',
        fields: noBox17b ? ['referringProvider.npi'] : [],
      }),
    ];
  },
});
