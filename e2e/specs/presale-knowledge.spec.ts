import { expect, test } from '@playwright/test';
import { PresalePage } from '../pages/PresalePage';

test('the knowledge tab finds a product by pinyin, and the chat panel inserts an FAQ answer into the reply', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.tab('知识库').click();
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  await page.getByTestId('knowledge-search').fill('jrlm');
  await expect(page.getByTestId('product-card')).toHaveCount(1);
  await expect(page.getByTestId('product-card')).toContainText('加绒连帽卫衣');
  await expect(page.getByTestId('product-card')).toContainText('问大家');
  await app.shot('presale-knowledge');

  await app.tab('接待').click();
  await app.waitingItems().first().click();
  await page.getByRole('button', { name: '知识库', exact: true }).click();
  const search = page.getByTestId('knowledge-panel-search');
  await search.fill('缩水');
  const card = page.getByTestId('product-card').first();
  await expect(card).toContainText('缩水');
  const answer = (await card.locator('li', { hasText: '缩水' }).first().locator('span').first().textContent()) ?? '';
  await card.locator('li', { hasText: '缩水' }).first().getByTestId('knowledge-insert').click();
  const expected = answer.split('答：')[1] ?? '';
  expect(expected.length).toBeGreaterThan(3);
  await expect(app.composer()).toHaveValue(expected);
  await app.composer().press('Enter');
  await expect(app.lastAgentMessage()).toHaveText(expected);
});
