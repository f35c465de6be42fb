import { useEffect, useState } from 'preact/hooks';
import { StatusAlert, type StatusMessage } from './StatusAlert';
import { localToday } from '../../lib/dates';
import { parseNcciPtp, type NcciEdit } from '../../lib/rules/core';
import {
  clearNcciTable,
  getNcciTable,
  saveNcciTable,
  watchNcciTable,
  type NcciTable,
} from '../../lib/store/code-tables';
import { MueTablePart } from './MueTablePart';

/** The largest file read: the CMS practitioner PTP parts are about 100 MB each as text. */
const MAX_FILE_BYTES = 400 * 1024 * 1024;

/**
 * Code tables: NCCI edits change every quarter. The practice downloads the CMS practitioner PTP file
 * (the four ccipra-vNNNr0-f1..f4 text files, unzipped) and loads it here; the claim checks use it from
 * then on, without an update of the extension. Only the rows for the codes this product checks are kept.
 * The quarter's MUE file is loaded the same way (MueTablePart).
 */
export function CodeTablesSection() {
  const [table, setTable] = useState<NcciTable | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage>();
  useEffect(() => {
    const load = () => void getNcciTable().then(setTable);
    load();
    return watchNcciTable(load);
  }, []);

  const load = async (files: FileList | null | undefined) => {
    if (!files?.length) return;
    setBusy(true);
    setMessage(undefined);
    try {
      const edits: NcciEdit[] = [];
      let rowsRead = 0;
      let outOfScope = 0;
      const problems: string[] = [];
      for (const file of Array.from(files)) {
        if (file.size > MAX_FILE_BYTES)
          throw new Error(`${file.name} is larger than 400 MB: is it the PTP text file?`);
        const result = parseNcciPtp(await file.text());
        rowsRead += result.edits.length + result.outOfScope + result.skipped.length;
        outOfScope += result.outOfScope;
        edits.push(...result.edits);
        for (const s of result.skipped.slice(0, 3))
          problems.push(`${file.name}, line ${s.line}: ${s.reason}`);
        if (result.edits.length + result.outOfScope === 0)
          problems.push(
            `${file.name}: no NCCI edit rows found (tab-separated Column 1, Column 2, dates, indicator).`,
          );
      }
      if (edits.length === 0) {
        setMessage({
          tone: 'error',
          text: 'No edit for the codes this extension checks was found in the file. Nothing changed.',
          details: problems,
        });
        return;
      }
      const source = Array.from(files, (f) => f.name).join(', ');
      await saveNcciTable({ source, loadedOn: localToday(), edits, rowsRead, outOfScope });
      setMessage({
        tone: 'ok',
        text: `Loaded ${edits.length} edits for massage and therapy codes from ${rowsRead.toLocaleString()} rows.`,
        ...(problems.length ? { details: problems } : {}),
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
    await clearNcciTable();
    setMessage({ tone: 'ok', text: 'Back to the NCCI table built into the extension.' });
  };

  return (
    <div class="data-section">
      <div class="data-row">
        <div>
          <h3>NCCI edits in use</h3>
          {table === undefined ? (
            <p class="muted small">Loading…</p>
          ) : table ? (
            <p class="small" data-ncci-source="loaded">
              From {table.source}, loaded {table.loadedOn}: {table.edits.length} edits for the codes checked.
            </p>
          ) : (
            <p class="small" data-ncci-source="built-in">
              The table built into the extension (massage, manual therapy and chiropractic pairs). Load the
              current quarter's CMS file to replace it.
            </p>
          )}
        </div>
        {table ? (
          <button type="button" class="btn" onClick={() => void reset()} disabled={busy}>
            Use the built-in table
          </button>
        ) : null}
      </div>
      <div class="data-row">
        <div>
          <h3>
            <label for="ncci-file">Load a CMS practitioner PTP file</label>
          </h3>
          <p class="muted small" id="ncci-file-hint">
            From cms.gov, "Medicare NCCI procedure to procedure (PTP) edits", practitioner: unzip and choose
            the text files (you may pick all four parts at once).
          </p>
        </div>
        <input
          id="ncci-file"
          type="file"
          multiple
          accept=".txt,.tsv,text/plain,text/tab-separated-values"
          aria-describedby="ncci-file-hint"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void load(input.files).finally(() => (input.value = ''));
          }}
        />
      </div>
      <div role="status" aria-live="polite" class="data-status">
        {busy ? <p class="muted small">Reading the file…</p> : null}
        {message ? <StatusAlert message={message} testId="ncci-message" /> : null}
      </div>
      <MueTablePart busy={busy} setBusy={setBusy} />
    </div>
  );
}
