import { expect, test } from '@playwright/test';
import { ReportsPage } from '../pages/ReportsPage';

// 14:00 in Shanghai, so today's figures are in the counted hours.
const AFTERNOON = new Date('2026-11-20T06:00:00Z');
test.use({ viewport: { width: 1366, height: 768 } });

/** Every 报表 view in both languages at 1366×768, kept as artifacts to look at. */
for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`报表 views render in ${lang}`, async ({ page }) => {
    await page.clock.setFixedTime(AFTERNOON);
    const app = new ReportsPage(page);
    await app.startDemo();
    const en = lang === 'en-US';
    if (en) {
      await app.tab('设置').click();
      await page.getByText('English', { exact: true }).click();
      await expect(app.tab('Settings')).toBeVisible();
    }
    await app.tab(en ? 'Reports' : '报表').click();
    const span = page.getByTestId('reports-span');
    await expect(span).toHaveAttribute('data-ready', 'yes');
    await page.getByLabel(en ? 'Period' : '时间范围').selectOption('week');
    await expect(span).toHaveAttribute('data-ready', 'yes');
    await app.shot(`reports-${lang}-overview`);
    await page.getByTestId('chart-trend').scrollIntoViewIfNeeded();
    await app.shot(`reports-${lang}-charts`);
    await page.getByTestId('figure-table').scrollIntoViewIfNeeded();
    await app.shot(`reports-${lang}-table`);
    await page.getByLabel(en ? 'Group by' : '分组').selectOption('hour');
    await app.shot(`reports-${lang}-by-hour`);
    await page.getByTestId('report-definitions').locator('summary').click();
    await page.getByTestId('report-definitions').scrollIntoViewIfNeeded();
    await app.shot(`reports-${lang}-definitions`);
    await page.getByTestId('figure-consulted').click();
    await expect(app.drill()).toBeVisible();
    await app.shot(`reports-${lang}-drill`);
    await page.keyboard.press('Escape');
    await page.getByLabel(en ? 'Period' : '时间范围').selectOption('custom');
    await page.getByLabel(en ? 'Period' : '时间范围').scrollIntoViewIfNeeded();
    await app.shot(`reports-${lang}-custom`);
    await page.getByTestId('reports-view-weekly').click();
    await page.getByTestId('weekly-this').click();
    await expect(page.getByTestId('weekly-report')).toHaveAttribute('data-ready', 'yes');
    await expect(page.getByTestId('weekly-total')).toBeVisible();
    await app.shot(`reports-${lang}-weekly`);
    await page.emulateMedia({ media: 'print' });
    await app.shot(`reports-${lang}-weekly-print`);
    await page.emulateMedia({ media: 'screen' });
    // The outcome tag beside 解决 in a presale chat.
    await app.tab(en ? 'Chats' : '接待').click();
    // A presale chat: an aftersale one has no outcome to tag (and the demo's queue order varies).
    await page.getByTestId('filter-stage').selectOption('presale');
    await app.waitingItems().first().click();
    await page.getByTestId('outcome-menu').click();
    await expect(page.getByTestId('outcome-size')).toBeVisible();
    await app.shot(`reports-${lang}-outcome-menu`);
  });
}
