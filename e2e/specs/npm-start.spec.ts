import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

let child: ChildProcess | null = null;
const PORT = process.env.E2E_START_PORT ?? '5399';
test.afterEach(() => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
});

test('npm start without an Electron binary says why in one line and serves the live workstation with the demo shop', async ({ page }) => {
  test.setTimeout(120_000);
  child = spawn('npm', ['start', '--silent'], { env: { ...process.env, PORT, DISPLAY: '' }, detached: true });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line; output:\n${output.join('')}`)), 100_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const line = output.join('').split('\n').find((l) => l.includes(`http://127.0.0.1:${PORT}/`));
      if (line) { clearTimeout(timer); resolve(line); }
    });
    child!.on('exit', (code) => reject(new Error(`npm start exited ${code}:\n${output.join('')}`)));
  });
  expect(url).toMatch(new RegExp(`^Electron's binary is not installed on this machine .* browser host: http://127\\.0\\.0\\.1:${PORT}/\\?demo=1$`));

  await page.goto(url.slice(url.indexOf('http')));
  await expect(page.getByTestId('queue-item').first()).toBeVisible();
  await expect(page).toHaveTitle(/^\(\d+\) 小二工作台$/);
});
