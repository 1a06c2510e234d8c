import { expect, test } from '@playwright/test';
import { CasesPage, TINY_PNG, localInput } from '../pages/CasesPage';

test('a refund above the order amount, a photo that is not an image or over 10 MB, and a past next-contact time are refused by field; nothing stored changes', async ({ page }) => {
  const cases = new CasesPage(page);
  await cases.app.startDemo();
  await cases.createFromConversation('质量问题', '面料有色差');

  // Refund: a valid amount is kept, then one above the order amount is refused and the stored one stays.
  const orderAmount = (await page.locator('.detail__facts dd').nth(1).textContent())?.match(/¥([\d.]+)/)?.[1] ?? '0';
  await page.getByTestId('ticket-resolution').fill('部分退款');
  await page.getByTestId('ticket-amount').fill('5');
  await page.getByTestId('ticket-save').click();
  await expect(page.getByText('当前登记退款 ¥5.00')).toBeVisible();
  await page.getByTestId('ticket-amount').fill(String(Number(orderAmount) + 1));
  await page.getByTestId('ticket-save').click();
  await expect(cases.caseError()).toHaveText(`退款金额：不能超过订单实付金额 ¥${Number(orderAmount).toFixed(2)}`);
  await expect(page.getByText('当前登记退款 ¥5.00')).toBeVisible();

  // Photos: a text file named .png and a 10 MB + 1 byte image are refused; nothing is stored.
  await page.getByTestId('photo-input').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('this is not a picture at all') });
  await expect(cases.caseError()).toHaveText('照片：这不是图片文件，只能上传照片');
  const big = Buffer.alloc(10 * 1024 * 1024 + 1);
  TINY_PNG.copy(big);
  await page.getByTestId('photo-input').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: big });
  await expect(cases.caseError()).toHaveText('照片：文件超过 10 MB，请压缩后再传');
  await expect(page.getByRole('heading', { name: '照片（0）' })).toBeVisible();
  await expect(page.getByTestId('photo-thumb')).toHaveCount(0);

  // Next contact time in the past: refused naming the field, no contact logged, due time unchanged.
  const due = await page.getByTestId('ticket-due').textContent();
  await page.getByTestId('contact-result').fill('买家没回');
  await page.getByTestId('contact-next').fill(localInput(-3_600_000));
  await page.getByTestId('contact-add').click();
  await expect(page.getByTestId('contact-error')).toHaveText('下次联系时间：不能早于现在，请选一个将来的时间');
  await expect(page.getByTestId('contact-item')).toHaveCount(0);
  expect((await page.getByTestId('ticket-due').textContent())?.slice(0, 14)).toBe(due?.slice(0, 14));
  await cases.app.shot('cases-bad-input');
});
