import { useEffect, useState } from 'preact/hooks';
import { computerName, setComputerName, setStaffNames, staffNames } from '../../lib/store';
import { FormStatus, TextAreaField, TextField } from '../shared/Field';

/**
 * This computer's name and the people who work at it: what each record's history says about who made
 * a change ("Front desk (Ana)"). Both stay on this computer (they are not records, and not in backups);
 * with names listed here, the popup asks who is working each time the records are unlocked.
 */
export function ComputerSection() {
  const [name, setName] = useState<string | undefined>();
  const [staff, setStaff] = useState('');
  const [status, setStatus] = useState<{ error?: string; saved?: string }>({});
  useEffect(() => {
    void Promise.all([computerName(), staffNames()]).then(([n, s]) => {
      setName(n);
      setStaff(s.join('\n'));
    });
  }, []);
  if (name === undefined) return <p class="muted">Loading…</p>;

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await setComputerName(name);
      const saved = await setStaffNames(staff.split('\n'));
      setStaff(saved.join('\n'));
      setStatus({ saved: 'Saved. New changes to the records name this computer so.' });
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form class="form" onSubmit={(e) => void save(e)} aria-label="This computer">
      <TextField
        label="This computer's name"
        value={name}
        onValue={setName}
        maxLength={60}
        placeholder="Front desk"
        hint="Shown in each record's history as where a change was made."
      />
      <TextAreaField
        label="People who work at this computer (one per line, optional)"
        value={staff}
        onValue={setStaff}
        rows={3}
        hint="When names are listed, the popup asks who is working after each unlock, and the history names them."
      />
      <div class="btn-row form-actions">
        <button type="submit" class="btn btn-primary">
          Save
        </button>
      </div>
      <FormStatus {...status} />
    </form>
  );
}
