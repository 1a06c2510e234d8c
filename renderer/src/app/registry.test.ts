import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateIds, findConflicts, formatKeys, parseChord } from '../ui/commands';
import { ALL_COMMANDS } from './registry';
import { shortcutSheet } from './sheet';

type Tree = { [k: string]: string | Tree };
const locale = (lang: string): Tree =>
  Object.assign({}, ...fs.readdirSync(path.join(import.meta.dirname, '../i18n/locales', lang)).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../i18n/locales', lang, f), 'utf8')) as Tree));
const textAt = (tree: Tree, key: string): string | undefined => {
  const v = key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);
  return typeof v === 'string' ? v : undefined;
};

describe('the command registry', () => {
  it('holds the commands of every feature with keys', () => {
    expect(ALL_COMMANDS.length).toBeGreaterThan(25);
    expect(new Set(ALL_COMMANDS.map((c) => c.scope))).toEqual(new Set(['global', 'presale', 'payments', 'verify', 'orders', 'cases', 'notes', 'handover']));
  });

  it('gives no key to two commands in one scope, nor a screen key that hides a global one', () => {
    expect(findConflicts(ALL_COMMANDS)).toEqual([]);
  });

  it('uses each id once, prefixed by its scope ("payments:sms": not an i18n key)', () => {
    expect(duplicateIds(ALL_COMMANDS)).toEqual([]);
    expect(ALL_COMMANDS.filter((c) => !c.id.startsWith(`${c.scope}:`)).map((c) => c.id)).toEqual([]);
  });

  it('declares only keys a keyboard sends', () => {
    for (const c of ALL_COMMANDS) for (const k of c.keys) expect(() => parseChord(k), `${c.id}: ${k}`).not.toThrow();
  });

  it('labels every command, and names every scope, in both languages', () => {
    for (const lang of ['zh-CN', 'en-US']) {
      const tree = locale(lang);
      expect(ALL_COMMANDS.filter((c) => !textAt(tree, c.label)).map((c) => `${lang} ${c.label}`)).toEqual([]);
      expect([...new Set(ALL_COMMANDS.map((c) => c.scope))].filter((s) => !textAt(tree, `shortcuts.where.${s}`))).toEqual([]);
    }
  });
});

describe('the F1 sheet', () => {
  const sheet = shortcutSheet(ALL_COMMANDS);
  const rows = sheet.flatMap((g) => g.rows.map((r) => ({ ...r, scope: g.scope })));

  it('has a row for every command with keys, and every row is a command', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(ALL_COMMANDS.filter((c) => c.keys.length > 0).map((c) => c.id).sort());
    for (const r of rows) expect(ALL_COMMANDS.find((c) => c.id === r.id && c.scope === r.scope && c.label === r.label), r.id).toBeDefined();
  });

  it('prints every key of a command unless the command spells its keys for the sheet', () => {
    for (const r of rows) {
      const c = ALL_COMMANDS.find((x) => x.id === r.id)!;
      expect(r.keys).toBe(c.sheetKeys ?? formatKeys(c.keys));
      // A spelled-out row still shows the first and the last key.
      if (c.sheetKeys) for (const k of [c.keys[0]!, c.keys[c.keys.length - 1]!]) expect(r.keys).toContain(formatKeys([k]));
    }
  });

  it('names the browser alternatives only on the browser host sheet', () => {
    const browserRows = shortcutSheet(ALL_COMMANDS, { browser: true }).flatMap((g) => g.rows);
    const of = (id: string): string | undefined => browserRows.find((r) => r.id === id)?.browserKeys;
    expect(of('global:tab')).toBe('Alt+1 … Alt+9');
    expect(of('global:closeTab')).toBe('Alt+W');
    expect(of('global:nextTab')).toBe('Alt+PageDown');
    expect(of('global:help')).toBeUndefined();
    expect(rows.filter((r) => r.browserKeys !== undefined)).toEqual([]);
  });

  it('lists the list keys that used to be missing: J/K in 催付 and 待核实, K in 交接', () => {
    const keysOf = (id: string): string | undefined => rows.find((r) => r.id === id)?.keys;
    expect(keysOf('payments:next')).toBe('↓ · J');
    expect(keysOf('payments:prev')).toBe('↑ · K');
    expect(keysOf('verify:next')).toBe('↓ · J');
    expect(keysOf('handover:keepPromise')).toBe('K');
  });
});
