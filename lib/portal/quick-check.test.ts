import { describe, expect, it } from 'vitest';
import { mightHoldClaimForm } from './quick-check';
import { html } from './testing/dom';

describe('mightHoldClaimForm', () => {
  it('says yes when a control is named for a claim field', () => {
    expect(mightHoldClaimForm(html('<input name="a"><input name="b"><input name="cpt_code1">'))).toBe(true);
  });
  it('says yes when only a header names one (unnamed inputs under "CPT/HCPCS")', () => {
    const doc = html('<table><tr><th>CPT/HCPCS</th></tr><tr><td><input><input><input></td></tr></table>');
    expect(mightHoldClaimForm(doc)).toBe(true);
  });
  it('says no for a payment screen of dates, units and amounts', () => {
    const doc = html('<label>Date</label><input name="date"><input name="units"><input name="amount">');
    expect(mightHoldClaimForm(doc)).toBe(false);
  });
  it('looks into open shadow roots', () => {
    const doc = html('<div id="host"></div>');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).append(doc.createElement('input'));
    expect(mightHoldClaimForm(doc)).toBe(true);
  });
});
