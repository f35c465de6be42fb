import { describe, expect, it } from 'vitest';
import { AutofillRequestSchema } from '../messages/schemas';
import { locateClaimForm, readLocatedForm } from '../portal';
import { loadFixture } from '../../test/unit/portal/load';
import { collectForm } from './collect';

describe('collectForm', () => {
  for (const [name, latin1] of [
    ['officeally-hcfa-cms0212-2016.html', false],
    ['uhc-hcfa1500-2016.html', true],
    ['availity-professional-claim.html', false],
    ['medicaid-composer.html', false],
    ['generated-50-lines.html', false],
  ] as const) {
    it(`${name}: plain data the background's strict schema accepts`, async () => {
      const page = await loadFixture(name, { latin1 });
      const form = locateClaimForm(page.document)!;
      const info = collectForm(form, readLocatedForm(form).draft);
      const parsed = AutofillRequestSchema.safeParse({ type: 'autofill-plan', form: info });
      expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
      expect(info.fields).toHaveLength(form.fields.length);
      await page.close();
    }, 30_000);
  }

  it("a hostile page's long option and radio values and long typed values still give a message the schema accepts", async () => {
    const long = 'x'.repeat(5000);
    const { loadHtml } = await import('../../test/unit/portal/load');
    const page = await loadHtml(`<form>
      <label for="pos">Place of service</label><select id="pos" name="pos0"><option value="${long}">11 - Office</option></select>
      <label for="cpt">CPT</label><input id="cpt" name="cpt0" value="${long}">
      <label for="u">Units</label><input id="u" name="units0">
      <input type="radio" name="ssnEin" value="${long}"><input type="radio" name="ssnEin" value="E">
    </form>`);
    const form = locateClaimForm(page.document)!;
    const info = collectForm(form, readLocatedForm(form).draft);
    expect(AutofillRequestSchema.safeParse({ type: 'autofill-plan', form: info }).success).toBe(true);
    await page.close();
  });

  it('names a composer line by the row it composes', async () => {
    const page = await loadFixture('medicaid-composer.html');
    const info = collectForm(locateClaimForm(page.document)!, {
      patient: {},
      referringProvider: {},
      billingProvider: {},
      diagnoses: [],
      lines: [],
    });
    expect(info.composer).toBe(true);
    expect(info.fields.map((f) => f.path)).toContain(`lines.${info.rows[0]}.code`);
    await page.close();
  });
});
