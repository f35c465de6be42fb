import { afterEach, describe, expect, it, vi } from 'vitest';
import { probePage, startProbe, type ProbePart } from './probe';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('portal');
  // Constant test markup only.
  // eslint-disable-next-line no-unsanitized/property
  doc.body.innerHTML = body;
  return doc;
}

describe('probePage', () => {
  it('a claim form by its boxes names', () => {
    expect(probePage(page('<input name="CPT_CODE0"><input name="UNITS0"><input name="DOS0">'))).toBe('claim');
  });
  it('a claim form whose boxes are named only by visible captions', () => {
    const doc = page(
      '<div><div>CPT / HCPCS</div><div><input></div></div><div><div>Units</div><div><input></div></div><input>',
    );
    expect(probePage(doc)).toBe('claim');
  });
  it('a remittance page by its words', () => {
    expect(
      probePage(
        page(
          '<table>\n<tr><th>Group code</th>\n<th>Reason code</th></tr>\n<tr><td>CO</td> <td>45</td></tr></table>',
        ),
      ),
    ).toBe('remittance');
  });
  it('nothing on an ordinary page (a login screen, a news list)', () => {
    expect(probePage(page('<input name="user"><input name="password" type="password"><p>Welcome</p>'))).toBe(
      null,
    );
    // Claim words in a paragraph but no form: nothing to read.
    expect(probePage(page('<p>Enter the CPT code and the diagnosis on the next screen.</p>'))).toBe(null);
  });
});

describe('startProbe', () => {
  afterEach(() => vi.useRealTimers());

  it('loads the reader once a form renders late, then stops looking', async () => {
    vi.useFakeTimers();
    const doc = page('<p>Loading…</p>');
    const asked: ProbePart[] = [];
    const controller = new AbortController();
    startProbe({
      document: doc,
      signal: controller.signal,
      load: async (part) => void asked.push(part),
      backOff: { base: 10, max: 100, maxDoublings: 3 },
    });
    expect(asked).toEqual([]);
    doc.body.innerHTML = '<input name="txt_procCode1"><input name="txt_days1"><input name="txt_charge1">';
    await vi.advanceTimersByTimeAsync(50);
    expect(asked).toEqual(['claim']);
    doc.body.append(doc.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(asked).toEqual(['claim']);
    controller.abort();
  });

  it('the claim reader wins a frame that shows both a form and remittance words', () => {
    const doc = page('<p>Claim status</p><input name="CPT_CODE0"><input name="UNITS0"><input name="DOS0">');
    const load = vi.fn(async () => undefined);
    startProbe({ document: doc, signal: new AbortController().signal, load });
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('claim');
  });
});
