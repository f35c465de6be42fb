import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchClaimForm } from './claim-form-watcher';

// A stand-in locator: "a claim form" is any input named cpt*. The real one is lib/portal.
const locate = (doc: Document) => {
  const inputs = [...doc.querySelectorAll<HTMLInputElement>('input[name^="cpt"]')];
  return inputs.length ? { inputs } : null;
};

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Test markup (constant strings only) as nodes. */
const markup = (html: string) => {
  const parsed = new DOMParser().parseFromString(`<template>${html}</template>`, 'text/html');
  return document.importNode(parsed.querySelector('template')!.content, true);
};
const setBody = (html: string) => document.body.replaceChildren(markup(html));

describe('watchClaimForm', () => {
  let controller: AbortController;
  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  test('on a page without a claim form it reports nothing and does no value work', async () => {
    setBody('<p>Welcome</p><input name="search">');
    const onForm = vi.fn();
    const onValues = vi.fn();
    watchClaimForm({ root: document, signal: controller.signal, locate, onForm, onValues, discoverDelay: 5 });
    document.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 20));
    expect(onForm).not.toHaveBeenCalled();
    expect(onValues).not.toHaveBeenCalled();
  });

  test('finds a form rendered later (single-page apps)', async () => {
    const onForm = vi.fn();
    watchClaimForm({
      root: document,
      signal: controller.signal,
      locate,
      onForm,
      onValues: vi.fn(),
      discoverDelay: 5,
    });
    const wrapper = document.createElement('div');
    wrapper.append(markup('<table><tr><td><input name="cpt0"></td></tr></table>'));
    document.body.append(wrapper);
    await new Promise((r) => setTimeout(r, 30));
    expect(onForm).toHaveBeenCalledTimes(1);
    expect(onForm.mock.calls[0]![0].inputs).toHaveLength(1);
  });

  test('coalesces the events of one keystroke into one update', async () => {
    setBody('<input name="cpt0">');
    const onValues = vi.fn();
    watchClaimForm({ root: document, signal: controller.signal, locate, onForm: vi.fn(), onValues });
    const input = document.querySelector('input')!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(onValues).toHaveBeenCalledTimes(1);
  });

  test('re-locates when a row is added', async () => {
    setBody('<table><tbody><tr><td><input name="cpt0"></td></tr></tbody></table>');
    const onForm = vi.fn();
    watchClaimForm({
      root: document,
      signal: controller.signal,
      locate,
      onForm,
      onValues: vi.fn(),
      relocateDelay: 5,
    });
    const row = document.createElement('tr');
    row.append(markup('<td><input name="cpt1"></td>'));
    document.querySelector('tbody')!.append(row);
    await new Promise((r) => setTimeout(r, 30));
    expect(onForm).toHaveBeenLastCalledWith({ inputs: expect.any(Array) });
    expect(onForm.mock.lastCall![0].inputs).toHaveLength(2);
  });

  test('ignores mutations of its own UI and stops when aborted', async () => {
    setBody('<input name="cpt0">');
    const host = document.createElement('div');
    const onForm = vi.fn();
    const onValues = vi.fn();
    watchClaimForm({
      root: document,
      signal: controller.signal,
      locate,
      onForm,
      onValues,
      relocateDelay: 5,
      isOwnNode: (n) => n === host || host.contains(n),
    });
    onForm.mockClear();
    document.body.append(host);
    host.append(document.createElement('input'));
    await new Promise((r) => setTimeout(r, 20));
    expect(onForm).not.toHaveBeenCalled();
    controller.abort();
    document.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(onValues).not.toHaveBeenCalled();
  });

  test('a locator that throws does not escape', async () => {
    const onForm = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    watchClaimForm({
      root: document,
      signal: controller.signal,
      locate: () => {
        throw new Error('boom');
      },
      onForm,
      onValues: vi.fn(),
    });
    expect(onForm).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });
});

describe('a page without a claim form that keeps changing', () => {
  test('is looked at less and less often (adaptive delay), yet a form that appears is still found', async () => {
    setBody('<table><tbody></tbody></table>');
    const controller = new AbortController();
    let looks = 0;
    const onForm = vi.fn();
    watchClaimForm({
      root: document,
      signal: controller.signal,
      locate: (doc) => {
        looks++;
        return locate(doc);
      },
      onForm,
      onValues: vi.fn(),
      discoverDelay: 2,
    });
    // A list that re-renders its checkboxes every 5 ms for 300 ms.
    for (let i = 0; i < 60; i++) {
      const row = document.createElement('tr');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: `pick${i}` });
      row.append(Object.assign(document.createElement('td'), {}), box);
      document.querySelector('tbody')!.replaceChildren(row);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(looks).toBeLessThan(12); // 1 at start + a doubling delay, not 60
    const row = document.createElement('tr');
    row.append(markup('<td><input name="cpt0"></td>'));
    document.querySelector('tbody')!.append(row);
    await new Promise((r) => setTimeout(r, 1200));
    expect(onForm).toHaveBeenCalledTimes(1);
    controller.abort();
  });
});
