import { TextField } from './Field';

export type AddressValues = { line1: string; line2: string; city: string; state: string; zip: string };

/**
 * Street, city, state and ZIP, as the practice profile (box 32/33) and a client's record (box 5) both
 * ask for them, with the state and ZIP validation messages under their fields.
 */
export function AddressFields({
  values,
  set,
  errors,
  showErrors,
}: {
  values: AddressValues;
  set: (key: keyof AddressValues) => (value: string) => void;
  errors: { state?: string | undefined; zip?: string | undefined };
  showErrors: boolean;
}) {
  const common = { showErrors };
  return (
    <>
      <TextField label="Address" size="l" value={values.line1} onValue={set('line1')} {...common} />
      <TextField label="Address line 2" value={values.line2} onValue={set('line2')} {...common} />
      <TextField label="City" value={values.city} onValue={set('city')} {...common} />
      <TextField
        label="State"
        size="xs"
        value={values.state}
        onValue={set('state')}
        error={errors.state}
        maxLength={2}
        {...common}
      />
      <TextField
        label="ZIP"
        size="s"
        value={values.zip}
        onValue={set('zip')}
        error={errors.zip}
        inputMode="numeric"
        {...common}
      />
    </>
  );
}
