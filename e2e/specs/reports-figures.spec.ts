import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { ReportsPage } from '../pages/ReportsPage';

// 14:00 in Shanghai: inside the 09:00–23:00 window the response rate counts, whatever hour CI runs at.
const AFTERNOON = new Date('2026-11-20T06:00:00Z');
const T = AFTERNOON.getTime();
const ORDER_NO = '3920118822334455601';

const parseCsv = (text: string): string[][] => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));

test('报表: a reply, an order and a payment move the right figures; the drill-down lists what was counted; CSV and XLSX say the same; the weekly report prints', async ({ page }) => {
  await page.clock.setFixedTime(AFTERNOON);
  const app = new ReportsPage(page);
  await app.startDemo();
  // Quiet the demo buyers so every change comes from this journey.
  await app.tab('设置').click();
  await page.getByTestId('simulator-toggle').click();
  await expect(page.getByTestId('simulator-toggle')).not.toBeChecked();
  const { url, token, shopId } = await app.connection();

  await app.open();
  const before = { consulted: await app.figureNumber('consulted'), ordered: await app.figureNumber('ordered'), paid: await app.figureNumber('paid'), sales: await app.figureNumber('sales'), notBought: await app.figureNumber('notBought') };
  const label = page.getByTestId('response-rate-total').locator('.kpi__label');
  const [within, rounds] = ((await label.textContent()) ?? '').match(/\d+/g)!.map(Number) as [number, number];

  // Two new buyers write a minute ago.
  const sent = await app.post(url, token, JSON.stringify({ events: [
    { eventId: 'r-msg-1', type: 'buyer.message', shopId, at: T - 60_000, buyerNick: 'tb_报表买家', text: '这件羽绒服还有 L 码吗？' },
    { eventId: 'r-msg-2', type: 'buyer.message', shopId, at: T - 50_000, buyerNick: 'tb_只问不买', text: '能便宜点吗' },
  ] }));
  expect(sent.status).toBe(202);

  // The agent answers both within the minute; the second is resolved as 未下单 · 尺码 in one key.
  await app.tab('接待').click();
  await app.waitingItems().filter({ hasText: 'tb_报表买家' }).click();
  await page.getByTestId('composer').fill('您好，L 码有货，今天下单今天发～');
  await page.keyboard.press('Enter');
  await app.waitingItems().filter({ hasText: 'tb_只问不买' }).click();
  await page.getByTestId('composer').fill('您好，这款已经是活动价了哦');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+3');
  await expect(page.getByTestId('chat-notice')).toContainText('未下单');

  // The first buyer orders and pays (the shop's ERP reports it).
  const ordered = await app.post(url, token, JSON.stringify({ events: [
    { eventId: 'r-ord', type: 'order.created', shopId, at: T, orderNo: ORDER_NO, buyerNick: 'tb_报表买家', items: [{ title: '羽绒服 L', sku: 'YR-L', qty: 1, priceFen: 25900 }], totalFen: 25900, createdAt: T },
    { eventId: 'r-pay', type: 'order.paid', shopId, at: T, orderNo: ORDER_NO, paidAt: T },
  ] }));
  expect(ordered.status).toBe(202);

  await app.open();
  await expect(label).toHaveText(`${within + 2} / ${rounds + 2} 轮在 3 分钟内人工回复`);
  await expect(app.figure('consulted')).toHaveText(String(before.consulted + 2));
  await expect(app.figure('ordered')).toHaveText(String(before.ordered + 1));
  await expect(app.figure('paid')).toHaveText(String(before.paid + 1));
  await expect.poll(() => app.figureNumber('sales')).toBeCloseTo(before.sales + 259, 2);
  await expect(app.figure('notBought')).toHaveText(String(before.notBought + 1));
  await app.shot('reports-overview');

  // The response rate's drill-down lists exactly the rounds it counted.
  await page.getByTestId('response-rate-total').click();
  await expect(app.drill().getByTestId('drill-row')).toHaveCount(Math.min(rounds + 2, 300));
  await expect(app.drill().getByTestId('drill-count')).toContainText(String(rounds + 2));
  await page.keyboard.press('Escape');

  // 销售额's drill-down: the buyers who paid, our order among them, the amounts adding up to the figure.
  const sales = await app.figureNumber('sales');
  await page.getByTestId('figure-sales').click();
  const drill = app.drill();
  await expect(drill.getByTestId('drill-row').filter({ hasText: ORDER_NO })).toHaveCount(1);
  await expect(drill.getByTestId('drill-row').filter({ hasText: ORDER_NO })).toContainText('tb_报表买家');
  const paidColumn = await drill.locator('tbody tr td:nth-child(6)').allTextContents();
  expect(paidColumn.reduce((s, x) => s + Number(x), 0)).toBeCloseTo(sales, 2);
  await app.shot('reports-drill');
  await page.keyboard.press('Escape');

  // The exported view has the same numbers as the screen.
  const csv = await app.download(() => page.getByTestId('reports-export-csv').click());
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const rows = parseCsv(csv.bytes.toString('utf8'));
  const col = (name: string): number => rows[0]!.findIndex((h) => h.startsWith(name));
  expect(Number(rows[1]![col('销售额')])).toBeCloseTo(sales, 2);
  expect(Number(rows[1]![col('付款人数')])).toBe(before.paid + 1);

  const xlsx = await app.download(() => page.getByTestId('reports-export-xlsx').click());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const total = (sheet.getRow(2).values as unknown[]).slice(1);
  expect(total[header.findIndex((h) => h.startsWith('销售额'))]).toBeCloseTo(sales, 2);
  expect(total[header.findIndex((h) => h.startsWith('付款人数'))]).toBe(before.paid + 1);
  expect(total[header.findIndex((h) => h.startsWith('询单人数'))]).toBe(before.consulted + 2);

  // The weekly report (this week: Monday 2026-11-16 on) renders and prints with its Chinese text.
  await page.getByTestId('reports-view-weekly').click();
  await page.getByTestId('weekly-this').click();
  await expect(page.getByTestId('weekly-report')).toHaveAttribute('data-ready', 'yes');
  await expect(page.getByTestId('weekly-report')).toContainText('客服周报');
  await expect(page.getByTestId('weekly-row-paid')).toBeVisible();
  await app.shot('reports-weekly');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.tabbar')).toBeHidden();
  await expect(page.getByTestId('weekly-report')).toBeVisible();
  await expect(page.getByTestId('weekly-print')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The CJK font is embedded: the text is real text, not missing-glyph boxes.
  expect(pdf.toString('latin1')).toMatch(/CJK/);
  await page.emulateMedia({ media: 'screen' });
});
