import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { checkImport } from './layers-rule.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'xiaoer/layers').map((m) => m.message);
}

// The first lintText loads the TypeScript parser: seconds on a busy machine.
describe('the layering lint', { timeout: 60_000 }, () => {
  it('fails when the renderer imports electron', async () => {
    const errors = await layerErrors('renderer/src/features/presale/Bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/renderer must never import "electron"/);
  });

  it('fails when a feature touches Dexie instead of going through data/', async () => {
    const errors = await layerErrors('renderer/src/features/orders/Bad.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n");
    expect(errors[0]).toMatch(/only renderer\/src\/data touches Dexie/);
  });

  it('passes the same Dexie import inside renderer/src/data', async () => {
    expect(await layerErrors('renderer/src/data/Ok.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toEqual([]);
  });

  it('fails when a feature imports a module inside data/ instead of its index', async () => {
    const errors = await layerErrors('renderer/src/features/orders/Bad.ts', "import { addRemark } from '../../data/orders/remarks';\nexport const x = addRemark;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/reaches data\/ only through renderer\/src\/data\/index\.ts/);
  });

  it('fails on a type-only import from inside data/ too', async () => {
    const errors = await layerErrors('renderer/src/app/Bad.ts', "import type { OrderGridRow } from '../data/orders/grid';\nexport type X = OrderGridRow;\n");
    expect(errors[0]).toMatch(/app\/ reaches data\/ only through/);
  });

  it('fails when a feature builds on Ariakit directly instead of the ui/ wrappers', async () => {
    const errors = await layerErrors('renderer/src/features/orders/Bad.tsx', "import { Dialog } from '@ariakit/react';\nexport const x = Dialog;\n");
    expect(errors[0]).toMatch(/only renderer\/src\/ui uses Ariakit/);
    expect(await layerErrors('renderer/src/ui/Ok.tsx', "import { Dialog } from '@ariakit/react';\nexport const x = Dialog;\n")).toEqual([]);
  });

  it('fails when the server imports the renderer, through ESLint', async () => {
    const errors = await layerErrors('server/sync/Bad.ts', "import { getDb } from '../../renderer/src/data/store';\nexport const x = getDb;\n");
    expect(errors).toEqual([expect.stringMatching(/server\/ must not import from renderer/)]);
  });

  it.each([
    ['shared/domain/tray/x.ts', 'react', /shared\/ imports only shared/],
    ['shared/domain/tray/x.ts', 'node:fs', /shared\/ imports only shared/],
    ['shared/domain/tray/x.ts', '../../../renderer/src/data', /shared\/ must not import/],
    ['shared/domain/cases/x.ts', '../../fixtures/demo', /shared\/domain must not import fixtures/],
    ['shared/domain/cases/x.ts', '@shared/fixtures/demo', /shared\/domain must not import fixtures/],
    ['electron/main/x.ts', '../../renderer/src/data', /electron\/main may import/],
    ['electron/preload/x.ts', 'node:fs', /electron\/preload imports only/],
    ['electron/preload/x.ts', '../../shared/domain/tray', /electron\/preload imports only shared\/host/],
    ['renderer/src/features/presale/x.ts', '../orders/OrderTab', /through its index/],
    ['renderer/src/data/x.ts', '../features/presale', /must not import from features/],
    ['renderer/src/ui/x.ts', '../data', /must not import from data/],
    ['renderer/src/features/presale/x.ts', '../../data/backup', /only through renderer\/src\/data\/index/],
    ['renderer/src/app/x.ts', '../data/store', /only through renderer\/src\/data\/index/],
    ['server/sync/x.ts', '../../renderer/src/data', /server\/ must not import from renderer/],
    ['server/sync/x.ts', '../../electron/main/ingest/server', /server\/ must not import from main/],
    ['server/x.ts', 'electron', /server\/ imports only shared\/, node:\* and pg/],
    ['server/x.ts', 'zod', /server\/ imports only shared\/, node:\* and pg/],
    ['shared/domain/sync/x.ts', '../../../server/sync/push', /shared\/ must not import from server/],
    ['renderer/src/data/x.ts', '../../../server/main', /renderer must not import .*layer server/],
    ['electron/main/x.ts', '../../server/main', /electron\/main may import/],
    ['electron/preload/x.ts', '../../server/main', /electron\/preload imports only/],
  ])('refuses %s importing %s', (file, spec, reason) => {
    expect(checkImport(file, spec)).toMatch(reason);
  });

  it.each([
    ['shared/domain/tray/x.ts', 'zod'],
    ['shared/domain/tray/x.ts', '../../lib/time'],
    ['shared/fixtures/demo/x.ts', '../../domain/cases/kinds'],
    ['electron/main/x.ts', 'electron'],
    ['electron/main/x.ts', '@shared/host/contract'],
    ['electron/preload/x.ts', '../../shared/host/contract'],
    ['renderer/src/features/presale/x.ts', '../orders'],
    ['renderer/src/features/presale/x.ts', '../../data'],
    ['renderer/src/app/x.ts', '../features/presale'],
    ['renderer/src/app/x.ts', '../data'],
    ['renderer/src/features/orders/x.ts', '../../data/index'],
    ['renderer/src/data/orders/x.ts', '../backup/snapshot'],
    ['server/sync/push.ts', '@shared/domain/sync'],
    ['server/sync/push.ts', '../../shared/schemas/sync'],
    ['server/sync/push.ts', '../db/pool'],
    ['server/db/pool.ts', 'pg'],
    ['server/pg/cluster.ts', 'node:child_process'],
    ['server/sync/push.test.ts', 'vitest'],
    ['server/test/pg.ts', 'vitest'],
  ])('allows %s importing %s', (file, spec) => {
    expect(checkImport(file, spec)).toBeNull();
  });
});
