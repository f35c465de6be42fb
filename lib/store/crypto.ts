/**
 * Encryption of the records at rest (DESIGN.md "Locking and encryption"), Web Crypto only.
 *
 * - The key comes from the passphrase through PBKDF2-SHA256 at 600,000 iterations (OWASP's current
 *   figure for PBKDF2-HMAC-SHA256): Web Crypto has no Argon2, and a slow KDF is what makes guessing a
 *   passphrase from a copied profile expensive.
 * - Each record is sealed on its own with AES-GCM (a fresh 96-bit IV each time), so a save writes one
 *   record's ciphertext, not the whole store's. The record's key (`client:abc`) is the additional data:
 *   a ciphertext moved under another record's key does not open.
 * - A "check" value sealed with the key tells a wrong passphrase from a right one without a record.
 */
export const KDF_ITERATIONS = 600_000;
export const KDF = 'PBKDF2-SHA256';

/** What is stored beside the records (in clear: none of it helps to guess the passphrase). */
export type KeyInfo = { kdf: typeof KDF; iterations: number; salt: string; check: Sealed };
/** One sealed value: base64 IV and ciphertext (with its tag). */
export type Sealed = { iv: string; ct: string };

const CHECK_TEXT = 'massage-billing-assistant:key-check';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A new key for a passphrase, with what `keyFromPassphrase` needs to derive it again. */
export async function newKey(passphrase: string): Promise<{ key: CryptoKey; info: KeyInfo }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  const check = await seal(key, 'check', CHECK_TEXT);
  return { key, info: { kdf: KDF, iterations: KDF_ITERATIONS, salt: toBase64(salt), check } };
}

/** The key for this passphrase, or undefined when it is not the passphrase `info` was made with. */
export async function keyFromPassphrase(passphrase: string, info: KeyInfo): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passphrase, fromBase64(info.salt), info.iterations);
  try {
    return (await open(key, 'check', info.check)) === CHECK_TEXT ? key : undefined;
  } catch {
    return undefined;
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    // Extractable: the raw key is kept in storage.session (memory only) so every extension page of
    // this browser session opens the records without asking again.
    true,
    ['encrypt', 'decrypt'],
  );
}

/** Seals a JSON value under a record key. */
export async function seal(key: CryptoKey, id: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(id) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Opens what `seal` made for the same record key; throws when the key or the record key differ. */
export async function open(key: CryptoKey, id: string, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv) as BufferSource, additionalData: encoder.encode(id) },
    key,
    fromBase64(sealed.ct) as BufferSource,
  );
  return JSON.parse(decoder.decode(plain));
}

export async function exportRawKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export function importRawKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw) as BufferSource, 'AES-GCM', true, [
    'encrypt',
    'decrypt',
  ]);
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  // In slices: String.fromCharCode(...bytes) overflows the call stack on a large record.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
