import type { KeyVault } from '@shared/host/storeKey';
import { base64FromBytes, bytesFromBase64 } from '@shared/lib/base64';

/**
 * The browser host's keychain: a non-extractable AES-GCM key made once and kept in the host's
 * own IndexedDB database (IndexedDB stores CryptoKey objects without ever exposing their
 * bytes), wrapping the store key kept beside it. The same role safeStorage plays for Electron
 * main; the shared provider (shared/host/storeKey.ts) does the rest for both.
 */
const DB = 'xiaoer-host-keys';
const STORE = 'keys';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB failed'));
  });
}

async function open(idb: IDBFactory): Promise<IDBDatabase> {
  const req = idb.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function get<T>(idb: IDBFactory, key: string): Promise<T | undefined> {
  const db = await open(idb);
  try {
    return (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key))) as T | undefined;
  } finally {
    db.close();
  }
}

async function put(idb: IDBFactory, key: string, value: unknown): Promise<void> {
  const db = await open(idb);
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, key);
    await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
  } finally {
    db.close();
  }
}

export function createWebKeyVault(idb: IDBFactory, subtle: SubtleCrypto, random: (n: number) => Uint8Array): KeyVault {
  /** The wrapping key: made on first use, never extractable. */
  const wrapper = async (): Promise<CryptoKey> => {
    const kept = await get<CryptoKey>(idb, 'wrapper');
    if (kept) return kept;
    const made = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await put(idb, 'wrapper', made);
    return made;
  };
  return {
    load: async () => (await get<string>(idb, 'store')) ?? null,
    save: (wrapped) => put(idb, 'store', wrapped),
    async wrap(raw) {
      const iv = random(12);
      const body = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, await wrapper(), raw as Uint8Array<ArrayBuffer>));
      return `${base64FromBytes(iv)}.${base64FromBytes(body)}`;
    },
    async unwrap(wrapped) {
      const [iv, body] = wrapped.split('.');
      return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: bytesFromBase64(iv ?? '') }, await wrapper(), bytesFromBase64(body ?? '')));
    },
  };
}
