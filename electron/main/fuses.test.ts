import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as name → value (a flat block of booleans). */
function fusesOf(yaml: string): Record<string, boolean> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  if (start < 0) return {};
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Za-z]+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!m) break;
    fuses[m[1] as string] = m[2] === 'true';
  }
  return fuses;
}

describe('the packaged app\'s Electron fuses', () => {
  it('are set in electron-builder.yml: no RunAsNode, NODE_OPTIONS or --inspect; cookies encrypted; ASAR validated and the only source', () => {
    const yaml = fs.readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
    expect(fusesOf(yaml)).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(/^asar:\s*true\s*$/m.test(yaml)).toBe(true);
  });
});
