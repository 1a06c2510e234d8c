/**
 * Locale files are split by area (common.json, presale.json, …) so each feature owns its texts;
 * they merge into one namespace whose top-level keys are the areas.
 */
type Tree = { [k: string]: string | Tree };

const files = import.meta.glob<{ default: Tree }>('./locales/*/*.json', { eager: true });

export function resourcesFor(lang: string): Tree {
  const merged: Tree = {};
  for (const [path, mod] of Object.entries(files)) {
    if (!path.startsWith(`./locales/${lang}/`)) continue;
    for (const [area, tree] of Object.entries(mod.default)) {
      if (area in merged) throw new Error(`locale area "${area}" is defined twice (${path})`);
      merged[area] = tree;
    }
  }
  return merged;
}
