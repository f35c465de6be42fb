import { describe, expect, test } from 'vitest';
import { filingDeadlineDate } from './dates';

// DESIGN.md: a filing limit of 365 days is one calendar year, due by the anniversary of the date of
// service (29 February -> 28 February); other limits count days.
const cases = [
  { dos: '2023-03-01', limit: 365, due: '2024-03-01' }, // across 29 February 2024: 366 days, still on time
  { dos: '2024-02-29', limit: 365, due: '2025-02-28' },
  { dos: '2024-03-01', limit: 365, due: '2025-03-01' },
  { dos: '2025-12-31', limit: 365, due: '2026-12-31' },
  { dos: '2026-01-01', limit: 365, due: '2027-01-01' },
  { dos: '2024-01-31', limit: 180, due: '2024-07-29' }, // days, across a leap day
  { dos: '2026-03-02', limit: 90, due: '2026-05-31' },
  { dos: '2026-03-02', limit: 366, due: '2027-03-03' },
];

describe('filingDeadlineDate', () => {
  test.each(cases)('$dos + $limit days is due by $due', ({ dos, limit, due }) => {
    expect(filingDeadlineDate(dos, limit)).toBe(due);
  });
});
