import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { OrdersPage } from '../pages/OrdersPage';

/**
 * Order import bench (printed, never asserted): a 20,000-row Taobao 订单报表 in GBK through the
 * real 导入订单 panel — read + preview, the import itself, and the same file again (all
 * unchanged) — with the longest main-thread task seen meanwhile. Run:
 *   E2E_PORT=5320 npx playwright test -c e2e/bench/playwright.bench.config.ts orders-import.bench
 */
const ROWS = 20_000;
const HEADER = '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,物流单号,物流公司';
const STATUSES = ['等待买家付款', '买家已付款，等待卖家发货', '卖家已发货，等待买家确认', '交易成功', '交易关闭'];

function exportFile(): Buffer {
  const lines = [HEADER];
  const t0 = Date.now() - 30 * 86_400_000;
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(t0 + i * 120_000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    const status = STATUSES[i % STATUSES.length]!;
    const paid = status === '等待买家付款' || status === '交易关闭' ? '' : at;
    lines.push(`="38${String(i).padStart(17, '0')}",买家${i % 3000},${(i % 400) + 19}.90,"${status}",收件人${i % 50},浙江省杭州市西湖区文三路${i % 900}号,138${String(i).padStart(8, '0')},${at},${paid},商品${i % 80},1,,`);
  }
  return iconv.encode(lines.join('\r\n'), 'gbk');
}

test('order import bench', async ({ page }) => {
  test.setTimeout(600_000);
  const app = new OrdersPage(page);
  await app.startDemo();
  await app.openGrid();
  await page.evaluate(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const file = exportFile();
  const longest = async (): Promise<number> => Math.round(await page.evaluate(() => { const w = window as unknown as { __longest: number }; const v = w.__longest; w.__longest = 0; return v; }));
  const upload = async (): Promise<number> => {
    const started = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('order-import-pick').click();
    await (await chooser).setFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: file });
    await expect(page.getByTestId('order-import-preview')).toContainText('bench.csv', { timeout: 300_000 });
    return Date.now() - started;
  };

  await page.getByTestId('orders-import-open').click();
  const previewMs = await upload();
  const previewLong = await longest();
  const started = Date.now();
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText(`新增 ${ROWS} 单`, { timeout: 300_000 });
  const importMs = Date.now() - started;
  const importLong = await longest();
  const againMs = await upload();
  await expect(page.getByTestId('order-import-preview')).toContainText(`${ROWS} 单没有变化`);
  const againLong = await longest();

  console.log(`\n[orders-import] ${ROWS} rows, ${(file.length / 1e6).toFixed(1)} MB GBK`);
  console.table([
    { step: 'read + preview (new file)', ms: previewMs, longestTaskMs: previewLong },
    { step: 'import (one transaction)', ms: importMs, longestTaskMs: importLong },
    { step: 'same file again: preview', ms: againMs, longestTaskMs: againLong },
  ]);
});
