/**
 * Every written markup family, filled from the demo records (happy-dom): what fills and what is left,
 * with the reason. The Chromium tests (test/e2e/autofill.e2e.ts) cover the real pages and the two
 * framework fixtures; this is the list the closing note gives for the others.
 */
import { describe, expect, it } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import type { Client, Practice, Session } from '../model';
import { locateClaimForm, readLocatedForm } from '../portal';
import { loadFixture } from '../../test/unit/portal/load';
import { collectForm } from './collect';
import { applyFill } from './fill';
import { fillValues } from './fill-values';
import { planFill } from './plan';
import { laidOutBoxes } from './testing/layout';

laidOutBoxes();

const demo = demoBackup(new Date(2026, 10, 26));
const practice = demo.practice as unknown as Practice;
const client = (id: string) => demo.clients.find((c) => c.id === id) as unknown as Client;
const session = (id: string) => demo.sessions.find((s) => s.id === id) as unknown as Session;

const cases = [
  {
    fixture: 'web-components-claim.html',
    client: 'demo-dana',
    session: 'demo-s-today',
    scripts: true,
    skipped: [],
  },
  { fixture: 'plain-label-for-date.html', client: 'demo-dana', session: 'demo-s-today', skipped: [] },
  {
    fixture: 'angular-material-cms1500.html',
    client: 'demo-marcus',
    session: 'demo-s-marcus',
    // mat-select widgets: only a click on the widget's list sets them.
    skipped: ['Line 1 place of service', 'Line 1 rendering NPI'],
  },
  { fixture: 'uhc-linkhealth-claim.html', client: 'demo-dana', session: 'demo-s-today', skipped: [] },
  { fixture: 'availity-professional-claim.html', client: 'demo-dana', session: 'demo-s-today', skipped: [] },
];

describe('the written fixtures, filled from the demo records', () => {
  for (const c of cases) {
    it(`${c.fixture}: every box with a value fills, nothing is asked on an empty form`, async () => {
      const page = await loadFixture(c.fixture, { scripts: c.scripts ?? false });
      const form = locateClaimForm(page.document)!;
      const info = collectForm(form, readLocatedForm(form).draft);
      const plan = planFill(
        info.fields,
        fillValues(practice, client(c.client), session(c.session), '2026-11-26'),
      );
      expect(plan.fields.filter((f) => f.conflict).map((f) => f.label)).toEqual([]);
      expect(plan.skipped.map((s) => s.label)).toEqual(c.skipped);
      const outcome = await applyFill(form, plan.fields);
      expect(outcome.failed).toEqual([]);
      expect(outcome.filled).toEqual(
        expect.arrayContaining(['Line 1 code', 'Patient last name', 'Billing NPI']),
      );
      // What was written reads back as the session's claim.
      const draft = readLocatedForm(form).draft;
      expect(draft.lines[0]!.code).toBe(session(c.session).lines[0]!.code);
      expect(draft.patient.lastName).toBe(client(c.client).lastName);
      await page.close();
    }, 20_000);
  }
});
