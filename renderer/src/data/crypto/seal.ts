import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';
import { bug } from '@shared/lib/problem';

/**
 * Contact secrets (full phone, address, recipient name) sealed at rest with AES-GCM under the
 * store key the host keeps (Electron: wrapped by safeStorage; browser host: wrapped by a
 * non-extractable WebCrypto key). The raw key crosses the host contract once, is imported here
 * as non-extractable keys and dropped.
 *
 * Sealing is deterministic — the IV is an HMAC of the clear value — so sealing the same value
 * twice gives the same text: a record written again unchanged stays unchanged for the change
 * log and team sync, and equal values still compare equal without being opened. The price is
 * that two equal secrets are visibly equal in the store, which tells an attacker nothing they
 * could not learn from the masked copies beside them.
 */

const PREFIX = 'xs1:';
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** The two keys derived from the host's store key: both non-extractable, so they can be posted to a worker but never read. */
export interface StoreKeys {
  aes: CryptoKey;
  mac: CryptoKey;
}

let current: StoreKeys | null = null;

const te = new TextEncoder();
const td = new TextDecoder();

/** The keys for a raw 32-byte store key (base64), derived with HKDF so one key never serves two algorithms. */
export async function deriveStoreKeys(rawBase64: string): Promise<StoreKeys> {
  const raw = bytesFromBase64(rawBase64);
  if (raw.length !== 32) throw bug('the store key is not 32 bytes');
  const base = await subtle().importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  raw.fill(0);
  const info = (label: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: te.encode(label) });
  const [aes, mac] = await Promise.all([
    subtle().deriveKey(info('xiaoer contact seal'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey(info('xiaoer contact iv'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { aes, mac };
}

/** Installs the store keys for this thread (the app after the host answered; a worker from its hello). */
export function setStoreKeys(keys: StoreKeys | null): void {
  current = keys;
}

/** The keys in use, to hand to a worker (null while the host gave none). */
export function storeKeys(): StoreKeys | null {
  return current;
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** A JSON value as sealed text; the same value under the same key always gives the same text. */
export async function sealValue(value: unknown, keys: StoreKeys): Promise<string> {
  const clear = te.encode(JSON.stringify(value));
  const iv = new Uint8Array(await subtle().sign('HMAC', keys.mac, clear)).subarray(0, 12);
  const body = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, keys.aes, clear));
  const out = new Uint8Array(iv.length + body.length);
  out.set(iv);
  out.set(body, iv.length);
  return PREFIX + base64FromBytes(out);
}

/** The clear value of sealed text; throws when the key is wrong or the text was altered (GCM's tag). */
export async function openValue<T>(sealed: string, keys: StoreKeys | null = current): Promise<T> {
  if (!keys) throw bug('the store key is not available');
  const bytes = bytesFromBase64(sealed.slice(PREFIX.length));
  const clear = await subtle().decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, keys.aes, bytes.subarray(12));
  return JSON.parse(td.decode(clear)) as T;
}

/** A value as stored: sealed when keys are installed and it is not sealed yet. */
async function sealed(value: unknown, keys: StoreKeys): Promise<unknown> {
  // Nothing to hide in an empty value (an address change from no known address).
  return value === null || value === undefined || value === '' || isSealed(value) ? value : sealValue(value, keys);
}

async function opened(value: unknown, keys: StoreKeys | null): Promise<unknown> {
  return isSealed(value) ? openValue(value, keys) : value;
}

type Row = Record<string, unknown>;

/**
 * Where each table keeps contact secrets: whole fields, and fields of the items of a list
 * (an order's address changes keep their masked copies readable beside the sealed full text).
 */
const SECRET_FIELDS: Record<string, { fields: string[]; lists?: Record<string, string[]> }> = {
  buyers: { fields: ['contactSecret'] },
  orders: { fields: ['recipient'], lists: { addressChanges: ['from', 'to'] } },
};

export const hasSecrets = (table: string): boolean => table in SECRET_FIELDS;

async function mapSecrets(table: string, row: Row, f: (v: unknown) => Promise<unknown>): Promise<Row> {
  const spec = SECRET_FIELDS[table];
  if (!spec) return row;
  let out: Row | null = null;
  for (const name of spec.fields) {
    if (!(name in row)) continue;
    const next = await f(row[name]);
    if (next !== row[name]) (out ??= { ...row })[name] = next;
  }
  for (const [list, names] of Object.entries(spec.lists ?? {})) {
    const items = row[list];
    if (!Array.isArray(items)) continue;
    const mapped = await Promise.all(items.map(async (item: unknown) => {
      if (!item || typeof item !== 'object') return item;
      let copy: Row | null = null;
      for (const n of names) {
        const v = (item as Row)[n];
        if (v === undefined) continue;
        const next = await f(v);
        if (next !== v) (copy ??= { ...(item as Row) })[n] = next;
      }
      return copy ?? item;
    }));
    if (mapped.some((m, i) => m !== items[i])) (out ??= { ...row })[list] = mapped;
  }
  return out ?? row;
}

/**
 * Rows as they go into the store: every contact secret sealed. Without keys (the host gave
 * none: see docs/security.md) rows pass unchanged and the background pass seals them later.
 */
export async function sealRows<T>(table: string, rows: readonly T[], keys: StoreKeys | null = current): Promise<T[]> {
  if (!keys || !hasSecrets(table)) return rows as T[];
  const k = keys;
  return Promise.all(rows.map((r) => mapSecrets(table, r as Row, (v) => sealed(v, k)) as Promise<T>));
}

/** One row's secrets in clear: for a reveal, 核实, a backup or a push — never for a list. */
export async function openRow<T>(table: string, row: T, keys: StoreKeys | null = current): Promise<T> {
  if (!hasSecrets(table)) return row;
  return mapSecrets(table, row as Row, (v) => opened(v, keys)) as Promise<T>;
}

/** True when a row still holds a contact secret in clear. */
export function hasClearSecret(table: string, row: Row): boolean {
  const spec = SECRET_FIELDS[table];
  if (!spec) return false;
  const clear = (v: unknown) => v !== null && v !== undefined && !isSealed(v) && v !== '';
  if (spec.fields.some((n) => clear(row[n]))) return true;
  return Object.entries(spec.lists ?? {}).some(([list, names]) => Array.isArray(row[list]) && (row[list] as Row[]).some((it) => names.some((n) => clear(it?.[n]))));
}
