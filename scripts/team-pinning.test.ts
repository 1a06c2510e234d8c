import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeEnrolCode } from '../shared/domain/team/enrolCode';
import { GOOD_CODE, startFakeShopServer, type FakeShopServer } from '../electron/main/sync/fakeShopServer';
import { createSyncService } from '../electron/main/sync/service';
import { startTcpProxy, type TcpProxy } from '../e2e/fixtures/tcpProxy';
import { loadOrCreateCertificate } from '../server/tls/certificate';

// Certificate pinning end to end over real TLS: the shop server's own certificate
// (server/tls, as `npm run server` makes it) and the PC's transport (electron/main/sync, the
// module Electron main and serve-web both run). Lives in scripts/ because it joins the two
// layers, which may not import each other.

let tmp: string;
let shop: FakeShopServer;
let impostor: FakeShopServer;
let cable: TcpProxy;
let shopCert: ReturnType<typeof loadOrCreateCertificate>;

beforeAll(async () => {
  tmp = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-pinning-'));
  shopCert = loadOrCreateCertificate(join(tmp, 'shop-tls'));
  shop = await startFakeShopServer({ tls: shopCert });
  // Another machine answering as the shop server: same routes, its own certificate.
  impostor = await startFakeShopServer({ tls: loadOrCreateCertificate(join(tmp, 'impostor-tls')) });
  // The PC reaches "the server" through one address; the test decides which machine answers.
  cable = await startTcpProxy(shop.port());
});
afterAll(async () => {
  await cable.close();
  await shop.stop();
  await impostor.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const serverUrl = (): string => cable.url;

describe('an enrolled PC pins the shop server’s certificate', () => {
  it('joins with the code that carries the fingerprint, then refuses a server with another certificate without sending its token', async () => {
    const dir = join(tmp, 'pc-a');
    const service = createSyncService({ dir });
    try {
      const joined = await service.join({ serverUrl: serverUrl(), code: composeEnrolCode(GOOD_CODE, shopCert.fingerprint), deviceName: '前台电脑' });
      expect(joined).toMatchObject({ ok: true, value: { certificate: shopCert.fingerprint } });
      expect(await service.pull(0, 10)).toMatchObject({ ok: true });

      // Same address, another machine behind it.
      await cable.retarget(impostor.port());
      const seenBefore = impostor.requests.length;
      expect(await service.pull(0, 10)).toMatchObject({ ok: false, failure: { code: 'certificate_mismatch', status: null } });
      expect(await service.push([{ mutationId: 'm1', deviceId: 'd_fake', agentId: 'a1', table: 'remarks', id: 'r1', op: 'put', fields: {}, baseVersion: 0, at: 1 }])).toMatchObject({ ok: false, failure: { code: 'certificate_mismatch' } });
      expect(impostor.requests.length).toBe(seenBefore);
      // A host restarted on the same folder still pins the same certificate.
      const restarted = createSyncService({ dir });
      expect(await restarted.pull(0, 10)).toMatchObject({ ok: false, failure: { code: 'certificate_mismatch' } });
      restarted.close();

      // The real server back: sync goes on.
      await cable.retarget(shop.port());
      expect(await service.pull(0, 10)).toMatchObject({ ok: true });
    } finally {
      service.close();
    }
  });

  it('does not enrol with a server whose certificate is not the one the code names: the secret never leaves the PC', async () => {
    const service = createSyncService({ dir: join(tmp, 'pc-b') });
    try {
      const before = impostor.requests.length;
      const answer = await service.join({ serverUrl: impostor.url(), code: composeEnrolCode(GOOD_CODE, shopCert.fingerprint), deviceName: '前台电脑' });
      expect(answer).toMatchObject({ ok: false, failure: { code: 'certificate_mismatch' } });
      expect(impostor.requests.length).toBe(before);
      expect(service.status()).toEqual({ joined: false });
    } finally {
      service.close();
    }
  });

  it('streams the live poke over the pinned connection', async () => {
    const service = createSyncService({ dir: join(tmp, 'pc-c') });
    try {
      await service.join({ serverUrl: shop.url(), code: composeEnrolCode(GOOD_CODE, shopCert.fingerprint), deviceName: '前台电脑' });
      const versions: (number | null)[] = [];
      const stop = service.watch((p) => versions.push(p.version));
      const end = Date.now() + 5_000;
      while (versions.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      const next = shop.bump();
      while (!versions.includes(next) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(versions).toContain(next);
      stop();
    } finally {
      service.close();
    }
  });
});
