import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAY_MESSAGE_KEYS } from '@shared/domain/tray';
import { DURATION_KEYS } from '@shared/lib/duration';

type Tree = { [k: string]: string | Tree };
/** All locale files of a language merged by area, as i18n/resources.ts does at run time. */
const load = (lang: string): Tree => {
  const dir = path.join(import.meta.dirname, 'locales', lang);
  const merged: Tree = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const [area, tree] of Object.entries(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Tree)) {
      if (area in merged) throw new Error(`${lang}/${f}: area ${area} defined twice`);
      merged[area] = tree;
    }
  }
  return merged;
};
const zh = load('zh-CN');
const en = load('en-US');
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`)));

const zhKeys = new Set(flatten(zh as Tree));
const enKeys = new Set(flatten(en as Tree));
const namespaces = new Set(Object.keys(zh));

const root = path.resolve(import.meta.dirname, '../../..');
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
const sources = [...sourceFiles(path.join(root, 'renderer/src')), ...sourceFiles(path.join(root, 'shared/domain'))].map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }));

/** Every quoted 'ns.key' literal whose first segment is a locale namespace is a key in use. */
const literalKeys = new Set(
  sources.flatMap(({ text }) => [...text.matchAll(/['"]([a-z][A-Za-z]*(?:\.[A-Za-z0-9-]+)+)['"]/g)].map((m) => m[1]!)).filter((k) => namespaces.has(k.split('.')[0]!)),
);
/** `tabs.${k}.label` style keys become patterns that must match at least one key. */
const templateKeys = new Set(
  sources.flatMap(({ text }) => [...text.matchAll(/\bt\(`([a-z][A-Za-z.]*\$\{[^`]+)`/g)].map((m) => m[1]!)),
);
const toPattern = (tpl: string): RegExp => new RegExp('^' + tpl.split(/\$\{[^}]+\}/).map((s) => s.replace(/\./g, '\\.')).join('[A-Za-z0-9-]+') + '$');

describe('locales', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('every key used in code exists in both locales', () => {
    const used = [...literalKeys, ...TRAY_MESSAGE_KEYS, ...DURATION_KEYS];
    expect(used.length).toBeGreaterThan(30);
    // A Problem's field path ('orders.closeReason') looks like a key; it is worded under problem.field.
    const worded = (k: string): boolean => (zhKeys.has(k) && enKeys.has(k)) || (zhKeys.has(`problem.field.${k}`) && enKeys.has(`problem.field.${k}`));
    expect(used.filter((k) => !worded(k))).toEqual([]);
  });

  it('every templated key pattern used in code matches keys in both locales', () => {
    expect(templateKeys.size).toBeGreaterThan(3);
    const unmatched = [...templateKeys].filter((tpl) => {
      const re = toPattern(tpl);
      return ![...zhKeys].some((k) => re.test(k)) || ![...enKeys].some((k) => re.test(k));
    });
    expect(unmatched).toEqual([]);
  });

  it('no visible string is left empty', () => {
    const empty = [...zhKeys].filter((k) => {
      const v = k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], zh);
      return v === '';
    });
    expect(empty).toEqual([]);
  });
});
