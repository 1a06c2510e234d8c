import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES, exportPhrasesCsv, exportPhrasesJson, parsePhrasesCsv, parsePhrasesJson } from './index';
import type { ExportablePhrase } from './index';

const sample: ExportablePhrase[] = [
  { group: '招呼', title: '欢迎', text: '亲，您好，"欢迎"光临,\n有事叫我', shortcut: 'zh1', keywords: ['欢迎', '你好'], scope: 'team', uses: 3, order: 1 },
  { group: '议价', title: '=HYPERLINK("x")', text: '+1 优惠', shortcut: '-yj', keywords: [], scope: 'personal', uses: 0, order: -2 },
  { group: '售后', title: '已删', text: '不导出', shortcut: '', keywords: [], deletedAt: 9 },
];

describe('exportPhrasesCsv', () => {
  it('writes a BOM, a Chinese header, CRLF rows, quoting and neutralised formulas, skipping tombstones', () => {
    const csv = exportPhrasesCsv(sample);
    expect(csv.startsWith('\uFEFF分组,标题,内容,快捷码,关键词,范围,使用次数,排序\r\n')).toBe(true);
    expect(csv).toContain('招呼,欢迎,"亲，您好，""欢迎""光临,\n有事叫我",zh1,欢迎、你好,团队,3,1\r\n');
    expect(csv).toContain(`议价,"'=HYPERLINK(""x"")",'+1 优惠,'-yj,,个人,0,-2\r\n`);
    expect(csv).not.toContain('不导出');
  });

  it('can leave out the BOM', () => {
    expect(exportPhrasesCsv([], { bom: false })).toBe('分组,标题,内容,快捷码,关键词,范围,使用次数,排序\r\n');
  });

  it('round-trips through parsePhrasesCsv, restoring neutralised cells', () => {
    const back = parsePhrasesCsv(exportPhrasesCsv(sample));
    expect(back.rejected).toEqual([]);
    expect(back.accepted).toEqual([
      { group: '招呼', title: '欢迎', text: '亲，您好，"欢迎"光临,\n有事叫我', shortcut: 'zh1', keywords: ['欢迎', '你好'], scope: 'team', uses: 3, order: 1 },
      { group: '议价', title: '=HYPERLINK("x")', text: '+1 优惠', shortcut: '-yj', keywords: [], scope: 'personal', uses: 0, order: -2 },
    ]);
  });

  it('round-trips the whole starter library', () => {
    const back = parsePhrasesCsv(exportPhrasesCsv(STARTER_PHRASES));
    expect(back.rejected).toEqual([]);
    expect(back.accepted).toEqual(STARTER_PHRASES);
  });
});

describe('parsePhrasesCsv', () => {
  it('keeps the good rows and reports each bad one by its spreadsheet row', () => {
    const csv = [
      '标题,内容,分组,快捷码,使用次数',
      '欢迎,亲您好,招呼,zh1,2', // row 2 ok
      ',没有标题,招呼,,', // row 3: empty title
      '"多行',
      '标题",第二行内容,快递,kd1,', // row 4 ok (one record over two lines)
      '数量错,内容,议价,yj1,很多', // row 5: uses not a number
      '', // row 6 blank, skipped
      '长快捷码,内容,议价,a b,', // row 7: space in shortcut
      '变量,{会员等级}专享,推荐,tj1,', // row 8 ok with a warning
      '重复,内容,推荐,ZH1,', // row 9 ok with a warning
    ].join('\r\n');
    const r = parsePhrasesCsv(csv);
    expect(r.accepted.map((p) => p.title)).toEqual(['欢迎', '多行\n标题', '变量', '重复']);
    expect(r.rejected).toEqual([
      { row: 3, field: 'phrases.title', code: 'required' },
      { row: 5, field: 'phrases.uses', code: 'notNumber' },
      { row: 7, field: 'phrases.shortcut', code: 'noSpaces' },
    ]);
    expect(r.warnings.map((w) => `${w.row}:${w.field}`)).toEqual(['8:phrases.text', '9:phrases.shortcut']);
    expect(r.warnings[0]).toMatchObject({ code: 'unknownVariable', params: { name: '会员等级' } });
  });

  it('accepts English headers in any order, tabs, and defaults a missing group', () => {
    const r = parsePhrasesCsv('text\ttitle\tkeywords\n亲您好\t欢迎\t问好|你好，在吗');
    expect(r.accepted).toEqual([{ group: '未分组', title: '欢迎', text: '亲您好', shortcut: '', keywords: ['问好', '你好', '在吗'], scope: 'team', uses: 0 }]);
  });

  it.each([
    ['an empty file', '', { row: 1, code: 'emptyFile' }],
    ['a header without the content column', '标题,分组\n甲,招呼', { row: 1, code: 'columnMissing', field: 'phrases.text' }],
  ])('rejects %s at row 1', (_name, csv, want) => {
    const r = parsePhrasesCsv(csv);
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toEqual([want]);
  });

  it('rejects a row whose quote never closes but keeps the rows before it', () => {
    const r = parsePhrasesCsv('标题,内容\n好,内容一\n坏,"没有闭合\n后面');
    expect(r.accepted.map((p) => p.title)).toEqual(['好']);
    expect(r.rejected[0]).toEqual({ row: 3, code: 'unclosedQuote' });
  });

  it('rejects an unknown scope and too-long text', () => {
    const r = parsePhrasesCsv(`标题,内容,范围\n甲,内容,全店\n乙,${'长'.repeat(2001)},团队`);
    expect(r.rejected).toEqual([
      { row: 2, field: 'phrases.scope', code: 'notAllowed', params: { allowed: '团队 / 个人' } },
      { row: 3, field: 'phrases.text', code: 'tooLong', params: { max: 2000 } },
    ]);
  });

  it('warns about a shortcut already in the library', () => {
    const r = parsePhrasesCsv('标题,内容,快捷码\n甲,内容,hy1', { existingShortcuts: ['HY1'] });
    expect(r.accepted).toHaveLength(1);
    expect(r.warnings).toEqual([{ row: 2, field: 'phrases.shortcut', code: 'shortcutTaken', params: { shortcut: 'hy1' } }]);
  });
});

describe('JSON import and export', () => {
  it('round-trips, dropping tombstones', () => {
    const json = exportPhrasesJson(sample);
    expect(JSON.parse(json)).toMatchObject({ format: 'xiaoer-desk/phrases', version: 1 });
    const back = parsePhrasesJson(json);
    expect(back.rejected).toEqual([]);
    expect(back.accepted.map((p) => p.title)).toEqual(['欢迎', '=HYPERLINK("x")']);
  });

  it('accepts a bare array, reports bad items by position and keeps the good ones', () => {
    const r = parsePhrasesJson(
      JSON.stringify([
        { group: '招呼', title: '欢迎', text: '亲您好', keywords: '问好、你好' },
        { group: '招呼', title: 42, text: '数字标题' },
        'not an object',
        { group: '快递', title: '发货', text: '当天发', uses: -1 },
        { group: '快递', title: '到货', text: '三天到', id: 'ignored', ownerId: 'x' },
      ]),
    );
    expect(r.accepted.map((p) => p.title)).toEqual(['欢迎', '到货']);
    expect(r.accepted[0]?.keywords).toEqual(['问好', '你好']);
    expect(r.rejected).toEqual([
      { row: 2, field: 'phrases.title', code: 'notText' },
      { row: 3, code: 'notPhraseObject' },
      { row: 4, field: 'phrases.uses', code: 'tooSmall', params: { min: 0 } },
    ]);
  });

  it.each([
    ['broken JSON', '{oops', 'notJson'],
    ['an object without phrases', '{"a":1}', 'noPhraseList'],
  ])('rejects %s as a whole file', (_name, input, code) => {
    const r = parsePhrasesJson(input);
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toEqual([{ row: 0, code }]);
  });

  it('reports a list of keywords that is too long once, as the keywords cell', () => {
    const r = parsePhrasesJson(JSON.stringify([{ group: '招呼', title: '欢迎', text: '亲', keywords: ['长'.repeat(21), '短', '长'.repeat(22)] }]));
    expect(r.rejected).toEqual([{ row: 1, field: 'phrases.keywords', code: 'tooLong', params: { max: 20 } }]);
  });
});
