import { expect, test } from '@playwright/test';
import { CasesPage } from '../pages/CasesPage';

test('a suspected malicious review gets a linted explanation from a template, is closed as explained, and exports its evidence pack', async ({ page }) => {
  const cases = new CasesPage(page);
  await cases.app.startDemo();
  await cases.openTab('评价');
  await page.getByTestId('reviews-view-register').click();
  const orderNo = (await page.getByTestId('review-grid-row').first().getByRole('cell').nth(5).textContent()) ?? '';
  await page.getByTestId('reviews-view-queue').click();

  await page.getByTestId('review-new').click();
  await page.getByTestId('review-order').fill(orderNo);
  await page.getByTestId('review-text').fill('黑店，骗子，大家千万别买');
  // The cause is suggested from the text when the agent leaves it.
  await expect(page.getByTestId('review-new-cause').locator('option').first()).toHaveText('建议原因：同行恶意');
  await page.getByTestId('review-register').click();
  await expect(page.getByTestId('review-case')).toBeVisible();
  await expect(page.getByTestId('review-cause')).toHaveValue('malicious');

  // Explanation: a template for the cause, then an edit the reply lint warns about.
  await page.getByTestId('explanation-template').first().click();
  await expect(page.getByTestId('review-explanation')).toHaveValue(/出库记录/);
  await page.getByTestId('review-explanation').fill(`${await page.getByTestId('review-explanation').inputValue()}我们保证绝对是正品。`);
  await expect(page.getByTestId('explanation-lint')).toContainText('保证');
  // Not yet saved: closing as explained is refused, naming the field.
  await page.getByTestId('review-move-explained').click();
  await expect(cases.caseError()).toHaveText('评价解释：请先写好并保存解释');
  await page.getByTestId('review-explanation').fill((await page.getByTestId('review-explanation').inputValue()).replace('我们保证绝对是正品。', '商品均为正规渠道进货。'));
  await expect(page.getByTestId('explanation-lint')).toHaveCount(0);
  await page.getByTestId('explanation-save').click();
  await page.getByTestId('review-move-explained').click();
  await expect(page.getByTestId('review-status')).toHaveText('已解释');

  const pack = await cases.download(() => cases.exportWithReason('evidence-export', 'evidence-export-why', '向平台申诉'));
  expect(pack.name).toBe(`证据包-${orderNo}.txt`);
  const text = pack.bytes.toString('utf8');
  for (const part of ['【评价】', '黑店，骗子，大家千万别买', `订单编号：${orderNo}`, '【物流】', '【聊天记录】', '【联系记录】']) expect(text).toContain(part);
  await cases.app.shot('cases-review-explained');
});
