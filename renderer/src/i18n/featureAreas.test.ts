import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One i18n area per feature: `features/<name>/` writes its texts under `<name>.…` in
 * `locales/<lang>/<name>.json`, and reads no other feature's area. What several features share
 * (entity names, platforms, dialogs, refusals, command labels) lives in the shared files.
 */
const SHARED_FILES = ['common', 'problem', 'commands'];

const here = import.meta.dirname;
const featuresDir = path.resolve(here, '../features');
const features = fs.readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const localeFiles = (lang: string): string[] => fs.readdirSync(path.join(here, 'locales', lang)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const areasOf = (lang: string, file: string): string[] => Object.keys(JSON.parse(fs.readFileSync(path.join(here, 'locales', lang, `${file}.json`), 'utf8')) as object);

const sourcesOf = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourcesOf(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });

/**
 * Keys in a source text that name another feature's area: 'area.key' literals and `area.${…}`
 * templates. A Problem's field path (`field="orders.address"`, a table and a column) is no key.
 */
const foreignKeys = (feature: string, text: string): string[] =>
  [...text.matchAll(/(?<!field[=:]\s*)['"`]([a-z][A-Za-z]*)\.(?:[A-Za-z0-9-]+|\$\{)/g)].filter((m) => m[1] !== feature && features.includes(m[1]!)).map((m) => m[0]);

describe('i18n areas', () => {
  it.each(['zh-CN', 'en-US'])('%s has one locale file per feature folder besides the shared files', (lang) => {
    expect(localeFiles(lang)).toEqual([...new Set([...features, ...SHARED_FILES])].sort());
  });

  it.each(['zh-CN', 'en-US'])('%s: each feature file holds exactly the area named after its feature', (lang) => {
    const wrong = features.filter((f) => areasOf(lang, f).join() !== f).map((f) => `${f}.json: ${areasOf(lang, f).join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it.each(features)('features/%s reads no other feature\'s area', (feature) => {
    const foreign = sourcesOf(path.join(featuresDir, feature)).flatMap((file) =>
      foreignKeys(feature, fs.readFileSync(file, 'utf8')).map((k) => `${path.relative(featuresDir, file)}: ${k}`));
    expect(foreign).toEqual([]);
  });

  it('every t() call in the renderer names an area a locale file defines', () => {
    const areas = new Set(localeFiles('zh-CN').flatMap((f) => areasOf('zh-CN', f)));
    const unknown = sourcesOf(path.resolve(here, '..')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([a-z][A-Za-z]*)\./g)].filter((m) => !areas.has(m[1]!)).map((m) => `${path.relative(featuresDir, file)}: ${m[0]}`));
    expect(unknown).toEqual([]);
  });

  it('catches a feature reading another feature\'s area, literal or templated', () => {
    expect(foreignKeys('presale', "t('orders.title'); t(`handover.kind.${k}`); t('presale.send'); t('order.no'); <F field=\"orders.address\" />")).toEqual(["'orders.title", '`handover.kind']);
  });
});
