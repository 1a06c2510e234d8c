// One ESLint rule that knows the architecture (DESIGN.md §2): it resolves every import to the
// layer it lands in and refuses the edges the design forbids. Path-based, so relative imports
// cannot sneak across a boundary.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

const rel = (abs) => path.relative(ROOT, abs).split(path.sep).join('/');

/** Which layer a repository-relative path belongs to. */
export function layerOf(file) {
  if (file.startsWith('shared/')) return 'shared';
  if (file.startsWith('electron/main/')) return 'main';
  if (file.startsWith('electron/preload/')) return 'preload';
  if (file.startsWith('renderer/src/')) return 'renderer';
  // server/bench holds scripts that drive the built server from outside, like scripts/.
  if (file.startsWith('server/') && !file.startsWith('server/bench/')) return 'server';
  return null;
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads', 'zlib']);
const isNode = (s) => s.startsWith('node:') || NODE_BUILTINS.has(s.split('/')[0]);
const isElectron = (s) => s === 'electron' || s.startsWith('electron/');
const isDexie = (s) => s === 'dexie' || s === 'dexie-react-hooks' || s.startsWith('dexie/');
/** Pure packages the shared layer may use. */
const SHARED_PACKAGES = new Set(['zod', 'ulid', 'pinyin-pro']);
/** The shop server's one package besides node:*: its database driver. */
const SERVER_PACKAGES = new Set(['pg']);

/** Resolve an import to a repository-relative path, or null for a package. */
function resolveTarget(fromFile, spec) {
  if (spec.startsWith('@shared/')) return 'shared/' + spec.slice('@shared/'.length);
  if (spec.startsWith('.')) return rel(path.resolve(ROOT, path.dirname(fromFile), spec));
  return null;
}

/** Returns a reason when `spec` imported from `file` breaks a rule, else null. */
export function checkImport(file, spec, { isTypeOnly = false } = {}) {
  const from = layerOf(file);
  if (!from) return null;
  const target = resolveTarget(file, spec);
  // Tests beside the code may use test tooling (vitest, node:fs, fake-indexeddb); the layer
  // edges between our own folders still apply to them.
  const isTest = /\.test\.tsx?$/.test(file) || file.startsWith('server/test/');
  const pkg = target === null && !isTest ? spec : null;
  if (target === null && isTest) return null;
  const to = target ? layerOf(target) ?? (target.startsWith('electron/') ? 'electron-other' : target.startsWith('renderer/') ? 'renderer' : 'other') : null;

  if (from === 'shared') {
    if (pkg && !SHARED_PACKAGES.has(pkg.split('/')[0])) return `shared/ imports only shared/ and pure packages (${[...SHARED_PACKAGES].join(', ')}), not "${spec}"`;
    if (to && to !== 'shared') return `shared/ must not import from ${to} ("${spec}")`;
    // The demo shop and its simulated buyers are fixtures: a business rule never depends on them.
    if (file.startsWith('shared/domain/') && target?.startsWith('shared/fixtures/')) return `shared/domain must not import fixtures ("${spec}")`;
    return null;
  }
  if (from === 'main') {
    if (to && to !== 'shared' && to !== 'main') return `electron/main may import shared/, node:* and electron only, not "${spec}"`;
    if (pkg && (isDexie(pkg) || pkg.startsWith('react'))) return `electron/main must not import "${spec}"`;
    return null;
  }
  if (from === 'server') {
    if (pkg && !isNode(pkg) && !SERVER_PACKAGES.has(pkg.split('/')[0])) return `server/ imports only shared/, node:* and ${[...SERVER_PACKAGES].join(', ')}, not "${spec}"`;
    if (to && to !== 'shared' && to !== 'server') return `server/ must not import from ${to} ("${spec}")`;
    return null;
  }
  if (from === 'preload') {
    if (pkg && !isElectron(pkg) && pkg !== 'zod') return `electron/preload imports only shared/host and electron's contextBridge/ipcRenderer, not "${spec}"`;
    if (to && to !== 'preload' && !(target.startsWith('shared/host') || target.startsWith('shared/lib') || target.startsWith('shared/schemas')))
      return `electron/preload imports only shared/host (and what it needs), not "${spec}"`;
    return null;
  }
  // renderer
  if (pkg && (isElectron(pkg) || isNode(pkg))) return `renderer must never import "${spec}" (use the host contract)`;
  if (to && to !== 'renderer' && to !== 'shared') return `renderer must not import "${spec}" (layer ${to})`;
  const inside = file.slice('renderer/src/'.length);
  const area = inside.split('/')[0];
  if (pkg && isDexie(pkg) && area !== 'data' && !isTypeOnly) return `only renderer/src/data touches Dexie ("${spec}" in ${area}/)`;
  // One implementation per behaviour: dialogs, popups and lists are the wrappers in ui/.
  if (pkg && pkg.startsWith('@ariakit/') && area !== 'ui') return `only renderer/src/ui uses Ariakit; import its wrappers from ui/ ("${spec}" in ${area}/)`;
  if (target && target.startsWith('renderer/src/')) {
    const tInside = target.slice('renderer/src/'.length);
    const tArea = tInside.split('/')[0];
    const order = { app: 4, features: 3, data: 2, ui: 2, host: 2, state: 2, i18n: 2 };
    if (area !== tArea && (order[tArea] ?? 0) >= (order[area] ?? 0) && !(area === 'app' && tArea !== 'app'))
      return `renderer/src/${area} must not import from ${tArea}/ (app → features → data|ui|host|state|i18n → shared)`;
    if (area === 'features' && tArea === 'features') {
      const fFeature = inside.split('/')[1];
      const [, tFeature, ...rest] = tInside.split('/');
      if (fFeature !== tFeature && !(rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]))))
        return `feature "${fFeature}" reaches "${tFeature}" only through its index.ts, not "${spec}"`;
    }
    // The declared data API (renderer/src/data/index.ts): screens see queries and commands, not
    // the modules behind them, so data/ can be reorganised without touching a feature.
    if ((area === 'features' || area === 'app') && tArea === 'data') {
      const [, ...rest] = tInside.split('/');
      if (!(rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0])))) return `${area}/ reaches data/ only through renderer/src/data/index.ts, not "${spec}"`;
    }
    if (area === 'app' && tArea === 'features') {
      const [, , ...rest] = tInside.split('/');
      if (!(rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0])))) return `app/ reaches a feature only through its index.ts, not "${spec}"`;
    }
  }
  return null;
}

export const layersRule = {
  meta: { type: 'problem', docs: { description: 'Enforce the layering of DESIGN.md §2' }, schema: [] },
  create(context) {
    const file = rel(context.filename);
    const report = (node, spec, isTypeOnly) => {
      const reason = checkImport(file, spec, { isTypeOnly });
      if (reason) context.report({ node, message: reason });
    };
    return {
      ImportDeclaration(node) { report(node, node.source.value, node.importKind === 'type'); },
      ExportNamedDeclaration(node) { if (node.source) report(node, node.source.value, node.exportKind === 'type'); },
      ExportAllDeclaration(node) { report(node, node.source.value, node.exportKind === 'type'); },
      ImportExpression(node) { if (node.source.type === 'Literal') report(node, node.source.value, false); },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') report(node, node.arguments[0].value, false);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
