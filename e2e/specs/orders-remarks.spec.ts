import { expect, test } from '@playwright/test';
import { OrdersPage } from '../pages/OrdersPage';

test("remarks are signed and append-only: two agents add remarks, neither can edit or retract the other's, an edit keeps the original, drafts survive a reload", async ({ page }) => {
  const app = new OrdersPage(page);
  await app.startDemo();
  const first = ((await page.getByTestId('current-agent').textContent()) ?? '').split(' · ')[0]!;
  await app.openGrid();
  await page.locator('.ofilters').getByLabel('备注', { exact: true }).selectOption('no');
  await expect(app.count()).toHaveAttribute('data-ready', 'yes');
  const orderNo = (await app.rows().first().getAttribute('data-order-no')) ?? '';
  await app.rows().first().locator('button.mono').click();
  await expect(app.detail()).toContainText(orderNo);

  // Agent 1 writes a remark with the red flag (特殊要求) using Ctrl+Enter.
  await page.locator('.flagpick__item', { hasText: '特殊要求' }).click();
  await page.getByTestId('remark-input').fill('买家要求周五之后再发货');
  await page.keyboard.press('Control+Enter');
  const remarks = page.getByTestId('remark');
  await expect(remarks).toHaveCount(1);
  await expect(remarks.first().locator('.remark__text')).toHaveText(new RegExp(`^#买家要求周五之后再发货 —${first} \\d{2}-\\d{2} \\d{2}:\\d{2}$`));
  await expect(page.locator('.odetail h2 .flag')).toContainText('特殊要求');

  // A draft is kept across a reload.
  await page.getByTestId('remark-input').fill('草稿：等买家确认颜色');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByTestId('remark-input')).toHaveValue('草稿：等买家确认颜色');
  await page.getByTestId('remark-input').fill('');
  await page.waitForTimeout(600);

  // Agent 2 signs in, adds a remark, and cannot retract agent 1's.
  await page.getByRole('button', { name: '换人' }).click();
  const other = page.locator('[data-testid^="sign-in-"]').filter({ hasNotText: first }).first();
  const second = ((await other.locator('.agent-card__name').textContent()) ?? '').trim();
  await other.click();
  await app.tab(`订单 ${orderNo}`).click();
  await page.getByTestId('remark-input').fill('已电话确认，周五后发');
  await page.getByTestId('remark-add').click();
  await expect(remarks).toHaveCount(2);
  await expect(remarks.nth(1).locator('.remark__text')).toContainText(`—${second} `);
  await remarks.first().getByRole('button', { name: '撤回' }).click();
  await expect(page.getByTestId('remark-error')).toContainText(`这条备注是${first}写的，只有本人可以撤回`);
  await expect(remarks).toHaveCount(2);
  // Nor edit it: the refusal names the author.
  await remarks.first().getByRole('button', { name: '修改' }).click();
  await expect(page.getByTestId('remark-error')).toContainText(`这条备注是${first}写的，只有本人可以撤回或修改`);
  await expect(page.getByTestId('remark-edit-input')).toHaveCount(0);

  // Their own remark they may edit: the new text replaces it on screen, the original stays as history.
  await remarks.nth(1).getByRole('button', { name: '修改' }).click();
  await page.getByTestId('remark-edit-input').fill('已电话确认，下周一发');
  await page.getByTestId('remark-edit-save').click();
  await expect(remarks).toHaveCount(2);
  await expect(remarks.nth(1).locator('.remark__text')).toContainText(`#已电话确认，下周一发 —${second} `);
  await expect(remarks.nth(1)).toHaveAttribute('data-edited', 'yes');
  await remarks.nth(1).getByTestId('remark-history').locator('summary').click();
  await expect(remarks.nth(1).getByTestId('remark-history')).toContainText('已电话确认，周五后发');
  await expect(remarks.first().locator('.remark__text')).toContainText('#买家要求周五之后再发货');
  await app.shot('orders-remarks');

  // Their own remark they may retract; the grid shows the newest remaining one.
  await remarks.nth(1).getByRole('button', { name: '撤回' }).click();
  await expect(remarks).toHaveCount(1);

  // The memo limit warns in bytes (Chinese = 3 bytes): 340 characters are over 1000 bytes.
  await page.getByTestId('remark-input').fill('备'.repeat(340));
  await expect(page.getByTestId('memo-warning')).toContainText('超出淘宝 1000 字节上限');
  // Over the stored limit the remark is refused in Chinese, naming the field and the limit; nothing is written.
  await page.getByTestId('remark-input').fill('备'.repeat(501));
  await page.getByTestId('remark-add').click();
  await expect(page.getByTestId('remark-error')).toHaveText('备注内容：不能超过 500 个字');
  await expect(remarks).toHaveCount(1);

  await app.openGrid();
  await app.search().fill(orderNo);
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first().locator('.ogrid__td--remark')).toContainText(`#买家要求周五之后再发货 —${first}`);
  await expect(app.rows().first().locator('.ogrid__td--flag')).toContainText('特殊要求');
});
