import { describe, expect, it } from 'vitest';
import { scoreControl, type Decision } from './candidates';
import { SignalReader } from './signals';
import { html } from './testing/dom';

const visible = () => true;

describe('scoreControl', () => {
  it('scores a numbered series once and still reads each row number', () => {
    const doc = html('<input name="CPT_CODE0"><input name="CPT_CODE1">');
    const memo = new Map<string, Decision>();
    const reader = new SignalReader();
    const [a, b] = [...doc.querySelectorAll('input')].map((el, order) =>
      scoreControl({ el, kind: 'text', order }, reader, visible, memo),
    );
    expect(memo.size).toBe(1);
    expect([a?.role, a?.lineIdx?.value, b?.lineIdx?.value]).toEqual(['code', 0, 1]);
  });
  it('a box named for a date of service needs date words or a date shape', () => {
    const doc = html('<input name="dos_from_mm"><input name="from">');
    const [a, b] = [...doc.querySelectorAll('input')].map((el, order) =>
      scoreControl({ el, kind: 'text', order }, new SignalReader(), visible, new Map()),
    );
    expect([a?.role, a?.part]).toEqual(['from', 'month']);
    expect(b).toBeNull();
  });
  it('drops what a person cannot see', () => {
    const el = html('<input name="CPT_CODE0">').querySelector('input')!;
    expect(
      scoreControl({ el, kind: 'text', order: 0 }, new SignalReader(), () => false, new Map()),
    ).toBeNull();
  });
});
