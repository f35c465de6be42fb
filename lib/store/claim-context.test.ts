import { beforeEach, describe, expect, it } from 'vitest';
import { getClaimContext } from './claim-context';
import { createClient, createSession, updatePractice, updateSettings } from '.';
import { resetStore } from './testing/reset';

beforeEach(resetStore);

describe('getClaimContext', () => {
  it('gives the matched client and only that client’s sessions, with the practice and settings', async () => {
    const maria = await createClient({
      firstName: 'Maria',
      lastName: 'Garcia',
      birthDate: '1979-03-14',
      payer: { memberId: 'W123-456' },
    });
    const other = await createClient({ firstName: 'Ann', lastName: 'Adams', birthDate: '1980-01-01' });
    const mine = await createSession({ clientId: maria.id, date: '2026-11-26', minutes: 60 });
    await createSession({ clientId: other.id, date: '2026-11-26', minutes: 60 });
    await updatePractice({ name: 'Lakeside', billingNpi: '1558598797' });
    await updateSettings({ unitRule: 'ama-midpoint' });

    const context = await getClaimContext({ memberId: 'w123456', lastName: 'GARCIA' });
    expect(context.client?.id).toBe(maria.id);
    expect(context.sessions.map((s) => s.id)).toEqual([mine.id]);
    expect(context.practice?.billingNpi).toBe('1558598797');
    expect(context.settings.unitRule).toBe('ama-midpoint');
  });

  it('gives no client and no sessions when nobody matches', async () => {
    await createClient({ firstName: 'Ann', lastName: 'Adams', birthDate: '1980-01-01' });
    const context = await getClaimContext({ lastName: 'Nobody', birthDate: '1990-01-01' });
    expect(context.client).toBeUndefined();
    expect(context.sessions).toEqual([]);
    expect(context.settings.filingLimitDays).toBe(365);
  });
});
