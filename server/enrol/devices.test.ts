import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { startServer, type RunningServer } from '../main';
import { enrolPc, mutation, syncApi, type EnrolledPc } from '../test/http';
import { testDatabase, type TestDatabase } from '../test/pg';
import { shopFields } from '../test/records';
import { loadOrCreateCertificate } from '../tls/certificate';
import type { listDevices} from './devices';
import { revokeDevice } from './devices';

let db: TestDatabase;
let server: RunningServer;
let tlsServer: RunningServer;
let tmp: string;
/** The supervisor check accounts will plug in; here: the device named `boss`. */
let boss: EnrolledPc;
const url = () => server.url;

beforeAll(async () => {
  db = await testDatabase();
  server = await startServer({ database: db.config, host: '127.0.0.1', port: 0, log: silentLogger, canManageDevices: async (_req, device) => device.id === boss?.deviceId });
  tmp = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-devices-'));
  tlsServer = await startServer({ database: db.config, host: '127.0.0.1', port: 0, log: silentLogger, tls: loadOrCreateCertificate(join(tmp, 'tls')) });
  boss = await enrolPc(url, db, '小二旗舰店');
});
afterAll(async () => {
  await server.close();
  await tlsServer.close();
  await db.pool.end();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const recordCount = async (teamId: string) => Number((await db.pool.query('SELECT count(*) FROM records WHERE team_id = $1', [teamId])).rows[0].count);
const post = (path: string, pc: EnrolledPc, body: unknown) => fetch(`${url()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${pc.token}` }, body: JSON.stringify(body) });

describe('revoking a device', () => {
  it('refuses its next push and pull at once, saying it was revoked, and writes nothing', async () => {
    const pc = await enrolPc(url, db, '小二旗舰店');
    const api = syncApi(url, pc);
    await api.push([mutation(pc, { table: 'shops', id: 's-before', fields: shopFields() })]);
    expect(await revokeDevice(db.pool, null, pc.deviceId, 'command line')).toBe('revoked');
    const before = await recordCount(pc.teamId);
    const res = await api.pushRaw({ team: pc.teamId, mutations: [mutation(pc, { table: 'shops', id: 's-after', fields: shopFields() })] });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ problem: { code: 'device_revoked' } });
    expect(await recordCount(pc.teamId)).toBe(before);
    const pulled = await fetch(`${url()}/v1/sync/pull?team=${pc.teamId}&cursor=0`, { headers: { authorization: `Bearer ${pc.token}` } });
    expect(pulled.status).toBe(401);
    expect(await revokeDevice(db.pool, null, pc.deviceId, 'command line')).toBe('already_revoked');
  });

  it('ends the device’s open event stream at once, and only that device’s', async () => {
    const pc = await enrolPc(url, db, '小二旗舰店');
    const stays = await enrolPc(url, db, '小二旗舰店');
    const open = async (who: EnrolledPc) => {
      const res = await fetch(`${url()}/v1/sync/events?team=${who.teamId}`, { headers: { authorization: `Bearer ${who.token}` } });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      return reader;
    };
    const revokedStream = await open(pc);
    const otherStream = await open(stays);
    await revokeDevice(db.pool, null, pc.deviceId, 'command line');
    const ended = async (reader: ReadableStreamDefaultReader<Uint8Array>, ms: number) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const r = await Promise.race([reader.read(), new Promise<null>((res) => setTimeout(() => res(null), deadline - Date.now()))]);
        if (r === null) return false;
        if (r.done) return true;
      }
      return false;
    };
    expect(await ended(revokedStream, 3_000)).toBe(true);
    expect(await ended(otherStream, 300)).toBe(false);
    await otherStream.cancel();
  });

  it('is a supervisor’s: the endpoint refuses anyone else, and cannot reach another team’s device', async () => {
    const agent = await enrolPc(url, db, '小二旗舰店');
    const target = await enrolPc(url, db, '小二旗舰店');
    const foreign = await enrolPc(url, db, '隔壁店');
    const refused = await post('/v1/devices/revoke', agent, { team: agent.teamId, deviceId: target.deviceId });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ problem: { code: 'supervisor_only' } });
    expect((await fetch(`${url()}/v1/devices?team=${agent.teamId}`, { headers: { authorization: `Bearer ${agent.token}` } })).status).toBe(403);
    expect((await post('/v1/devices/revoke', boss, { team: boss.teamId, deviceId: foreign.deviceId })).status).toBe(404);
    expect((await post('/v1/devices/revoke', boss, { team: foreign.teamId, deviceId: foreign.deviceId })).status).toBe(403);
    expect((await post('/v1/devices/revoke', boss, { team: boss.teamId, deviceId: "x' OR '1'='1" })).status).toBe(404);

    const done = await post('/v1/devices/revoke', boss, { team: boss.teamId, deviceId: target.deviceId });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ deviceId: target.deviceId, outcome: 'revoked' });
    const listed = await fetch(`${url()}/v1/devices?team=${boss.teamId}`, { headers: { authorization: `Bearer ${boss.token}` } });
    const { devices } = (await listed.json()) as { devices: Awaited<ReturnType<typeof listDevices>> };
    expect(devices.find((d) => d.id === target.deviceId)).toMatchObject({ revokedBy: `device:${boss.deviceId}` });
    expect(devices.find((d) => d.id === agent.deviceId)).toMatchObject({ revokedAt: null });
    expect(devices.some((d) => d.id === foreign.deviceId)).toBe(false);
    expect(JSON.stringify(devices)).not.toContain(target.token);
  });
});

describe('the server over HTTPS', () => {
  it('answers on https with its own certificate (the one the enrolment code names)', async () => {
    expect(tlsServer.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const fingerprint = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: tlsServer.port, rejectUnauthorized: false }, () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(fingerprint).toBe(loadOrCreateCertificate(join(tmp, 'tls')).fingerprint);
    // An ordinary client that trusts certificate authorities refuses it: only a pinning PC talks to it.
    await expect(fetch(`${tlsServer.url}/v1/health`)).rejects.toThrow();
  });
});
