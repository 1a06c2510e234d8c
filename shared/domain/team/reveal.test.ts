import { describe, expect, it } from 'vitest';
import { mayReceiveFull, revealOfAudit, withoutFullContact } from './reveal';

describe('full phone and address by role', () => {
  it.each([
    ['an agent where agents are allowed', 'agent', ['agent', 'supervisor'], true],
    ['an agent where only supervisors are', 'agent', ['supervisor'], false],
    ['a supervisor where only supervisors are', 'supervisor', ['supervisor'], true],
    ['a supervisor where nobody is', 'supervisor', [], false],
    ['a PC where nobody is signed in', null, ['agent', 'supervisor'], false],
  ] as const)('%s', (_name, role, allowed, expected) => {
    expect(mayReceiveFull(role, allowed)).toBe(expected);
  });

  it.each([
    ['a buyer loses its full contact, keeps the masked copies', 'buyers', { nick: 'tb', phoneMasked: '138****5678', contactSecret: { phone: '13812345678', address: 'x', name: 'y' } }, { nick: 'tb', phoneMasked: '138****5678' }],
    ['an order loses its recipient, keeps the masked address', 'orders', { orderNo: '1', addressMasked: '浙江省***', recipient: { name: 'a', phone: 'b', address: 'c' } }, { orderNo: '1', addressMasked: '浙江省***' }],
    ['other tables are sent as they are', 'messages', { text: '13812345678' }, { text: '13812345678' }],
    ['a partial record without the field stays as it is', 'orders', { flag: 2 }, { flag: 2 }],
  ])('%s', (_name, table, fields, expected) => {
    expect(withoutFullContact(table, fields)).toEqual(expected);
  });
});

describe('reveals among the audit lines a PC pushes', () => {
  it.each([
    ['a buyer’s phone', { action: 'reveal:phone', subjectId: 'b1', reason: '核对地址', at: 5 }, { table: 'buyers', field: 'phone', id: 'b1', reason: '核对地址', at: 5 }],
    ['a buyer’s address', { action: 'reveal:address', subjectId: 'b1', reason: 'r', at: 5 }, { table: 'buyers', field: 'address', id: 'b1' }],
    ['an order’s address', { action: 'reveal-order-address', subjectId: 'o1', reason: 'r', at: 5 }, { table: 'orders', field: 'address', id: 'o1' }],
  ])('%s is one', (_name, fields, expected) => {
    expect(revealOfAudit(fields)).toMatchObject(expected);
  });

  it.each([
    ['an export', { action: 'export:orders', subjectId: 'f', reason: 'r', at: 5 }],
    ['a line without a subject', { action: 'reveal:phone', reason: 'r', at: 5 }],
  ])('%s is not', (_name, fields) => {
    expect(revealOfAudit(fields)).toBeNull();
  });
});
