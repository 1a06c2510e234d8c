// The Node half of `npm run security`: checks for the servers we write in scripts/ (the browser
// host, the ingest bridge) and server/ (the shop server), which Electronegativity does not look
// at. Each rule is one mistake an audit found or one that would be as bad; a finding fails the
// scan with file, line and why. Tests (*.test.ts, server/test/) and lint fixtures are not scanned.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const NODE_RULES = [
  {
    id: 'ASYNC_REQUEST_HANDLER',
    why: 'an async function given straight to createServer: a throw becomes an unhandled rejection that stops the process (one GET /%c0 took the browser host down); wrap it and answer 500',
    test: (line) => /createServer\(\s*async\b/.test(line),
  },
  {
    id: 'UNGUARDED_DECODE',
    why: 'decodeURIComponent throws on /% or /%c0; call it inside try and answer 400',
    test: (line, lines, i) => /\bdecodeURIComponent\(/.test(line) && !lines.slice(Math.max(0, i - 3), i + 1).some((l) => /\btry\b/.test(l)),
  },
  {
    id: 'PREFIX_PATH_CHECK',
    why: 'startsWith(base) without the separator lets /..%2fdist-sibling/ read a sibling folder; compare with base + path.sep',
    test: (line) => /\.startsWith\(\s*(base|root|dir|baseDir|rootDir)\s*\)/.test(line),
  },
  {
    id: 'DYNAMIC_CODE',
    why: 'eval / new Function run text as code',
    test: (line) => /(^|[^\w.])eval\(|\bnew Function\(/.test(line),
  },
  {
    id: 'SHELL_TEMPLATE',
    why: 'exec/execSync with a built string runs a shell over it; use spawn with an argument list',
    test: (line) => /\bexec(Sync)?\(\s*`/.test(line),
  },
  {
    id: 'WEAK_SECRET',
    why: 'Math.random is not a source for tokens or secrets; use crypto.randomBytes',
    test: (line) => /Math\.random\(/.test(line) && /token|secret|password|key/i.test(line),
  },
  {
    id: 'LISTEN_ALL_INTERFACES',
    why: 'scripts/ servers are for this PC only: listen on 127.0.0.1',
    test: (line, _lines, _i, file) => file.startsWith('scripts/') && /listen\([^)]*['"](0\.0\.0\.0|::)['"]/.test(line),
  },
];

const SKIP = (rel) => /\.test\.tsx?$/.test(rel) || rel.includes('/test/') || rel.startsWith('scripts/lint/fixtures/') || rel.includes('node_modules');

function* sourceFiles(root, dir) {
  for (const name of readdirSync(join(root, dir))) {
    const rel = `${dir}/${name}`;
    if (SKIP(rel)) continue;
    if (statSync(join(root, rel)).isDirectory()) yield* sourceFiles(root, rel);
    else if (/\.(mjs|js|ts)$/.test(name)) yield rel;
  }
}

/** Findings of one file's text (exported for the table test). */
export function checkSource(file, text) {
  const lines = text.split('\n');
  const findings = [];
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line)) return;
    for (const rule of NODE_RULES) if (rule.test(line, lines, i, file)) findings.push({ id: rule.id, file, line: i + 1, why: rule.why });
  });
  return findings;
}

/** Every finding under `dirs` (repository-relative) of `root`. */
export function scanNodeSources(root, dirs = ['scripts', 'server']) {
  const findings = [];
  let files = 0;
  for (const dir of dirs) {
    for (const rel of sourceFiles(root, dir)) {
      files += 1;
      findings.push(...checkSource(rel, readFileSync(join(root, rel), 'utf8')));
    }
  }
  return { files, findings, where: (f) => `${relative(root, join(root, f.file))}:${f.line}` };
}
