import * as fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { closePcs, openPc } from '../fixtures/pcs';

const pc = openPc;
test.afterEach(closePcs);

// The server runs PostgreSQL as `postgres` when we are root: it must be able to walk into the host's data folder.
test.beforeAll(() => {
  if (process.env.E2E_HOST_DATA) fs.chmodSync(process.env.E2E_HOST_DATA, 0o755);
});

// The browser host runs the same main-process module (scripts/web-shop-host.mjs → electron/main/shopHost).
test('the supervisor’s PC runs the shop server itself; another PC joins with the address and code it shows', async ({ browser }) => {
  test.setTimeout(420_000);
  const boss = await pc(browser);
  try {
    await boss.setUpShop('小鹿童装', '李主管', 'ZG01', 'supervisor');
    await boss.openTeam();
    await expect(boss.page.locator('#hostTeamName')).toBeVisible();
    await boss.page.locator('#hostTeamName').fill('小鹿童装');
    await boss.page.getByTestId('host-start').click();
    // A failed start says why at once: no need to wait out the start's whole time for it.
    await expect(boss.page.getByTestId('host-running').or(boss.page.getByTestId('host-error'))).toBeVisible({ timeout: 240_000 });
    await expect(boss.page.getByTestId('host-error')).toHaveCount(0);
    await expect(boss.page.getByTestId('host-running')).toBeVisible();
    const code = boss.page.getByTestId('host-code');
    await expect(code).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const address = (await boss.page.getByTestId('host-addresses').locator('code').first().textContent()) ?? '';
    expect(address).toMatch(/^https:\/\/\d+\.\d+\.\d+\.\d+:\d+$/);
    await boss.page.getByTestId('host-mode').scrollIntoViewIfNeeded();
    await boss.shot('team-host-mode');

    const a = await pc(browser);
    await a.setUpShop('小鹿童装', '小王', 'KF01');
    await a.join(address, (await code.textContent()) ?? '');
    await a.expectSynced(30_000);

    // Each PC gets its own code: the used one is refused, a fresh one is shown.
    const used = (await code.textContent()) ?? '';
    await boss.page.getByTestId('host-new-code').click();
    await expect(code).not.toHaveText(used);

    // Stopped: the PCs wait offline.
    await boss.page.getByTestId('host-stop').click();
    await expect(boss.page.getByTestId('host-start')).toBeVisible();
    await expect(a.indicator()).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    await a.page.context().close();
  } finally {
    await boss.page.evaluate(() => fetch('/__host/shop-host/stop', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).catch(() => {});
    await boss.page.context().close();
  }
});
