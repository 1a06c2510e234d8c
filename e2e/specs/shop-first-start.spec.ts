import iconv from 'iconv-lite';
import { expect, test } from '@playwright/test';
import { taobaoFullExport } from '../fixtures/orderExport';
import { IngestPage } from '../pages/IngestPage';
import { ShopSetupPage } from '../pages/ShopSetupPage';

/**
 * Taobao's product export as the seller center writes it (淘宝助理 CSV, GBK): a version line,
 * English column names, the Chinese header, then one listing per row. Row 5 has a bad price.
 */
const PRODUCT_EXPORT = [
  'version 1.00',
  'title,cid,price,num,outer_id,skuProps,propAlias,cateProps,description,subtitle',
  '宝贝名称,宝贝类目,宝贝价格,宝贝数量,商家编码,销售属性组合,销售属性别名,宝贝属性,宝贝描述,宝贝卖点',
  '秋冬加绒连帽卫衣,50000671,169.00,60,WY01,"169:30:WY01-GY-M:1627207:28332;20509:28315;169:30:WY01-GY-L:1627207:28332;20509:28316;","1627207:28332:麻灰;20509:28315:M;20509:28316:L;","材质:棉75% 聚酯纤维25%","<p>内里加绒，秋冬单穿也暖</p>",内里加绒；帽子双层',
  '羊绒围巾,50010404,五十,20,WJ02,,,,,',
  '纯棉圆领T恤,50000436,59.00,80,TX03,,,"材质:精梳棉",,面料厚实不透',
].join('\r\n');

test('a real shop starts with no demo: 创建我的店铺, the wizard, a GBK product export, a size question answered from the size chart, and all of it after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = new ShopSetupPage(page);
  await app.openFresh();
  await app.createShop('晴天小铺', '王芳', 'kf01', '主管');

  // 1 店铺: the first shop is there; a second one is added.
  await expect(app.wizardStep()).toHaveText('店铺');
  await expect(page.getByTestId('shop-row')).toHaveCount(1);
  await page.getByLabel('新店铺名称').fill('晴天童装');
  await page.getByLabel('平台', { exact: true }).last().selectOption('pdd');
  await page.getByTestId('shop-add').click();
  await expect(page.getByTestId('shop-row')).toHaveCount(2);
  await app.shot('setup-wizard-shops');
  await app.next();

  // 2 客服: a colleague for this PC.
  await expect(app.wizardStep()).toHaveText('客服');
  await page.locator('#newAgentName').fill('李雷');
  await page.locator('#newAgentNo').fill('kf02');
  await page.getByRole('button', { name: '添加客服' }).click();
  await expect(page.locator('.plain-list li')).toHaveCount(2);
  await app.next();

  // 3 导入订单: the existing import panel, for the shops just made.
  await expect(app.wizardStep()).toHaveText('导入订单');
  await expect(page.getByTestId('order-import-shop').locator('option')).toHaveText(['晴天小铺', '晴天童装']);
  await page.getByTestId('order-import-shop').selectOption({ label: '晴天小铺' });
  await app.upload(page.getByTestId('order-import-pick'), 'ExportOrderList.csv', 'text/csv', taobaoFullExport([{
    orderNo: '3987654321098765801', nick: '问尺码的买家', status: '买家已付款，等待卖家发货', goods: '169.00', postage: '0.00', paid: '169.00', receiver: '周女士',
    address: '上海市浦东新区张江路88号', phone: '13900008888', createdAt: '2026-11-20 10:00:00', paidAt: '2026-11-20 10:02:00', title: '秋冬加绒连帽卫衣', shopName: '晴天小铺',
  }]));
  await expect(page.getByTestId('order-import-preview')).toContainText('将新增 1 单');
  await page.getByTestId('order-import-confirm').click();
  await expect(page.getByTestId('order-import-done')).toContainText('新增 1 单');
  await app.next();

  // 4 导入商品: the GBK export is previewed, the bad row named by row and column, the rest imported.
  await expect(app.wizardStep()).toHaveText('导入商品');
  await app.upload(page.getByTestId('product-import-pick'), '出售中的宝贝.csv', 'text/csv', iconv.encode(PRODUCT_EXPORT, 'gbk'));
  await expect(page.getByTestId('product-import-preview')).toContainText('共 2 件商品：新增 2，更新 0，没有变化 0');
  await expect(page.getByTestId('product-import-problem')).toHaveText(['第 5 行 · 宝贝价格：不是金额：五十']);
  await app.shot('setup-wizard-products');
  await page.getByTestId('product-import-confirm').click();
  await expect(page.getByTestId('product-import-done')).toContainText('新增 2 件');
  await app.next();

  // 5 快捷短语: the starter set, one group per presale step.
  await expect(app.wizardStep()).toHaveText('快捷短语');
  for (const step of ['招呼', '询问', '推荐', '议价', '快递', '核实', '道别', '跟进']) await expect(page.getByTestId('starter-phrases').getByRole('heading', { name: step, exact: true })).toBeVisible();
  await page.getByTestId('starter-add').click();
  await expect(page.getByTestId('starter-phrases')).toContainText('短语库里已经有');
  await app.shot('setup-wizard-phrases');
  await app.next();
  await expect(page.getByTestId('setup-summary')).toContainText('店铺 2 家');
  await expect(page.getByTestId('setup-summary')).toContainText('商品 2 件');
  await page.getByTestId('setup-finish').click();
  await expect(app.tab('接待')).toBeVisible();

  // 知识库: the imported hoodie gets a size chart in the editor (the export has none).
  await app.tab('知识库').click();
  await expect(app.productCards()).toHaveCount(2);
  const hoodie = app.productCards().filter({ hasText: '秋冬加绒连帽卫衣' });
  await expect(hoodie).toContainText('¥169.00');
  await expect(hoodie).toContainText('棉75% 聚酯纤维25%');
  await hoodie.getByTestId('product-edit').click();
  const editor = page.getByTestId('product-editor');
  await expect(editor.getByTestId('sku-table')).toContainText('');
  await expect(editor.getByLabel('第 1 个 SKU 的颜色')).toHaveValue('麻灰');
  await editor.getByTestId('chart-create').click();
  await editor.getByLabel('第 1 行的尺码').fill('M');
  await editor.getByLabel('M 码的身高(cm)').fill('160-168');
  await editor.getByLabel('M 码的体重(kg)').fill('50-60');
  await editor.getByLabel('第 2 行的尺码').fill('L');
  await editor.getByLabel('L 码的身高(cm)').fill('168-175');
  await editor.getByLabel('L 码的体重(kg)').fill('60-70');
  await editor.getByLabel('L 码的胸围(cm)').fill('116');
  await editor.getByRole('button', { name: '添加问大家' }).click();
  await editor.getByLabel('问大家第 1 条的问题').fill('北方冬天能穿吗？');
  await app.shot('knowledge-editor');
  // A refusal is named where it is: an answer left empty.
  await editor.getByTestId('product-save').click();
  await expect(page.getByTestId('product-problems')).toHaveText('第 1 条问大家 · 回答：不能为空');
  await editor.getByLabel('问大家第 1 条的回答').fill('屋里单穿很暖，出门加件外套。');
  await editor.getByTestId('product-save').click();
  await expect(editor).toHaveCount(0);
  await expect(hoodie.getByTestId('size-chart')).toContainText('168-175');
  await expect(hoodie).toContainText('问大家');

  // A buyer asks for a size (injected as the shop's ERP would post it).
  const ingest = new IngestPage(page);
  const { url, token, shopId } = await ingest.connection();
  const now = Date.now();
  const posted = await ingest.post(url, token, JSON.stringify({ events: [{ eventId: `size-${now}`, type: 'buyer.message', shopId, at: now, buyerNick: 'tb_小林', text: '身高170 体重65，这件卫衣穿什么码？' }] }));
  expect(posted.status).toBe(202);

  // 接待: the knowledge panel reads 170/65 from the chat and suggests L from the chart.
  await app.tab('接待').click();
  await app.waitingItems().filter({ hasText: 'tb_小林' }).click();
  await page.getByRole('button', { name: '知识库', exact: true }).click();
  await expect(page.getByTestId('measure-height')).toHaveValue('170');
  await expect(page.getByTestId('measure-weight')).toHaveValue('65');
  await page.getByTestId('knowledge-panel-search').fill('卫衣');
  const card = page.locator('.knowledge-panel').getByTestId('product-card');
  await expect(card.getByTestId('size-advice')).toContainText('建议 L 码');
  await card.getByTestId('size-insert').click();
  const answer = '亲，按您身高170cm、体重65kg，秋冬加绒连帽卫衣建议选L码。参考尺码表 L：身高(cm) 168-175 · 体重(kg) 60-70 · 胸围(cm) 116';
  await expect(app.composer()).toHaveValue(answer);
  await app.shot('presale-size-answer');
  await app.composer().press('Enter');
  await expect(app.lastAgentMessage()).toHaveText(answer);

  // Everything survives a reload: no wizard again, shops, products with the chart, the reply.
  await page.reload();
  await expect(app.tab('接待')).toBeVisible();
  await expect(app.wizard()).toHaveCount(0);
  await app.tab('知识库').click();
  await expect(app.productCards()).toHaveCount(2);
  await expect(app.productCards().filter({ hasText: '秋冬加绒连帽卫衣' }).getByTestId('size-chart')).toContainText('168-175');
  await app.tab('设置').click();
  await expect(page.getByTestId('shop-row')).toHaveCount(2);
  const replies = await app.stored<{ from: string; text: string }>('messages');
  expect(replies.filter((m) => m.from === 'agent').map((m) => m.text)).toEqual([answer]);
  expect((await app.stored<{ demo: boolean }>('shops')).every((s) => !s.demo)).toBe(true);
  // The order imported in the wizard is still there.
  expect((await app.stored<{ orderNo: string }>('orders')).map((o) => o.orderNo)).toEqual(['3987654321098765801']);
});
