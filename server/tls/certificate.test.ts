import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateCertificate } from './certificate';

const dirs: string[] = [];
const tmp = (): string => {
  const d = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-tls-'));
  dirs.push(d);
  return join(d, 'tls');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the server certificate made on first start', () => {
  it('is an X.509 certificate Node parses, signed by its own key, valid across any plausible PC clock', () => {
    const made = loadOrCreateCertificate(tmp());
    const x509 = new X509Certificate(made.cert);
    expect(x509.subject).toBe('CN=Xiaoer shop server');
    expect(x509.issuer).toBe(x509.subject);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(x509.ca).toBe(false);
    expect(new Date(x509.validFrom).getUTCFullYear()).toBe(2000);
    expect(new Date(x509.validTo).getUTCFullYear()).toBe(2099);
    expect(made.fingerprint).toBe(x509.fingerprint256);
  });

  it('makes its own folder private but not the folders it makes on the way (host mode: postgres walks shop-server/ to its pg/)', () => {
    const base = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-tls-'));
    dirs.push(base);
    const dir = join(base, 'shop-server', 'tls');
    loadOrCreateCertificate(dir);
    if (process.platform !== 'win32') {
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(join(base, 'shop-server')).mode & 0o011).toBe(0o011);
    }
  });

  it('keeps the key readable by the server account only, and the same pair on the next start', () => {
    const dir = tmp();
    const first = loadOrCreateCertificate(dir);
    expect(first.created).toBe(true);
    if (process.platform !== 'win32') {
      expect(fs.statSync(join(dir, 'server-key.pem')).mode & 0o777).toBe(0o600);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    }
    const again = loadOrCreateCertificate(dir);
    expect(again).toMatchObject({ created: false, fingerprint: first.fingerprint });
  });

  it('makes a different key and certificate for every server', () => {
    expect(loadOrCreateCertificate(tmp()).fingerprint).not.toBe(loadOrCreateCertificate(tmp()).fingerprint);
  });

  it('refuses to start on a key that is not the certificate\'s, rather than silently making a new one', () => {
    const a = tmp();
    const b = tmp();
    loadOrCreateCertificate(a);
    loadOrCreateCertificate(b);
    fs.copyFileSync(join(b, 'server-key.pem'), join(a, 'server-key.pem'));
    expect(() => loadOrCreateCertificate(a)).toThrow(/is not the key of/);
  });

  it('serves a real TLS handshake, and the client sees the fingerprint the server computed', async () => {
    const made = loadOrCreateCertificate(tmp());
    const server = https.createServer({ cert: made.cert, key: made.key }, (_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const seen = await new Promise<string>((resolve, reject) => {
        const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
          resolve(socket.getPeerCertificate().fingerprint256);
          socket.end();
        });
        socket.on('error', reject);
      });
      expect(seen).toBe(made.fingerprint);
    } finally {
      server.close();
    }
  });
});
