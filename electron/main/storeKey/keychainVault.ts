import type { KeyVault } from '@shared/host/storeKey';

/** What the vault needs of Electron's safeStorage (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface VaultFs {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: Buffer, options: { mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/**
 * The store key wrapped by the OS keychain (safeStorage: DPAPI on Windows, Keychain on macOS,
 * libsecret on Linux) in one file under userData. Without a keychain the key is refused rather
 * than written in clear: the renderer then keeps working with secrets unsealed and says so
 * (docs/security.md), instead of pretending a plain file on the same disk protects anything.
 */
export function createKeychainVault(safe: SafeStorageLike, fs: VaultFs, file: string): KeyVault {
  return {
    async load() {
      try {
        return (await fs.readFile(file)).toString('base64');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async save(wrapped) {
      // Written beside and renamed into place: a crash never leaves half a key.
      await fs.writeFile(`${file}.tmp`, Buffer.from(wrapped, 'base64'), { mode: 0o600 });
      await fs.rename(`${file}.tmp`, file);
    },
    async wrap(raw) {
      if (!safe.isEncryptionAvailable()) throw new Error('the OS keychain is not available: contact secrets stay unsealed');
      return safe.encryptString(Buffer.from(raw).toString('base64')).toString('base64');
    },
    async unwrap(wrapped) {
      if (!safe.isEncryptionAvailable()) throw new Error('the OS keychain is not available: contact secrets stay unsealed');
      return new Uint8Array(Buffer.from(safe.decryptString(Buffer.from(wrapped, 'base64')), 'base64'));
    },
  };
}
