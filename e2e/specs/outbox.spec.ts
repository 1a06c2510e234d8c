import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { IngestPage } from '../pages/IngestPage';
import { OrdersPage } from '../pages/OrdersPage';
import { PresalePage } from '../pages/PresalePage';

// Real processes on a shared machine: a generous budget per test (never a timing assertion).
test.describe.configure({ timeout: 480_000 });

interface SentLine { id: string; platform: string; kind: string; api: string; params: Record<string, unknown> }

/** The example bridge as a real process beside the browser host, logging what it "sent". */
function startBridge(url: string, token: string, extra: string[]): { child: ChildProcess; sent: () => SentLine[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaoer-e2e-bridge-'));
  const log = path.join(dir, 'sent.jsonl');
  const child = spawn(process.execPath, ['scripts/example-bridge.mjs', '--url', url, '--token', token, '--state', path.join(dir, 'state.json'), '--log', log, '--wait', '1', ...extra], { stdio: 'ignore' });
  const sent = (): SentLine[] => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as SentLine) : []);
  return { child, sent };
}

/** 设置 → 发送方式: every shop sends through the bridge. */
async function allShopsThroughBridge(page: Page): Promise<void> {
  const rows = page.getByTestId('outbox-shop');
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < (await rows.count()); i += 1) {
    const row = rows.nth(i);
    await row.getByTestId('outbox-mode').click();
    await page.getByRole('option', { name: '转发程序' }).click();
    await row.getByTestId('outbox-expire').fill('10');
    await row.getByTestId('outbox-save').click();
    await expect(row.getByRole('status')).toHaveText('已保存');
  }
}

test('with a bridge: the buyer\'s message comes in, the filled phrase goes out exactly and shows 已送达; a refusal shows 发送失败 with the reason and 重发 delivers; a flagged remark becomes one memo within 1000 bytes', async ({ page }) => {
  const app = new IngestPage(page);
  await app.startDemo();
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();
  const { url, token, shopId } = await app.connection();
  await allShopsThroughBridge(page);
  await expect(page.getByTestId('outbox-bridge')).toContainText('还没有转发程序来取件');

  const bridge = startBridge(url, token, ['--fail-once-when', '测试', '--post-message', `${shopId}|tb_桥接客|请问今天能发货吗？`]);
  try {
    await expect(page.getByTestId('outbox-bridge')).toContainText('转发程序最近一次取件', { timeout: 60_000 });

    // The buyer the bridge posted waits in 接待; the agent answers with a phrase and fills its slot.
    const presale = new PresalePage(page);
    await presale.tab('接待').click();
    await presale.waitingItems().filter({ hasText: 'tb_桥接客' }).click();
    await expect(presale.chatNick()).toHaveText('tb_桥接客');
    await presale.phrasesReady();
    await presale.composer().focus();
    await presale.press('/');
    await page.keyboard.type('tjcm');
    await expect(page.getByTestId('phrase-option').first()).toContainText('推荐尺码');
    await presale.press('Enter');
    await page.getByLabel('填写 尺码').fill('L');
    // A filled slot is looked at once (Enter shows the reply), then sent (Enter again).
    await presale.press('Enter');
    await expect(page.getByTestId('slot-preview')).toContainText('建议选L');
    await presale.press('Enter');
    const sentText = (await presale.lastAgentMessage().textContent()) ?? '';
    expect(sentText).toContain('建议选L');
    const line = page.locator('.msg--agent').last();
    // The round trip runs through two real processes on a busy machine: patient waits.
    await expect(line.getByTestId('delivery')).toHaveAttribute('data-state', 'delivered', { timeout: 60_000 });
    await expect(line.getByTestId('delivery')).toHaveText('已送达');
    // The bridge received exactly the text the chat shows, once.
    const messages = () => bridge.sent().filter((s) => s.kind === 'message');
    expect(messages().map((s) => s.params['content'])).toEqual([sentText]);
    expect(messages()[0]?.params['buyer_nick']).toBe('tb_桥接客');

    // The platform refuses the next one (a passing outage): 发送失败 with its reason, then 重发 goes through.
    await presale.composer().fill('测试：我们今天下午四点前发货');
    await presale.press('Enter');
    const failed = page.locator('.msg--agent').last().getByTestId('delivery');
    await expect(failed).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
    await expect(failed).toContainText('发送失败（平台繁忙，请稍后重发）');
    await presale.shot('outbox-failed');
    await failed.getByTestId('delivery-resend').click();
    await expect(page.locator('.msg--agent').last().getByTestId('delivery')).toHaveAttribute('data-state', 'delivered', { timeout: 60_000 });
    await expect.poll(() => messages().map((s) => s.params['content'])).toEqual([sentText, '测试：我们今天下午四点前发货']);

    // A remark with a flag: one memo item, the whole memo within the platform's 1000 bytes.
    const orders = new OrdersPage(page);
    await orders.openGrid();
    await page.locator('.ofilters').getByLabel('备注', { exact: true }).selectOption('no');
    await expect(orders.count()).toHaveAttribute('data-ready', 'yes');
    const orderNo = (await orders.rows().first().getAttribute('data-order-no')) ?? '';
    await orders.rows().first().locator('button.mono').click();
    // The flags on offer depend on the order's platform (PDD has no 0): remember which one was picked.
    const picked = page.locator('.flagpick__item').nth(1);
    const flag = Number(await picked.getAttribute('data-flag'));
    await picked.click();
    await page.getByTestId('remark-input').fill('买家要求周五之后再发货，'.repeat(12));
    await page.getByTestId('remark-add').click();
    await expect(page.getByTestId('memo-delivery').getByTestId('delivery')).toHaveText('平台备注已写入', { timeout: 60_000 });
    const memos = bridge.sent().filter((s) => s.kind === 'memo');
    // One memo item (a bridge may be offered it again after a slow ack: same id, delivered once).
    expect(new Set(memos.map((m) => m.id)).size).toBe(1);
    const memo = memos[0] as SentLine;
    const memoText = String(memo.params['memo'] ?? memo.params['note']);
    expect(Buffer.byteLength(memoText, 'utf8')).toBeLessThanOrEqual(1000);
    expect(memoText).toContain('#买家要求周五之后再发货');
    expect(JSON.stringify(memo.params)).toContain(orderNo);
    expect(memo.params['flag'] ?? memo.params['tag']).toBe(flag);
    await orders.shot('outbox-memo');
  } finally {
    bridge.child.kill();
  }
});

test('bad input on the outbox: an ack for an unknown item, a malformed ack and a wrong token are refused, and nothing changes', async ({ page }) => {
  const app = new IngestPage(page);
  await app.startDemo();
  const { url, token } = await app.connection();
  const base = url.replace(/\/v1\/events$/, '');
  const ack = (body: string, bearer = token) => fetch(`${base}/v1/outbox/ack`, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' }, body });
  const unknown = await ack(JSON.stringify({ acks: [{ id: 'no-such-item', status: 'delivered' }] }));
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toMatchObject({ acknowledged: [], rejected: [{ index: 0, id: 'no-such-item', reason: 'unknown item' }] });
  const malformed = await ack(JSON.stringify({ acks: [{ id: 'x', status: 'failed' }] }));
  expect(malformed.status).toBe(400);
  expect(await malformed.json()).toMatchObject({ rejected: [{ index: 0, field: 'reason' }] });
  expect((await ack('{"acks":[{"id":"x","status":"delivered"}]}', '0'.repeat(64))).status).toBe(401);
  expect((await fetch(`${base}/v1/outbox?after=0`, { headers: { Authorization: `Bearer ${'0'.repeat(64)}` } })).status).toBe(401);
});

test.describe('companion mode (no bridge)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a reply lands on the clipboard exactly and shows 已复制; the in-page phrase palette copies a filled phrase', async ({ page }) => {
    const app = new PresalePage(page);
    await app.startDemo();
    await app.waitingItems().first().click();
    await app.phrasesReady();
    await app.composer().fill('亲，这款有现货，今天下单明天就能发出～');
    await app.press('Enter');
    const line = page.locator('.msg--agent').last();
    await expect(line.getByTestId('delivery')).toHaveAttribute('data-state', 'copied', { timeout: 60_000 });
    await expect(line.getByTestId('delivery')).toContainText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('亲，这款有现货，今天下单明天就能发出～');
    await app.shot('outbox-companion');

    // Ctrl+Alt+Space: the palette over the page; pinyin initials, the slot, Enter copies and closes.
    await page.locator('body').click({ position: { x: 700, y: 10 } });
    await app.press('Control+Alt+Space');
    await expect(page.getByTestId('palette-input')).toBeFocused({ timeout: 30_000 });
    await page.keyboard.type('tjcm');
    await expect(page.getByTestId('palette-option').first()).toContainText('推荐尺码');
    await app.press('Enter');
    await page.getByLabel('填写 尺码').fill('M');
    await app.press('Enter');
    await expect(page.getByTestId('palette-dialog')).toHaveCount(0, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('建议选M');
  });
});
