import { base64FromBytes } from '../lib/base64';
import type { InvokeHandlers } from './dispatch';

/**
 * Where a host keeps the store key, wrapped: Electron main in a file under userData wrapped by
 * safeStorage (the OS keychain); the browser host in its own IndexedDB wrapped by a
 * non-extractable WebCrypto key. Each host only says where and how to wrap; making the key on
 * first ask, and never making a second one, is this module's, the same for both.
 */
export interface KeyVault {
  /** The wrapped key, or null before the first ask. */
  load(): Promise<string | null>;
  save(wrapped: string): Promise<void>;
  wrap(raw: Uint8Array): Promise<string>;
  unwrap(wrapped: string): Promise<Uint8Array>;
}

/** The store key, made once (32 random bytes) and then always the same; concurrent asks share one answer. */
export function createStoreKeyProvider(vault: KeyVault, random: (n: number) => Uint8Array): () => Promise<string> {
  let pending: Promise<string> | null = null;
  const get = async (): Promise<string> => {
    const wrapped = await vault.load();
    if (wrapped !== null) {
      const raw = await vault.unwrap(wrapped);
      if (raw.length !== 32) throw new Error('the kept store key is damaged');
      return base64FromBytes(raw);
    }
    const raw = random(32);
    await vault.save(await vault.wrap(raw));
    return base64FromBytes(raw);
  };
  return () => {
    // A failed ask (keychain locked) is tried again next time rather than remembered.
    pending ??= get().catch((e: unknown) => { pending = null; throw e; });
    return pending;
  };
}

export function storeKeyHandlers(key: () => Promise<string>): Pick<InvokeHandlers, 'store:key'> {
  return { 'store:key': async () => ({ key: await key() }) };
}
