import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createStoreKeyProvider } from '@shared/host/storeKey';
import { createKeychainVault, type SafeStorageLike } from './keychainVault';

/** A stand-in keychain: reversible, but never the identity, so a clear key on disk would show. */
const keychain = (available = true): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (t) => Buffer.from(`wrapped:${Buffer.from(t).toString('hex')}`),
  decryptString: (b) => Buffer.from(b.toString().replace(/^wrapped:/, ''), 'hex').toString(),
});
const fs = { readFile, writeFile, rename };

describe('the Electron store key', () => {
  it('is made once, kept wrapped by the keychain, and the same after a restart', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'xiaoer-key-')), 'store-key');
    const first = await createStoreKeyProvider(createKeychainVault(keychain(), fs, file), (n) => new Uint8Array(randomBytes(n)))();
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const onDisk = await readFile(file);
    expect(onDisk.toString()).not.toContain(first);
    expect(onDisk.toString()).toMatch(/^wrapped:/);
    const again = await createStoreKeyProvider(createKeychainVault(keychain(), fs, file), () => new Uint8Array(32))();
    expect(again).toBe(first);
  });

  it('answers concurrent asks with one key', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'xiaoer-key-')), 'store-key');
    const key = createStoreKeyProvider(createKeychainVault(keychain(), fs, file), (n) => new Uint8Array(randomBytes(n)));
    const [a, b] = await Promise.all([key(), key()]);
    expect(a).toBe(b);
  });

  it('refuses to keep a key without a keychain rather than write it in clear', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'xiaoer-key-')), 'store-key');
    const key = createStoreKeyProvider(createKeychainVault(keychain(false), fs, file), (n) => new Uint8Array(randomBytes(n)));
    await expect(key()).rejects.toThrow(/keychain/);
    await expect(readFile(file)).rejects.toThrow();
  });
});
