import { describe, expect, it } from 'vitest';
import { ClientSchema, type Client } from '../model';
import { matchClient, normaliseMemberId } from './match';

const client = (id: string, fields: Record<string, unknown>): Client => ClientSchema.parse({ id, ...fields });
const maria = client('maria', {
  firstName: 'Maria',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { memberId: 'XOF 123-456-789' },
});
const mario = client('mario', {
  firstName: 'Mario',
  lastName: 'Garcia',
  birthDate: '1979-03-14',
  payer: { memberId: 'XOF987' },
});
const james = client('james', {
  firstName: 'James',
  lastName: "O'Brien",
  birthDate: '1962-07-04',
  payer: { memberId: '13-4455-B' },
});
const all = [maria, mario, james];

describe('matchClient', () => {
  it('matches the member id ignoring case, spaces and dashes', () => {
    expect(matchClient({ memberId: 'xof123456789' }, all)).toBe(maria);
    expect(matchClient({ memberId: ' 13 4455 b ' }, all)).toBe(james);
  });

  it('prefers the member id over a differing name', () => {
    expect(matchClient({ memberId: 'XOF987', lastName: 'Somebody' }, all)).toBe(mario);
  });

  it('falls back to last name and birth date when the member id matches nobody', () => {
    expect(matchClient({ memberId: 'NEWCARD1', lastName: 'OBRIEN', birthDate: '1962-07-04' }, all)).toBe(
      james,
    );
  });

  it('breaks a tie on last name and birth date with the first name', () => {
    expect(matchClient({ lastName: 'garcia', birthDate: '1979-03-14', firstName: 'MARIO' }, all)).toBe(mario);
    expect(matchClient({ lastName: 'Garcia', birthDate: '1979-03-14', firstName: 'Maria' }, all)).toBe(maria);
  });

  it('does not guess between clients it cannot tell apart', () => {
    expect(matchClient({ lastName: 'Garcia', birthDate: '1979-03-14' }, all)).toBeUndefined();
    expect(
      matchClient({ lastName: 'Garcia', birthDate: '1979-03-14', firstName: 'Mar' }, all),
    ).toBeUndefined();
  });

  it('accepts an initial when it points to one client', () => {
    expect(matchClient({ lastName: "O'Brien", birthDate: '1962-07-04', firstName: 'J' }, all)).toBe(james);
  });

  it('needs a birth date to match on the name', () => {
    expect(matchClient({ lastName: "O'Brien" }, all)).toBeUndefined();
    expect(matchClient({}, all)).toBeUndefined();
  });

  it('tells family members sharing a member id apart', () => {
    const spouse = client('spouse', {
      firstName: 'Ana',
      lastName: 'Garcia',
      birthDate: '1981-05-02',
      payer: { memberId: 'XOF123456789' },
    });
    expect(matchClient({ memberId: 'XOF123456789', birthDate: '1981-05-02' }, [maria, spouse])).toBe(spouse);
    expect(matchClient({ memberId: 'XOF123456789', firstName: 'Maria' }, [maria, spouse])).toBe(maria);
  });

  it('works on client-list summaries as well as full clients', () => {
    const summaries = [
      { id: 'x', firstName: 'Maria', lastName: 'Garcia', birthDate: '1979-03-14', memberId: 'XOF-1' },
    ];
    expect(matchClient({ memberId: 'xof1' }, summaries)).toBe(summaries[0]);
  });
});

describe('normaliseMemberId', () => {
  it('drops case, spaces and dashes', () => {
    expect(normaliseMemberId(' ab-12 34 ')).toBe('AB1234');
  });
});
