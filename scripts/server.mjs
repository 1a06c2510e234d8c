// `npm run server [-- enroll-code --team <name>]`: builds the shop server bundle, then runs it
// with plain node in a child process that gets the arguments and our signals.
import { spawn } from 'node:child_process';
import { buildServer } from './build-server.mjs';

const bundle = await buildServer();
const child = spawn(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
