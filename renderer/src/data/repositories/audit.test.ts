import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XiaoerDb } from '../db';
import { setDbForTests } from '../store';
import { auditExport, exportAudit } from './audit';

let db: XiaoerDb;
let n = 0;
beforeEach(async () => {
  db = new XiaoerDb(`audit-${++n}`);
  await db.open();
  setDbForTests(db);
});
afterEach(() => db.delete());

describe('audited exports of buyer data', () => {
  it('records who exported which file, when and why, newest first, with the change logged for sync and backup', async () => {
    await auditExport('backup', '小二工作台-备份-2026-12-02.json', '  换电脑 ', { agentId: 'A1', now: 10 });
    await auditExport('register', '售后登记表-2026-12-02.xlsx', '月底对账', { agentId: 'A2', now: 20 });
    expect(await exportAudit()).toMatchObject([
      { action: 'export:register', agentId: 'A2', at: 20, subjectId: '售后登记表-2026-12-02.xlsx', reason: '月底对账' },
      { action: 'export:backup', agentId: 'A1', at: 10, subjectId: '小二工作台-备份-2026-12-02.json', reason: '换电脑' },
    ]);
    expect(await db.changes.where('table').equals('audit').count()).toBe(2);
  });

  it('refuses an export without a reason and writes nothing', async () => {
    await expect(auditExport('backup', 'x.json', '   ', { agentId: 'A1', now: 1 })).rejects.toMatchObject({ code: 'required', problem: { field: 'audit.reason' } });
    expect(await db.audit.count()).toBe(0);
  });
});
