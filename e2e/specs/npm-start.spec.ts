import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

let child: ChildProcess | null = null;
const PORT = process.env.E2E_START_PORT ?? '5399';
test.afterEach(() => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
});

test('npm start without an Electron binary says why in one line and serves the workstation: its address opens first start, the demo has its own link', async ({ page }) => {
  test.setTimeout(120_000);
  child = spawn('npm', ['start', '--silent'], { env: { ...process.env, PORT, DISPLAY: '' }, detached: true });
  const output: string[] = [];
  const lines = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start lines; output:\n${output.join('')}`)), 100_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const joined = output.join('');
      // Whole lines only: a chunk may end in the middle of one.
      const found = joined.slice(0, joined.lastIndexOf('\n')).split('\n').filter((l) => l.includes(`http://127.0.0.1:${PORT}/`));
      if (found.length >= 2) { clearTimeout(timer); resolve(found); }
    });
    child!.on('exit', (code) => reject(new Error(`npm start exited ${code}:\n${output.join('')}`)));
  });
  const [start, demo] = lines as [string, string];
  // The printed address never forces the demo: a real shop starts from the welcome page.
  expect(start).toMatch(new RegExp(`^Electron's binary is not installed on this machine .* browser host: http://127\\.0\\.0\\.1:${PORT}/$`));
  expect(demo).toBe(`The demo shop with simulated buyers: http://127.0.0.1:${PORT}/?demo=1`);

  await page.goto(start.slice(start.indexOf('http')));
  await expect(page.getByRole('heading', { name: '欢迎使用小二工作台' })).toBeVisible();
  await expect(page.getByTestId('setup-form')).toBeVisible();
  await expect(page.getByTestId('queue-item')).toHaveCount(0);

  // The demo link seeds the live demo on an empty store.
  await page.goto(demo.slice(demo.indexOf('http')));
  await expect(page.getByTestId('queue-item').first()).toBeVisible();
  await expect(page).toHaveTitle(/^\(\d+\) 小二工作台$/);
});
