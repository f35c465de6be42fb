/**
 * zod's objects drop the fields they do not know. A backup is read faithfully or refused, so after a
 * successful parse this finds the first field of the input that the parsed value does not have: the
 * path of a field that is not part of its version's shape (`["clients", 2, "dob"]`), or undefined.
 * Keys are compared with `Object.hasOwn`, so ids and names such as `__proto__` are plain keys.
 */
export function firstUnknownField(
  input: unknown,
  parsed: unknown,
  path: (string | number)[] = [],
): (string | number)[] | undefined {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    for (let i = 0; i < input.length && i < parsed.length; i++) {
      const found: (string | number)[] | undefined = firstUnknownField(input[i], parsed[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(input) || !isPlainObject(parsed)) return undefined;
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(parsed, key)) return [...path, key];
    const found: (string | number)[] | undefined = firstUnknownField(input[key], parsed[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
