import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFindings, formatFindings, type Finding } from '../fixtures/axe';
import { PresalePage } from '../pages/PresalePage';
import { TINY_PNG } from '../pages/CasesPage';

/** Each top tab and the element that says its screen has drawn. */
const TABS: [name: string, ready: (p: Page) => Locator][] = [
  ['催付', (p) => p.getByTestId('payment-queue')],
  ['订单', (p) => p.locator('[data-testid="orders-count"][data-ready="yes"]')],
  ['售后', (p) => p.getByTestId('aftersale-screen')],
  ['评价', (p) => p.getByTestId('reviews-screen')],
  ['交接', (p) => p.getByTestId('handover-screen')],
  ['笔记', (p) => p.getByTestId('notes-search')],
  ['知识库', (p) => p.getByTestId('product-card').first()],
  // The headline is drawn whatever the hour; the table only once today has rounds inside 09:00–23:00.
  ['报表', (p) => p.getByTestId('response-rate-total')],
  ['设置', (p) => p.getByTestId('backup-section')],
  ['接待', (p) => p.getByTestId('queue-item').first()],
];

/**
 * axe-core over every top tab, the buyer/order/case tabs they open, and every dialog, popup and
 * confirmation of the demo: no serious or critical violation anywhere. A failure lists each
 * violation with the selectors of its nodes and the views it was seen in.
 */
test('every tab, entity tab and dialog of the demo has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(240_000);
  const app = new PresalePage(page);
  const findings: Finding[] = [];
  const check = async (where: string): Promise<void> => { findings.push(...(await axeFindings(page, where))); };
  const shut = async (popup: Locator): Promise<void> => {
    await app.press('Escape');
    await expect(popup).toHaveCount(0);
  };

  await app.openFresh();
  await check('欢迎');
  await page.getByTestId('start-demo').click();
  await expect(app.waitingItems().first()).toBeVisible();
  await check('接待');

  for (const [name, ready] of TABS) {
    await app.tab(name).click();
    await expect(ready(page)).toBeVisible();
    await check(name);
  }

  // 接待: a conversation, the `/` phrase picker, the transfer dialog, the case popup, the phrase library.
  await app.waitingItems().first().click();
  await app.phrasesReady();
  await check('接待 · 会话');
  await app.composer().focus();
  await app.press('/');
  await expect(page.getByTestId('phrase-option').first()).toBeVisible();
  await check('快捷短语选择');
  await shut(page.getByRole('dialog', { name: '快捷短语' }));
  await app.press('Alt+t');
  const transfer = page.getByRole('dialog', { name: '转交给同事' });
  await expect(transfer).toBeVisible();
  await check('转交');
  await shut(transfer);
  await page.getByTestId('case-from-conversation').click();
  await expect(page.getByTestId('new-case')).toBeVisible();
  await check('会话 · 新建售后');
  await shut(page.getByTestId('new-case'));
  await app.openPhraseLibrary();
  await page.getByRole('button', { name: '新建短语' }).click();
  await page.getByRole('button', { name: '保存短语' }).click();
  await expect(page.getByTestId('phrase-editor').getByRole('alert').first()).toBeVisible();
  await check('快捷短语库 · 编辑');
  await page.getByTestId('phrase-row').first().getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('删除短语');
  await app.answerConfirm(false);

  // 订单: the column chooser menu, an order tab and its buyer's tab.
  await app.tab('订单').click();
  await expect(page.locator('[data-testid="orders-count"][data-ready="yes"]')).toBeVisible();
  await page.getByTestId('column-chooser').click();
  await expect(page.getByRole('menu')).toBeVisible();
  await check('订单 · 显示的列');
  await shut(page.getByRole('menu'));
  await page.getByTestId('order-row').first().locator('button.mono').click();
  await expect(page.getByTestId('order-detail')).toBeVisible();
  await check('订单详情');
  await page.getByTestId('order-detail').locator('dd button.link').first().click();
  await expect(page.getByTestId('buyer-detail')).toBeVisible();
  await check('买家详情');

  // 售后: the new case form (Alt+N), a case tab with its photo lightbox and owner list.
  await app.tab('售后').click();
  await page.keyboard.press('Alt+n');
  await expect(page.getByTestId('new-case')).toBeVisible();
  await check('新建售后');
  await page.getByTestId('case-order-no').fill('123');
  await page.getByTestId('case-create').click();
  await expect(page.getByTestId('new-case').getByRole('alert')).toBeVisible();
  await check('新建售后 · 出错');
  await app.tab('接待').click();
  await app.waitingItems().first().click();
  await page.getByTestId('case-from-conversation').click();
  await page.getByTestId('case-create').click();
  await expect(page.getByTestId('ticket-case')).toBeVisible();
  await check('售后单');
  await page.getByTestId('photo-input').setInputFiles({ name: 'kaixian.png', mimeType: 'image/png', buffer: TINY_PNG });
  await page.getByTestId('photo-thumb').click();
  await expect(page.getByTestId('photo-full')).toBeVisible();
  await check('照片');
  await shut(page.getByTestId('photo-full'));
  await page.getByTestId('case-owner').click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await check('负责人');
  await shut(page.getByRole('listbox'));

  // 评价: the new review form and a review case.
  await app.tab('评价').click();
  await page.getByTestId('review-new').click();
  await expect(page.getByTestId('new-review')).toBeVisible();
  await check('登记中差评');
  await page.getByTestId('review-item').first().click();
  await expect(page.getByTestId('review-case')).toBeVisible();
  await check('中差评');

  // 笔记 and 设置: the confirmations that replace the browser's confirm().
  await app.tab('笔记').click();
  await page.getByTestId('new-note').click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('删除笔记');
  await app.answerConfirm(false);
  await app.tab('设置').click();
  await page.getByRole('button', { name: '清除演示数据' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('清除演示数据');
  await app.answerConfirm(false);

  expect(findings.length, `serious or critical axe violations:\n${formatFindings(findings)}`).toBe(0);
});

test('the Ctrl+K palette has no serious or critical accessibility violation', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  const findings = await axeFindings(page, 'Ctrl+K 搜索');
  expect(findings.length, `serious or critical axe violations:\n${formatFindings(findings)}`).toBe(0);
});

test('the F1 shortcut sheet has no serious or critical accessibility violation', async ({ page }) => {
  const app = new PresalePage(page);
  await app.startDemo();
  await app.press('F1');
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  const findings = await axeFindings(page, 'F1 快捷键');
  expect(findings.length, `serious or critical axe violations:\n${formatFindings(findings)}`).toBe(0);
});
