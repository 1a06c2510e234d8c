import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A plain .mjs module: imported through a variable so TypeScript does not look for declarations.
const NODE_CHECKS = './nodeChecks.mjs';
type Finding = { id: string; line: number };
const { checkSource, scanNodeSources } = (await import(NODE_CHECKS)) as {
  checkSource: (file: string, text: string) => Finding[];
  scanNodeSources: (root: string) => { files: number; findings: Finding[] };
};

describe('the Node security checks of scripts/ and server/', () => {
  it.each([
    ['the handler that let GET /%c0 kill the browser host', 'const server = http.createServer(async (req, res) => {', 'ASYNC_REQUEST_HANDLER'],
    ['a decode outside try', 'let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));', 'UNGUARDED_DECODE'],
    ['a containment check without the separator', "if (!file.startsWith(base)) { res.writeHead(403).end(); return; }", 'PREFIX_PATH_CHECK'],
    ['eval', 'eval(body)', 'DYNAMIC_CODE'],
    ['new Function', 'const f = new Function("x", code)', 'DYNAMIC_CODE'],
    ['a shell template', 'execSync(`git log ${branch}`)', 'SHELL_TEMPLATE'],
    ['a token from Math.random', 'const token = Math.random().toString(36)', 'WEAK_SECRET'],
    ['a script server on every interface', "server.listen(port, '0.0.0.0')", 'LISTEN_ALL_INTERFACES'],
  ])('flags %s', (_name, line, id) => {
    expect(checkSource('scripts/x.mjs', line).map((f) => f.id)).toEqual([id]);
  });

  it.each([
    ['a decode inside try', 'try {\n  decoded = decodeURIComponent(pathname);\n} catch {'],
    ['a separator check', 'if (file !== base && !file.startsWith(base + path.sep)) return 403;'],
    ['a wrapped handler', 'http.createServer((req, res) => { handle(req, res).catch(fail); });'],
    ['a regex exec', "/^Bearer (.+)$/.exec(header)"],
    ['a comment about eval(x)', '// never eval(x) here'],
  ])('passes %s', (_name, text) => {
    expect(checkSource('scripts/x.mjs', text)).toEqual([]);
  });

  it('finds nothing in the scripts and server we ship', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const result = scanNodeSources(root);
    expect(result.files).toBeGreaterThan(20);
    expect(result.findings).toEqual([]);
  });
});
