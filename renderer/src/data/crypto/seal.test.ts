import { describe, expect, it } from 'vitest';
import { deriveStoreKeys, hasClearSecret, isSealed, openRow, openValue, sealRows, sealValue } from './seal';

const KEY_A = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
const KEY_B = btoa(String.fromCharCode(...new Uint8Array(32).fill(9)));
const secret = { phone: '13800005678', address: '浙江省杭州市西湖区文三路 100 号', name: '林女士' };

describe('sealing contact secrets', () => {
  it('gives text holding neither the phone nor the address, and opens it back', async () => {
    const keys = await deriveStoreKeys(KEY_A);
    const sealed = await sealValue(secret, keys);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('1380000');
    expect(sealed).not.toContain('文三路');
    expect(await openValue(sealed, keys)).toEqual(secret);
  });

  it('seals the same value to the same text, so a record written again unchanged stays unchanged', async () => {
    const keys = await deriveStoreKeys(KEY_A);
    expect(await sealValue(secret, keys)).toBe(await sealValue({ ...secret }, keys));
    expect(await sealValue(secret, keys)).not.toBe(await sealValue({ ...secret, phone: '13800005679' }, keys));
  });

  it('refuses another PC’s key and altered text', async () => {
    const sealed = await sealValue(secret, await deriveStoreKeys(KEY_A));
    await expect(openValue(sealed, await deriveStoreKeys(KEY_B))).rejects.toThrow();
    const flipped = sealed.slice(0, -6) + (sealed.at(-6) === 'A' ? 'B' : 'A') + sealed.slice(-5);
    await expect(openValue(flipped, await deriveStoreKeys(KEY_A))).rejects.toThrow();
  });

  it.each([
    ['a buyer’s contact', 'buyers', { id: 'B1', contactSecret: secret }, ['contactSecret']],
    ['an order’s recipient', 'orders', { id: 'O1', recipient: secret }, ['recipient']],
  ])('seals %s and opens the row back', async (_name, table, row, fields) => {
    const keys = await deriveStoreKeys(KEY_A);
    const [stored] = await sealRows(table, [row], keys);
    for (const f of fields) expect(isSealed((stored as Record<string, unknown>)[f])).toBe(true);
    expect(hasClearSecret(table, stored as Record<string, unknown>)).toBe(false);
    expect(await openRow(table, stored, keys)).toEqual(row);
  });

  it('seals the full old and new address of an address change, keeping the masked copies readable', async () => {
    const keys = await deriveStoreKeys(KEY_A);
    const change = { from: '浙江省杭州市西湖区文三路1号', to: '江苏省苏州市星湖街218号', fromMasked: '浙江省杭州市西湖区****', toMasked: '江苏省苏州市****', by: 'A1', byName: '小林', at: 1 };
    const [stored] = await sealRows('orders', [{ id: 'O1', addressChanges: [change] }], keys);
    const kept = (stored as { addressChanges: Array<Record<string, unknown>> }).addressChanges[0]!;
    expect(JSON.stringify(stored)).not.toContain('文三路');
    expect(kept['toMasked']).toBe('江苏省苏州市****');
    expect(await openRow('orders', stored, keys)).toEqual({ id: 'O1', addressChanges: [change] });
  });

  it('leaves tables without secrets, empty contacts and sealed values as they are', async () => {
    const keys = await deriveStoreKeys(KEY_A);
    const note = { id: 'N1', body: '13800005678' };
    expect((await sealRows('notes', [note], keys))[0]).toBe(note);
    const none = { id: 'B2', contactSecret: null };
    expect((await sealRows('buyers', [none], keys))[0]).toBe(none);
    const [once] = await sealRows('buyers', [{ id: 'B1', contactSecret: secret }], keys);
    expect((await sealRows('buyers', [once], keys))[0]).toEqual(once);
  });
});
