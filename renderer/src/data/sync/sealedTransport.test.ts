import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '@shared/lib/result';
import type { SyncMutation, SyncRow } from '@shared/schemas/sync';
import { deriveStoreKeys, isSealed, sealRows, setStoreKeys, storeKeys } from '../crypto/seal';
import { sealedTransport } from './sealedTransport';
import type { SyncTransport } from './transport';

const secret = { phone: '13800005678', address: '浙江省杭州市西湖区文三路 100 号', name: '林女士' };
const row = (fields: Record<string, unknown>): SyncRow => ({ table: 'buyers', id: 'B1', version: 3, fields, deletedAt: null });

beforeEach(async () => setStoreKeys(await deriveStoreKeys(btoa(String.fromCharCode(...new Uint8Array(32).fill(1))))));
afterEach(() => setStoreKeys(null));

/** A transport that remembers what went out and answers with what the server holds. */
function wire(held: SyncRow) {
  const sent: SyncMutation[] = [];
  const t: SyncTransport = {
    status: async () => ok({ joined: false }) as never,
    join: async () => { throw new Error('unused'); },
    leave: async () => { throw new Error('unused'); },
    push: async (mutations) => {
      sent.push(...mutations);
      return ok({ ok: true as const, value: { version: 4, results: mutations.map((m) => ({ result: { mutationId: m.mutationId, status: 'applied' as const, version: 4, superseded: [], copyId: null, flags: [] }, row: held })) } });
    },
    pull: async () => ok({ ok: true as const, value: { rows: [held], cursor: 3, more: false } }),
  };
  return { t: sealedTransport(t), sent };
}

describe('the sync wire and sealed contact secrets', () => {
  it('pushes the clear value (the server and other PCs hold their own keys) and stores what it pulls sealed', async () => {
    const { t, sent } = wire(row({ nick: 'tb_林', contactSecret: secret }));
    const [local] = await sealRows('buyers', [{ nick: 'tb_林', contactSecret: secret }], storeKeys());
    await t.push([{ mutationId: 'm1', deviceId: 'D1', agentId: 'A1', table: 'buyers', id: 'B1', op: 'put', fields: local as Record<string, unknown>, baseVersion: 0, at: 1 }]);
    expect(sent[0]?.fields['contactSecret']).toEqual(secret);

    const pulled = await t.pull(0, 100);
    if (!pulled.ok || !pulled.value.ok) throw new Error('pull failed');
    const fields = pulled.value.value.rows[0]!.fields;
    expect(isSealed(fields['contactSecret'])).toBe(true);
    // Deterministic: what was pulled compares equal to what this PC stores for the same value.
    expect(fields['contactSecret']).toBe((local as Record<string, unknown>)['contactSecret']);
  });

  it('leaves tables without contact secrets and empty contacts as the server sent them', async () => {
    const held: SyncRow = { table: 'notes', id: 'N1', version: 1, fields: { body: '13800005678' }, deletedAt: null };
    const { t } = wire(held);
    const pulled = await t.pull(0, 100);
    if (!pulled.ok || !pulled.value.ok) throw new Error('pull failed');
    expect(pulled.value.value.rows[0]).toBe(held);
  });
});
