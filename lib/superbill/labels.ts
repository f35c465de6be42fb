/** Labels the superbill and the follow-up page share (kept apart from build.ts and its large tables). */

/** Place-of-service codes a massage practice uses (CMS POS code set). */
export const PLACE_OF_SERVICE: Record<string, string> = {
  '11': 'Office',
  '12': 'Home',
  '13': 'Assisted living facility',
  '19': 'Off-campus outpatient hospital',
  '22': 'On-campus outpatient hospital',
  '31': 'Skilled nursing facility',
  '32': 'Nursing facility',
  '49': 'Independent clinic',
  '99': 'Other place of service',
};

export const PAYMENT_METHOD_LABELS: Record<string, string> = {
  cash: 'Cash',
  check: 'Check',
  card: 'Card',
  hsa: 'HSA/FSA card',
  other: 'Other',
};
