import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { BUNDLED_CODES } from './tables/cpt';
import { defineRule } from './types';

/** 97010 hot or cold packs: Medicare status B (bundled), incidental for most payers. */
export const bundledCode = defineRule({
  id: 'bundled-code',
  title: 'Code never paid on its own',
  checks: 'Any line coded 97010 (hot or cold packs).',
  severities: ['warning'],
  sources: [SOURCES.palmetto97010, SOURCES.horizon97010],
  doesNotCheck:
    "The payer's contract: some workers' compensation and auto carriers do pay 97010, so the warning does not block.",
  check({ lines }) {
    return lines
      .filter((line) => line.code && BUNDLED_CODES.has(line.code))
      .map((line) =>
        finding('bundled-code', {
          severity: 'warning',
          outcome: 'denied',
          message: `${cap(lineRef(line))}: hot or cold packs are bundled into the visit's other services. Medicare never pays 97010 separately (status B; the client may not be billed) and most payers deny it as incidental, whatever the modifier.`,
          fix: "Remove the 97010 line (box 24D), unless this payer's contract pays it (some workers' comp and auto carriers do).",
          boxes: ['24D'],
          why: 'Medicare Physician Fee Schedule status B: bundled, never paid separately; Palmetto GBA denies it with CARC B15, Horizon BCBSNJ as incidental.',
          lines: [line.row],
          fields: [fieldOf(line, 'code')],
        }),
      );
  },
});
