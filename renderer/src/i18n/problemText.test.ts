import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, type ImportField } from '@shared/domain/orderImport';
import { REFUND_COLUMNS, type RefundField } from '@shared/domain/refundImport';
import { PROBLEM_CODES, ProblemError, bug, problem, type Problem } from '@shared/lib/problem';
import { fromShanghai } from '@shared/lib/time';
import { resourcesFor } from './resources';
import { errorText, fieldText, problemReason, problemText, type Translate } from './problemText';

type Tree = { [k: string]: string | Tree };
const localeFile = (lang: string): Tree => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'locales', lang, 'problem.json'), 'utf8')) as Tree;
const at = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), tree);

describe('every problem code is worded in both locales', () => {
  it.each(['zh-CN', 'en-US'])('%s has a text for each code', (lang) => {
    const tree = localeFile(lang);
    const missing = PROBLEM_CODES.filter((c) => typeof at(tree, `problem.code.${c}`) !== 'string' || at(tree, `problem.code.${c}`) === '');
    expect(missing).toEqual([]);
  });

  it.each(['zh-CN', 'en-US'])('%s has no text for a code that does not exist', (lang) => {
    const worded = Object.keys(at(localeFile(lang), 'problem.code') as Tree);
    expect(worded.filter((c) => !(PROBLEM_CODES as readonly string[]).includes(c))).toEqual([]);
  });

  it('names an import column as the platforms’ files do, so the agent finds it in the file', () => {
    const zh = localeFile('zh-CN');
    const wrong = (Object.keys(IMPORT_COLUMNS) as ImportField[]).filter((f) => at(zh, `problem.field.orderImport.${f}`) !== IMPORT_COLUMNS[f][0]);
    expect(wrong).toEqual([]);
  });

  it('names a refund import column as the platforms’ refund files do', () => {
    const zh = localeFile('zh-CN');
    const wrong = (Object.keys(REFUND_COLUMNS) as RefundField[]).filter((f) => at(zh, `problem.field.refundImport.${f}`) !== REFUND_COLUMNS[f][0]);
    expect(wrong).toEqual([]);
  });
});

const translators: Record<string, Translate> = {};
beforeAll(async () => {
  for (const lang of ['zh-CN', 'en-US']) {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { [lang]: { common: resourcesFor(lang) } }, lng: lang, fallbackLng: false, defaultNS: 'common', interpolation: { escapeValue: false } });
    translators[lang] = i18n.t.bind(i18n) as unknown as Translate;
  }
});
const zh = (): Translate => translators['zh-CN'] as Translate;
const en = (): Translate => translators['en-US'] as Translate;

describe('problemText says where and why in the agent’s language', () => {
  const NOV_20_1430 = fromShanghai(2026, 11, 20, 14, 30);
  it.each<[string, Problem, string, string]>([
    ['an import row, column and reason', problem('required', { row: 3, field: 'orderImport.orderNo' }), '第 3 行 · 订单编号：不能为空', 'Row 3 · 订单编号 (order no.): cannot be empty'],
    ['the whole file', problem('noOrderColumn', { row: 0, field: 'orderImport.orderNo' }), '整个文件 · 订单编号：前几行里没有“订单编号”列，这是订单导出文件吗？', 'Whole file · 订单编号 (order no.): no 订单编号 (order number) column in the first rows: is this an order export?'],
    ['an over-long remark', problem('tooLong', { field: 'remarks.text', params: { max: 1000 } }), '备注内容：不能超过 1000 个字', 'Remark text: at most 1000 characters'],
    ['a record that is gone, by its table', problem('notFound', { field: 'buyers', params: { id: 'B9' } }), '买家：找不到，可能已被删除', 'Buyer: not found; it may have been deleted'],
    ['a backup row: table and a field’s common name', problem('notText', { row: 12, field: 'messages.updatedBy' }), '第 12 行 · 消息 · 修改人：应为文字', 'Row 12 · Message · Changed by: should be text'],
    ['a backup row field nobody named', problem('badFormat', { row: 1, field: 'photos.blob.base64' }), '第 1 行 · 照片 · 字段 blob.base64：格式不对', 'Row 1 · Photo · field blob.base64: wrong format'],
    ['a list item, numbered from one', problem('sameTime', { field: 'policy.steps.1', params: { n: 1, minutes: 10 } }), '第 2 步：和第 1 步同一时间（下单后 10 分钟）', 'Step 2: fires at the same time as step 1 (+10 min)'],
    ['a field inside a list item', problem('tooSmall', { field: 'policy.steps.0.minutes', params: { min: 1 } }), '第 1 步 · 分钟数：不能小于 1', 'Step 1 · Minutes: cannot be less than 1'],
    ['a field inside a named group', problem('tooSmall', { field: 'policy.skip.minAmountFen', params: { min: 0 } }), '跳过规则 · 金额低于（元）不催：不能小于 0', 'Skip rules · Skip orders below (¥): cannot be less than 0'],
    ['money as yuan', problem('amountAboveOrder', { field: 'amountFen', params: { maxFen: 5900 } }), '退款金额：不能超过订单实付金额 ¥59.00', 'Refund amount: cannot exceed the order amount ¥59.00'],
    ['a time in Shanghai', problem('tooEarly', { field: 'channel', params: { at: NOV_20_1430 } }), '联系方式：现在还不能联系，最早 11-20 14:30', 'Channel: too early to contact; from 11-20 14:30'],
    ['a flag by its number', problem('notAFlag', { field: 'flagMeanings.flag', params: { flag: '6', allowed: '0, 1, 2, 3, 4, 5' } }), '旗帜 6：这个平台没有旗帜 6（可用 0, 1, 2, 3, 4, 5）', 'Flag 6: this platform has no flag 6 (flags 0, 1, 2, 3, 4, 5)'],
    ['a row without a field', problem('notPhraseObject', { row: 4 }), '第 4 行 · 这一项不是短语对象', 'Row 4 · this item is not a phrase'],
    ['no row and no field', problem('backupForeign'), '这不是小二工作台的备份文件。', 'This is not a Xiaoer Desk backup.'],
    ['a path nobody named at all', problem('invalid', { field: 'mystery.thing' }), '字段 mystery.thing：内容不正确', 'field mystery.thing: not valid'],
  ])('%s', (_name, p, zhText, enText) => {
    expect(problemText(zh(), p)).toBe(zhText);
    expect(problemText(en(), p)).toBe(enText);
  });

  it('gives the reason alone for a message beside its own input', () => {
    expect(problemReason(zh(), problem('required', { field: 'phrases.title' }))).toBe('不能为空');
    expect(fieldText(zh(), 'phrases.title')).toBe('标题');
  });
});

describe('errorText turns anything caught into the agent’s language', () => {
  it('joins every problem of a ProblemError', () => {
    const e = ProblemError.of([problem('required', { field: 'remarks.text' }), problem('notAllowed', { field: 'shops.platform', params: { allowed: 'taobao / jd' } })]);
    expect(errorText(zh(), e)).toBe('备注内容：不能为空；店铺 · 字段 platform：只能是 taobao / jd');
  });

  it.each<[string, unknown, string]>([
    ['a bug shows a generic text with its name, never its English message', new TypeError('Cannot read properties of undefined'), 'TypeError'],
    ['a browser failure likewise', { name: 'QuotaExceededError', message: 'The disk is full.' }, 'QuotaExceededError'],
    ['an invariant from the data layer shows the generic code', bug('the store is not open'), 'unexpected'],
  ])('%s', (_name, thrown, code) => {
    const text = errorText(zh(), thrown);
    expect(text).toBe(`出了点问题，操作没有完成（错误代码 ${code}）。请重试；如果一直出现，请把代码告诉技术支持`);
    expect(text).not.toMatch(/Cannot read|disk is full|store is not open/);
  });

  it('a failed host call names the step, not the host’s own words', () => {
    const e = new ProblemError(problem('hostFailed', { params: { channel: 'backup:append', detail: 'backup:append: The disk is full.' } }));
    expect(errorText(zh(), e)).toBe('系统没有完成这一步（backup:append），请稍后重试；如果一直失败，请联系技术支持');
    expect(errorText(en(), e)).not.toMatch(/disk is full/);
  });
});

describe('product refusals name the file’s own column, the sheet, or the editor’s row', () => {
  it.each<[Problem, string]>([
    [problem('notAmount', { row: 4, field: 'productImport.price', params: { value: '五十' } }), '第 4 行 · 宝贝价格：不是金额：五十'],
    [problem('required', { row: 3, field: 'productSheet.sizes.size' }), '第 3 行 · 尺码表 · 尺码：不能为空'],
    [problem('tooSmall', { field: 'products.skus.0.stock', params: { min: 0 } }), '第 1 个 SKU · 库存：不能小于 0'],
    [problem('duplicate', { field: 'products.sizeChart.rows.1.size', params: { value: 'm' } }), '尺码表第 2 行 · 尺码：和前面的一行重复（m）'],
    [problem('tooSmall', { row: 7, field: 'products.skus.0.stock', params: { min: 0 } }), '第 7 行 · 第 1 个 SKU · 库存：不能小于 0'],
    [problem('shiftsOverlap', { field: 'shifts.night.start', params: { range: '09:00–19:00' } }), '夜班开始：和白班（09:00–19:00）时间重叠'],
  ])('%j', (p, text) => {
    expect(problemText(zh(), p)).toBe(text);
  });
});
