import type { Finding } from '../model/findings';
import { isRealDate } from './helpers/dates';
import { finding } from './helpers/text';
import * as SOURCES from './sources';
import { defineRule, type ClaimKind } from './types';

const CARRIER: Record<Exclude<ClaimKind, 'health'>, string> = {
  auto: 'auto insurance (PIP or med-pay) carrier',
  'workers-comp': "workers' comp carrier",
};

/**
 * Auto and workers' comp claims need the injury on the form: box 14 (date of injury, qualifier 431),
 * box 10a or 10b marked Yes (with the state for an auto accident), and the carrier's claim number in
 * box 11b (qualifier Y4). The kind of claim comes from the client's payer, or, without a saved client,
 * from box 10 itself.
 */
export const injuryInfoMissing = defineRule({
  id: 'injury-info-missing',
  title: 'Injury details missing',
  checks:
    "When the client's payer is auto or workers' comp (or, with no saved client, box 10a or 10b says Yes): box 14 empty or unlike the date of injury on file; box 10a (employment, workers' comp) or 10b (auto accident) not marked Yes; 10b Yes without the state; box 11b (the carrier's claim number) empty. A form on which none of boxes 10, 11b and 14 was found gets one info finding saying they were not checked.",
  severities: ['warning', 'info'],
  sources: [SOURCES.cms1500Box10, SOURCES.speedysoft11b, SOURCES.nuccManual, SOURCES.x12Carc],
  doesNotCheck:
    "A health plan claim whose box 10 says the condition is related to an accident or employment (the health payer may then ask for the other carrier first), box 16 (dates unable to work) that some workers' comp carriers require, or state fee-schedule rules.",
  needsClient: "whether the payer is an auto or workers' comp carrier (boxes 10, 11b, 14)",
  check({ client, injury, lines }) {
    if (lines.length === 0) return [];
    const kind: ClaimKind | undefined = client
      ? client.claimKind
      : injury?.employment
        ? 'workers-comp'
        : injury?.autoAccident
          ? 'auto'
          : undefined;
    if (!kind || kind === 'health') return [];
    const carrier = CARRIER[kind];
    if (!injury) {
      return [
        finding('injury-info-missing', {
          severity: 'info',
          message: `This is a claim for a ${carrier}, but boxes 10, 11b and 14 were not found on this form, so the injury details were not checked.`,
          fix: `Check by hand: box 14 date of injury (qualifier 431), box ${kind === 'auto' ? '10b Yes with the state' : '10a Yes'}, and the carrier's claim number in box 11b.`,
          boxes: ['14', kind === 'auto' ? '10b' : '10a', '11b'],
        }),
      ];
    }
    const out: Finding[] = [];
    const add = (message: string, fix: string, box: string, field: string, why: string) =>
      out.push(
        finding('injury-info-missing', {
          severity: 'warning',
          outcome: 'may-deny',
          message,
          fix,
          boxes: [box],
          why,
          fields: [field],
        }),
      );
    const onFile = client?.dateOfInjury;
    if (!injury.date) {
      add(
        `Box 14 (date of injury) is empty. The ${carrier} pays only for the injury it has on file and may return or deny a claim without the date.`,
        `In box 14, enter the date of injury${onFile ? ` (${onFile} in the client's record)` : ''} with qualifier 431.`,
        '14',
        'injury.date',
        'NUCC box 14: date of current illness, injury or pregnancy, qualifier 431 (onset of current symptoms or illness).',
      );
    } else if (onFile && isRealDate(injury.date) && injury.date !== onFile) {
      add(
        `Box 14 says the injury happened on ${injury.date}; the client's record says ${onFile}. The ${carrier} may deny a claim whose date does not match its file.`,
        `Correct box 14 (or the client's record) so both give the date of the injury the claim is for.`,
        '14',
        'injury.date',
        'The carrier matches the bill to its claim by the claim number and the date of injury.',
      );
    }
    if (kind === 'workers-comp' && injury.employment !== true) {
      add(
        `Box 10a (condition related to employment) ${injury.employment === false ? 'says No' : 'is not marked Yes'}. A workers' comp carrier pays only work injuries and may deny the claim.`,
        'Mark box 10a Yes.',
        '10a',
        'injury.employment',
        "NUCC box 10a: a Yes flags the claim as work related, for the workers' comp carrier.",
      );
    }
    if (kind === 'auto' && injury.autoAccident !== true) {
      add(
        `Box 10b (auto accident) ${injury.autoAccident === false ? 'says No' : 'is not marked Yes'}. An auto carrier pays only accident injuries and may deny the claim.`,
        'Mark box 10b Yes and enter the state where the accident happened.',
        '10b',
        'injury.autoAccident',
        'NUCC box 10b: Yes, with the state postal code on the "PLACE (State)" line.',
      );
    } else if (kind === 'auto' && !injury.autoAccidentState) {
      add(
        'Box 10b says auto accident but the state is empty. The carrier may return the claim without it.',
        'Enter the two-letter state of the accident on the box 10b "PLACE (State)" line.',
        '10b',
        'injury.autoAccidentState',
        'NUCC box 10b: an auto accident Yes needs the state postal code.',
      );
    }
    if (!injury.claimNumber) {
      add(
        `Box 11b (the ${carrier}'s claim number) is empty. The carrier may return or deny a bill it cannot match to its claim.`,
        `In box 11b, enter qualifier Y4 and the carrier's claim number${client?.claimNumber ? ` (${client.claimNumber} in the client's record)` : " (ask the adjuster and save it in the client's record)"}.`,
        '11b',
        'injury.claimNumber',
        'NUCC box 11b, "Other Claim ID": for workers\' compensation or property and casualty, required if known: qualifier Y4, then the claim number the payer assigned.',
      );
    }
    return out;
  },
});
