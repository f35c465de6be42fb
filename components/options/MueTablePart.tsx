import { useEffect, useState } from 'preact/hooks';
import { StatusAlert, type StatusMessage } from './StatusAlert';
import { localToday } from '../../lib/dates';
import { parseMue } from '../../lib/rules/core';
import {
  clearMueTable,
  getMueTable,
  saveMueTable,
  watchMueTable,
  type MueTable,
} from '../../lib/store/code-tables';

/** The CMS practitioner MUE CSV is about 1 MB; anything far larger is the wrong file. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Medically Unlikely Edits change every quarter, and the limits for 97124 and 97140 are not in the
 * built-in rows (no public page quoting the CMS file could be found for them). The practice downloads
 * CMS's practitioner MUE file (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv) and loads it here;
 * `units-exceed-mue` uses it from then on. Only the codes this product knows are kept.
 */
export function MueTablePart({ busy, setBusy }: { busy: boolean; setBusy: (busy: boolean) => void }) {
  const [table, setTable] = useState<MueTable | null | undefined>(undefined);
  const [message, setMessage] = useState<StatusMessage>();
  useEffect(() => {
    const load = () => void getMueTable().then(setTable);
    load();
    return watchMueTable(load);
  }, []);

  const load = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(undefined);
    try {
      if (file.size > MAX_FILE_BYTES)
        throw new Error(`${file.name} is larger than 50 MB: is it the MUE file?`);
      const result = parseMue(await file.text(), { source: file.name });
      const rowsRead = result.entries.length + result.outOfScope + result.skipped.length;
      const details = result.skipped.slice(0, 3).map((s) => `${file.name}, row ${s.record}: ${s.reason}`);
      if (result.entries.length === 0) {
        setMessage({
          tone: 'error',
          text:
            rowsRead === 0
              ? `${file.name} has no MUE rows (a header "HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator"). Nothing changed.`
              : 'No MUE value for the codes this extension checks was found in the file. Nothing changed.',
          details,
        });
        return;
      }
      await saveMueTable({
        source: file.name,
        loadedOn: localToday(),
        entries: result.entries,
        rowsRead,
        outOfScope: result.outOfScope,
      });
      setMessage({
        tone: 'ok',
        text: `Loaded ${result.entries.length} MUE values for massage and therapy codes from ${rowsRead.toLocaleString()} rows.`,
        ...(details.length ? { details } : {}),
      });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: `${error instanceof Error ? error.message : String(error)} Nothing changed.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    await clearMueTable();
    setMessage({ tone: 'ok', text: 'Back to the MUE values built into the extension.' });
  };

  return (
    <>
      <div class="data-row">
        <div>
          <h3>Unit limits (MUE) in use</h3>
          {table === undefined ? (
            <p class="muted small">Loading…</p>
          ) : table ? (
            <p class="small" data-mue-source="loaded">
              From {table.source}, loaded {table.loadedOn}: {table.entries.length} codes with a daily limit.
            </p>
          ) : (
            <p class="small" data-mue-source="built-in">
              The few values built into the extension (from a 2017 quote; none for 97124 or 97140). Load the
              current quarter's CMS file to check every code's units.
            </p>
          )}
        </div>
        {table ? (
          <button type="button" class="btn" onClick={() => void reset()} disabled={busy}>
            Use the built-in values
          </button>
        ) : null}
      </div>
      <div class="data-row">
        <div>
          <h3>
            <label for="mue-file">Load a CMS practitioner MUE file</label>
          </h3>
          <p class="muted small" id="mue-file-hint">
            From cms.gov, "Medicare NCCI Medically Unlikely Edits", practitioner services: unzip and choose
            the CSV file.
          </p>
        </div>
        <input
          id="mue-file"
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          aria-describedby="mue-file-hint"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void load(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </div>
      <div role="status" aria-live="polite" class="data-status">
        {message ? <StatusAlert message={message} testId="mue-message" /> : null}
      </div>
    </>
  );
}
