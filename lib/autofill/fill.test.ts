/**
 * Collect -> plan -> fill -> undo on real markup in happy-dom: the fixtures' own page scripts keep their
 * state the way React and Angular do, and the test reads that state, not just the boxes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import type { Client, Practice, Session } from '../model';
import { locateClaimForm, readLocatedForm, type LocatedForm } from '../portal';
import { loadFixture, type Page } from '../../test/unit/portal/load';
import { collectForm } from './collect';
import { applyFill } from './fill';
import { undoFill } from './undo';
import { fillValues } from './fill-values';
import { planFill } from './plan';
import { laidOutBoxes } from './testing/layout';

laidOutBoxes();

const demo = demoBackup(new Date(2026, 10, 26));
const practice = demo.practice as unknown as Practice;
const dana = demo.clients[0] as unknown as Client;
const marcus = demo.clients[1] as unknown as Client;
const danaToday = demo.sessions.find((s) => s.id === 'demo-s-today') as unknown as Session;
const marcusSession = demo.sessions.find((s) => s.id === 'demo-s-marcus') as unknown as Session;

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function planFor(form: LocatedForm, client: Client, session: Session) {
  const info = collectForm(form, readLocatedForm(form).draft);
  return planFill(info.fields, fillValues(practice, client, session, '2026-11-26'));
}

/** Every control's value and checked state, in document order. */
function snapshot(doc: Document) {
  return Array.from(doc.querySelectorAll('input, select, textarea')).map((el) => {
    const input = el as HTMLInputElement;
    return `${input.name || input.id || input.getAttribute('formcontrolname')}=${input.value}|${input.checked ?? ''}`;
  });
}

describe('a React-controlled form (react-controlled.html)', () => {
  it('the page state holds what the fill wrote; a plain value write would have been lost', async () => {
    page = await loadFixture('react-controlled.html', { scripts: true });
    const doc = page.document;
    const state = () => JSON.parse((page!.window as unknown as { __claimState: string }).__claimState);

    // The fixture is faithful: a plain `value =` with an input event is ignored by the state, and wiped.
    const last = doc.getElementById('patientLastName') as HTMLInputElement;
    last.value = 'Plain';
    last.dispatchEvent(new (page.window as unknown as typeof globalThis).Event('input', { bubbles: true }));
    expect(state().patientLastName).toBeUndefined();
    expect(last.value).toBe('');

    const form = locateClaimForm(doc)!;
    const plan = planFor(form, dana, danaToday);
    expect(plan.fields.every((f) => !f.conflict)).toBe(true);
    const outcome = await applyFill(form, plan.fields);
    expect(outcome.failed).toEqual([]);
    expect(state()).toMatchObject({
      patientLastName: 'Rivera',
      patientFirstName: 'Dana',
      patientDob: '04/12/1986',
      memberId: 'XJH449120331',
      groupNumber: 'G-2201',
      referringNpi: '1528060837',
      billingNpi: '1558598797',
      federalTaxId: '841234567',
      taxIdType: 'EIN',
      'diagnoses[0]': 'M54.50',
      'diagnoses[1]': 'M62.830',
      'serviceLines[0].fromDate': '11/23/2026',
      'serviceLines[0].pos': '11',
      'serviceLines[0].procedureCode': '97124',
      'serviceLines[0].diagnosisPointer': 'A',
      'serviceLines[0].units': '1',
      'serviceLines[0].charges': '40.00',
      'serviceLines[1].procedureCode': '97140',
    });
  });

  it('Undo puts every box back; a React radio group that cannot return to "none" is reported, not hidden', async () => {
    page = await loadFixture('react-controlled.html', { scripts: true });
    const before = snapshot(page.document);
    const form = locateClaimForm(page.document)!;
    const outcome = await applyFill(form, planFor(form, dana, danaToday).fields);
    expect(snapshot(page.document)).not.toEqual(before);
    const undone = await undoFill(outcome.changes);
    expect(undone).toEqual({ restored: outcome.changes.length - 1, kept: 0, stuck: 1 });
    const after = snapshot(page.document);
    expect(after.filter((s) => !s.startsWith('taxIdType'))).toEqual(
      before.filter((s) => !s.startsWith('taxIdType')),
    );
    expect(after.filter((s) => s.startsWith('taxIdType'))).toEqual([
      'taxIdType=SSN|false',
      'taxIdType=EIN|true',
    ]);
  });

  it('Undo on a plain page (Office Ally) is exact, radios and selects included', async () => {
    page = await loadFixture('officeally-hcfa-cms0212-2016.html');
    const before = snapshot(page.document);
    const form = locateClaimForm(page.document)!;
    const outcome = await applyFill(form, planFor(form, marcus, marcusSession).fields);
    expect(outcome.changes.some((c) => c.el.type === 'radio')).toBe(true);
    expect(outcome.changes.length).toBeGreaterThan(25);
    // An auto claim: the carrier's claim number in 11b with its qualifier, and Office Ally's accident date.
    const H = 'ctl00_phFolderContent_ucHCFA_';
    const box = (id: string) => (page!.document.getElementById(H + id) as HTMLInputElement).value;
    expect([box('txtOtherClaimID'), box('selOtherClaimQual')]).toEqual(['PIP-2026-88412', 'Y4']);
    expect(box('AccidentDate_Year')).toBe('2026');
    expect(box('selDateOfCurrentQual')).toBe(''); // box 14's date boxes are not in this copy: no lone qualifier
    const undone = await undoFill(outcome.changes);
    expect(undone.stuck).toBe(0);
    expect(snapshot(page.document)).toEqual(before);
  }, 30_000);
});

describe('an Angular reactive form (angular-reactive.html)', () => {
  it('the model holds the filled values; blur marks touched and formats; type=date and checkboxes fill', async () => {
    page = await loadFixture('angular-reactive.html', { scripts: true });
    const doc = page.document;
    const model = () => JSON.parse((page!.window as unknown as { __ngModel: string }).__ngModel);
    const form = locateClaimForm(doc)!;
    const plan = planFor(form, marcus, marcusSession);
    const outcome = await applyFill(form, plan.fields);
    expect(outcome.failed).toEqual([]);
    expect(model()).toMatchObject({
      patientLastName: 'Lee',
      dobMonth: '09',
      dobDay: '30',
      dobYear: '1979',
      insuredId: 'EV-55120',
      referringNpi: '1003347634',
      taxId: '84-1234567', // the page's own blur formatting, kept
      taxIdKind: 'EIN',
      Diag_1_21: 'S13.4XXD',
      lines: [
        {
          dateOfService: '2026-11-26',
          placeOfService: '11',
          cptCode: '97124',
          ptrA: true,
          units: '3',
          charges: '120.00',
        },
        {},
      ],
    });
    expect(doc.querySelector('[formcontrolname="cptCode"]')!.className).toContain('ng-touched');
    expect(doc.querySelector('[formcontrolname="ptrB"]')!.className).toContain('ng-pristine');
  });
});

describe('never overwrites without consent', () => {
  it('a pre-typed box is a conflict, left as typed; a box the person edits after the fill survives Undo', async () => {
    page = await loadFixture('react-controlled.html', { scripts: true });
    const doc = page.document;
    const View = page.window as unknown as typeof globalThis;
    const member = doc.getElementById('memberId') as HTMLInputElement;
    // Typed by a person (the tracker sees an input event with a new value).
    Object.getOwnPropertyDescriptor(View.HTMLInputElement.prototype, 'value')!.set!.call(member, 'W999');
    member.dispatchEvent(new View.Event('input', { bubbles: true }));
    const form = locateClaimForm(doc)!;
    const plan = planFor(form, dana, danaToday);
    const conflicts = plan.fields.filter((f) => f.conflict);
    expect(conflicts.map((c) => [c.label, c.old, c.new])).toEqual([['Member ID', 'W999', 'XJH449120331']]);
    const outcome = await applyFill(
      form,
      plan.fields.filter((f) => !f.conflict),
    );
    expect(member.value).toBe('W999');
    // The person changes a filled box, then undoes the fill: their edit stays.
    const group = doc.getElementById('groupNumber') as HTMLInputElement;
    Object.getOwnPropertyDescriptor(View.HTMLInputElement.prototype, 'value')!.set!.call(group, 'MINE');
    group.dispatchEvent(new View.Event('input', { bubbles: true }));
    const undone = await undoFill(outcome.changes);
    expect(undone.kept).toBe(1);
    expect(group.value).toBe('MINE');
    expect((doc.getElementById('patientLastName') as HTMLInputElement).value).toBe('');
  });

  it('a replaced box goes back to what the person had typed on Undo', async () => {
    page = await loadFixture('react-controlled.html', { scripts: true });
    const doc = page.document;
    const View = page.window as unknown as typeof globalThis;
    const member = doc.getElementById('memberId') as HTMLInputElement;
    Object.getOwnPropertyDescriptor(View.HTMLInputElement.prototype, 'value')!.set!.call(member, 'W999');
    member.dispatchEvent(new View.Event('input', { bubbles: true }));
    const form = locateClaimForm(doc)!;
    const plan = planFor(form, dana, danaToday);
    const first = await applyFill(
      form,
      plan.fields.filter((f) => !f.conflict),
    );
    const agreed = await applyFill(
      form,
      plan.fields.filter((f) => f.conflict),
    );
    expect(member.value).toBe('XJH449120331');
    await undoFill([...first.changes, ...agreed.changes]);
    expect(member.value).toBe('W999');
    const state = JSON.parse((page.window as unknown as { __claimState: string }).__claimState);
    expect(state.memberId).toBe('W999');
  });

  it('never writes into a disabled or hidden box, even when the plan names it', async () => {
    page = await loadFixture('react-controlled.html', { scripts: true });
    const doc = page.document;
    const form = locateClaimForm(doc)!;
    const plan = planFor(form, dana, danaToday);
    (doc.getElementById('billingNpi') as HTMLInputElement).disabled = true;
    (doc.getElementById('groupNumber') as HTMLInputElement).hidden = true;
    const outcome = await applyFill(form, plan.fields);
    expect(outcome.failed).toEqual(expect.arrayContaining(['Billing NPI']));
    expect((doc.getElementById('billingNpi') as HTMLInputElement).value).toBe('');
  });
});

describe('a composer form (medicaid-composer.html)', () => {
  it('fills the line being composed (the session line after those already listed), never the list', async () => {
    page = await loadFixture('medicaid-composer.html', { scripts: true });
    const doc = page.document;
    const form = locateClaimForm(doc)!;
    expect(form.composer).toBe(true);
    // One line is already in the portal's list: the composer is line 2, and gets the session's second line.
    const plan = planFor(form, dana, danaToday);
    const outcome = await applyFill(form, plan.fields);
    expect(outcome.failed).toEqual([]);
    expect((doc.getElementById('hcpcsCode') as HTMLInputElement).value).toBe('97140');
    expect((doc.getElementById('placeOfService') as HTMLSelectElement).value).toBe('11');
    expect((doc.getElementById('charge') as HTMLInputElement).value).toBe('45.00');
    expect(readLocatedForm(form).draft.lines.map((l) => l.code)).toEqual(['97124', '97140']);
  });
});
