// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ICD_CODES_TEXT, icdStatus, isBillableIcd } from './icd-codes';
import { describeIcd } from './icd-descriptions';

describe('the shipped ICD-10-CM subset', () => {
  const cases = [
    { code: 'M54.50', billable: true, status: 'billable' },
    { code: 'm5450', billable: true, status: 'billable' },
    { code: 'S13.4XXA', billable: true, status: 'billable' },
    { code: 's134xxd', billable: true, status: 'billable' },
    { code: 'R52', billable: true, status: 'billable' },
    { code: 'M79.10', billable: true, status: 'billable' },
    { code: 'G44.209', billable: true, status: 'billable' },
    { code: 'M54.5', billable: false, status: 'not-billable' },
    { code: 'M79.1', billable: false, status: 'not-billable' },
    { code: 'S13.4', billable: false, status: 'not-billable' },
    { code: 'M62.83', billable: false, status: 'not-billable' },
    { code: 'Z00.00', billable: false, status: 'outside' },
    { code: 'S29.8XXA', billable: false, status: 'outside' },
  ];
  it.each(cases)('$code: billable $billable ($status)', ({ code, billable, status }) => {
    expect(isBillableIcd(code)).toBe(billable);
    expect(icdStatus(code)).toBe(status);
  });

  it('sends the content script codes only: undotted, one a line, after the ranges line', () => {
    const lines = ICD_CODES_TEXT.split('\n');
    expect(lines[0]).toMatch(/^# ranges: M00-M99 G43-G44/);
    expect(lines.length).toBe(11_403);
    expect(lines).toContain('M5450');
    expect(ICD_CODES_TEXT).not.toMatch(/pain/i);
  });

  it('describes codes for the superbill', () => {
    expect(describeIcd('M54.50')).toBe('Low back pain, unspecified');
    expect(describeIcd('m5450')).toBe('Low back pain, unspecified');
    expect(describeIcd('R52')).toBe('Pain, unspecified');
    expect(describeIcd('M54.5')).toBeUndefined();
  });
});
