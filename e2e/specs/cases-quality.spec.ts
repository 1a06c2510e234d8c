import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { CasesPage, TINY_PNG, localInput } from '../pages/CasesPage';

test('a quality case from a conversation, with a photo, walks to 回访 and shows in the register, the weekly summary and the export', async ({ page }) => {
  test.setTimeout(120_000);
  const cases = new CasesPage(page);
  await cases.app.startDemo();
  await cases.createFromConversation('质量问题', '袖口开线，有个小洞', 'cases-from-conversation');
  const buyer = (await page.locator('.case__main h2').textContent())?.split('·')[1]?.replace(/处理中.*/, '').trim() ?? '';
  const product = (await page.locator('.detail__facts dd').nth(2).textContent())?.trim() ?? '';
  expect(product.length).toBeGreaterThan(0);

  // 安抚: the step phrase goes into the buyer's conversation beside the case.
  await page.getByTestId('step-send').click();
  await expect(page.getByTestId('case-conversation').locator('.msg--agent').last()).toContainText('添麻烦');
  await cases.logContact('旺旺', '买家情绪稳定了，等核实', localInput(2 * 3_600_000));
  await cases.advance('核实');

  // 核实 → 联系处理 needs a photo.
  await page.getByTestId('ticket-advance').click();
  await expect(cases.caseError()).toHaveText('照片：质量问题请先上传至少一张照片');
  await page.getByTestId('photo-input').setInputFiles({ name: 'kaixian.png', mimeType: 'image/png', buffer: TINY_PNG });
  await expect(page.getByTestId('photo-thumb')).toHaveCount(1);
  await page.getByTestId('photo-thumb').click();
  await expect(page.getByTestId('photo-full').locator('img')).toHaveJSProperty('naturalWidth', 1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('photo-full')).toHaveCount(0);
  await cases.advance('联系处理');

  await page.getByTestId('ticket-resolution').fill('给买家换新一件，来回运费我们出');
  await page.getByTestId('ticket-amount').fill('10');
  await page.getByTestId('ticket-save').click();
  await expect(page.getByText('当前登记退款 ¥10.00')).toBeVisible();
  await cases.logContact('电话', '买家同意换新', localInput(24 * 3_600_000));
  await cases.advance('跟踪');
  await cases.advance('回访');
  await cases.logContact('旺旺', '买家收到新的了，很满意', null);
  await page.getByTestId('ticket-resolve').click();
  await expect(page.getByTestId('ticket-status')).toHaveText('已解决');
  await cases.app.shot('cases-ticket');

  // The register lists it; the weekly quality summary counts it.
  await cases.openTab('售后');
  await page.getByTestId('aftersale-view-register').click();
  await page.getByTestId('filter-type').selectOption({ label: '质量问题' });
  await page.getByTestId('filter-status').selectOption({ label: '已解决' });
  const row = page.getByTestId('ticket-grid-row').filter({ hasText: '袖口开线' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(buyer);
  const summary = page.getByTestId('summary-quality');
  await expect(summary.locator('tr').filter({ hasText: product })).toContainText(/这周.*[1-9]/);
  await cases.app.shot('cases-register');

  // Export CSV and XLSX, and read the files back.
  const csv = await cases.download(() => cases.exportWithReason('ticket-export-csv', 'register-export-why'));
  expect(csv.name).toMatch(/^售后登记表-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toContain('登记时间,类型,状态');
  const mine = lines.find((l) => l.includes('袖口开线'));
  expect(mine).toContain('质量问题');
  expect(mine).toContain('已解决');
  expect(mine).toContain('给买家换新一件');
  const xlsx = await cases.download(() => cases.exportWithReason('ticket-export-xlsx', 'register-export-why'));
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // Read back as Excel would (the workbook is deflated: its text is not in the raw bytes).
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const cells = (book.worksheets[0]!.getSheetValues() as unknown[][]).flatMap((r) => (r ?? []).map(String));
  expect(cells.some((c) => c.includes('袖口开线，有个小洞'))).toBe(true);
});
