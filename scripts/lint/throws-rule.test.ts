import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });

/** The messages of our throw rules for `code` as if it were the file at `file`. */
async function throwErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

// The first lintText loads the TypeScript parser: seconds on a busy machine.
describe('the throw lint (one way to refuse)', { timeout: 60_000 }, () => {
  it.each([
    ['throw new Error', "export function f(): void {\n  throw new Error('no order 42');\n}\n"],
    ['throw new TypeError', "export function f(): void {\n  throw new TypeError('bad');\n}\n"],
    ['throw Error() without new', "export function f(): void {\n  throw Error('bad');\n}\n"],
  ])('fails %s in renderer/src/data', async (_name, code) => {
    const errors = await throwErrors('renderer/src/data/orders/Bad.ts', code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/renderer\/src\/data throws only ProblemError/);
  });

  it.each([
    ['a string', "export function f(): void {\n  throw 'no order';\n}\n"],
    ['a template string', 'export function f(id: string): void {\n  throw `no order ${id}`;\n}\n'],
  ])('fails throwing %s anywhere', async (_name, code) => {
    for (const file of ['renderer/src/data/orders/Bad.ts', 'renderer/src/features/orders/Bad.ts', 'shared/domain/payments/bad.ts', 'electron/main/bad.ts']) {
      const errors = await throwErrors(file, code);
      expect(errors, file).toHaveLength(1);
      expect(errors[0]).toMatch(/never a bare/);
    }
  });

  it('passes a ProblemError in renderer/src/data', async () => {
    const code = "import { ProblemError, problem, refuse } from '@shared/lib/problem';\nexport function f(ok: boolean): void {\n  if (!ok) throw refuse('notFound', 'orders');\n  throw new ProblemError(problem('required', { field: 'remarks.text' }));\n}\n";
    expect(await throwErrors('renderer/src/data/orders/Ok.ts', code)).toEqual([]);
  });

  it('leaves Error to the other layers and to tests of the data layer', async () => {
    const code = "export function f(): void {\n  throw new Error('pick from an empty list');\n}\n";
    expect(await throwErrors('shared/fixtures/demo/ok.ts', code)).toEqual([]);
    expect(await throwErrors('renderer/src/data/orders/ok.test.ts', code)).toEqual([]);
  });

  it('still refuses raw HTML inside renderer/src/data, where the block replaces the shared list', async () => {
    const errors = await throwErrors('renderer/src/data/Bad.tsx', 'export const X = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n');
    expect(errors).toEqual(['Untrusted text is rendered as text only.']);
  });
});
