import { X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { bitString, boolean, explicit, octetString, oid, sequence, set, time, unsignedInteger, utf8String } from './der';

/**
 * The shop server's own TLS certificate, made on first start and kept in its data folder.
 *
 * Why made here with node:crypto and ~60 lines of DER rather than a certificate library: no
 * PC ever checks it against a certificate authority or a host name. The PC pins its SHA-256
 * fingerprint, which the enrolment code carries, so the certificate only has to be a valid
 * X.509 wrapper around the server's public key that TLS accepts. The X.509 libraries in reach
 * (`selfsigned`, `@peculiar/x509`) need a global `reflect-metadata` polyfill, a DI container
 * and a dozen ASN.1 packages for that; the server stays on node:* and pg. Tests check what is
 * made with Node's own X.509 parser and a real TLS handshake. `openssl` is not an option: shop
 * PCs run Windows.
 *
 * ECDSA P-256 with SHA-256 (every TLS stack speaks it, keys are small and quick to make).
 * Valid from 2000 to 2099: a shop PC with a wrong clock must not lose its server over dates;
 * the pin is what is trusted, not the validity period.
 */
export interface ServerCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate's DER, as Node writes it (`AB:CD:…`). */
  fingerprint: string;
}

const CERT_FILE = 'server-cert.pem';
const KEY_FILE = 'server-key.pem';

const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));
const BASIC_CONSTRAINTS = '2.5.29.19';
const COMMON_NAME = '2.5.4.3';

const pem = (label: string, der: Buffer): string => `-----BEGIN ${label}-----\n${der.toString('base64').match(/.{1,64}/g)?.join('\n')}\n-----END ${label}-----\n`;

/** A self-signed certificate for `privateKey`, named `commonName`. */
export function selfSignedCertificate(privateKey: KeyObject, commonName: string): string {
  const name = sequence(set(sequence(oid(COMMON_NAME), utf8String(commonName))));
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))), // v3
    unsignedInteger(serial),
    ECDSA_WITH_SHA256,
    name,
    sequence(time(new Date(Date.UTC(2000, 0, 1))), time(new Date(Date.UTC(2099, 11, 31, 23, 59, 59)))),
    name,
    spki,
    // Not a certificate authority: it signs nothing but itself.
    explicit(3, sequence(sequence(oid(BASIC_CONSTRAINTS), boolean(true), octetString(sequence())))),
  );
  const signature = sign('sha256', tbs, privateKey); // DER (r, s), as X.509 wants it
  return pem('CERTIFICATE', sequence(tbs, ECDSA_WITH_SHA256, bitString(signature)));
}

/**
 * The certificate in `dir`, made (key file mode 0600, folder 0700) when there is none. A
 * damaged pair stops the start rather than being replaced: a new certificate would make every
 * enrolled PC refuse the server, which must be a deliberate step (delete both files).
 */
export function loadOrCreateCertificate(dir: string, commonName = 'Xiaoer shop server'): ServerCertificate & { created: boolean } {
  const certFile = join(dir, CERT_FILE);
  const keyFile = join(dir, KEY_FILE);
  let created = false;
  if (!fs.existsSync(certFile) && !fs.existsSync(keyFile)) {
    // Only the certificate's own folder is private: `recursive` would give its 0700 to every
    // folder it makes on the way, and the data folder beside it (host mode: shop-server/pg and
    // shop-server/tls) must stay walkable for `postgres` when the server starts as root.
    fs.mkdirSync(dirname(dir), { recursive: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const cert = selfSignedCertificate(privateKey, commonName);
    writePrivate(keyFile, key);
    fs.writeFileSync(certFile, cert, { mode: 0o644 });
    created = true;
  }
  const cert = fs.readFileSync(certFile, 'utf8');
  const key = fs.readFileSync(keyFile, 'utf8');
  const x509 = new X509Certificate(cert);
  if (!x509.checkPrivateKey(createPrivateKey(key))) throw new Error(`${keyFile} is not the key of ${certFile}; delete both to make a new certificate (every PC then joins again)`);
  return { cert, key, fingerprint: x509.fingerprint256, created };
}

function writePrivate(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  // The mode given to writeFileSync is filtered by the umask: set it outright.
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}
