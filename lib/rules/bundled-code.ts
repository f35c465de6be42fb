import { cap, fieldOf, finding, lineRef } from './helpers/text';
import * as SOURCES from './sources';
import { BUNDLED_CODES } from './tables/cpt';
import { withMeta, type Rule, type RuleCheck } from './types';

/** 97010 hot or cold packs: Medicare status B (bundled), incidental for most payers. */
export const bundledCodeCheck: RuleCheck = {
  id: 'bundled-code',
  title: 'Code never paid on its own',
  check({ lines }) {
    return lines
      .filter((line) => line.code && BUNDLED_CODES.has(line.code))
      .map((line) =>
        finding(
          'bundled-code',
          'warning',
          `${cap(lineRef(line))}: hot or cold packs are bundled into the visit's other services. Medicare never pays 97010 separately (status B; the client may not be billed) and most payers deny it as incidental, whatever the modifier.`,
          "Remove the 97010 line, unless this payer's contract pays it (some workers' comp and auto carriers do).",
          [line.row],
          [fieldOf(line, 'code')],
        ),
      );
  },
};

export const bundledCode: Rule = /* @__PURE__ */ withMeta(bundledCodeCheck, {
  severities: ['warning'],
  sources: [SOURCES.palmetto97010, SOURCES.horizon97010],
  doesNotCheck:
    "The payer's contract: some workers' compensation and auto carriers do pay 97010, so the warning does not block.",
});
