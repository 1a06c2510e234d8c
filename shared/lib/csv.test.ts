import { describe, expect, it } from 'vitest';
import { neutralizeCell, parseCsv, restoreCell, toCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['plain rows', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['LF and CR line ends', 'a,b\nc,d\re,f', [['a', 'b'], ['c', 'd'], ['e', 'f']]],
    ['quoted cells with commas, escaped quotes and line breaks', '"a,1","say ""hi""","x\r\ny"', [['a,1', 'say "hi"', 'x\r\ny']]],
    ['a BOM at the start', '\uFEFF标题,内容\n甲,乙', [['标题', '内容'], ['甲', '乙']]],
    ['empty cells and a trailing empty cell', 'a,,c,\n', [['a', '', 'c', '']]],
    ['a quote inside an unquoted cell is literal', 'a"b,c', [['a"b', 'c']]],
    ['blank lines stay as rows', 'a\n\nb', [['a'], [''], ['b']]],
  ] as const)('reads %s', (_name, input, expected) => {
    const r = parseCsv(input);
    expect(r.records.map((x) => x.cells)).toEqual(expected);
    expect(r.unterminatedRow).toBeNull();
  });

  it('numbers records as a spreadsheet shows them, even with line breaks inside a cell', () => {
    expect(parseCsv('h\n"a\nb"\nc').records.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('reports a quote that never closes', () => {
    expect(parseCsv('h\nok\n"open,\nmore').unterminatedRow).toBe(3);
  });
});

describe('neutralizeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-_-', "'-_-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['亲，您好', '亲，您好'],
    ['a=b', 'a=b'],
    ['\u0001=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['\u202E\u200B+1', "'+1"],
    ['\u0000@x', "'@x"],
  ])('turns %j into %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
});

describe('long digit ids in a CSV register', () => {
  it.each(['3920118822334455667', '000123', '123456789012'])('writes %s so Excel keeps it as text, and reads it back the same', (id) => {
    const csv = toCsv(['订单编号'], [[id]]);
    const cell = parseCsv(csv).records[1]?.cells[0] ?? '';
    expect(cell).toBe(`="${id}"`);
    expect(restoreCell(cell)).toBe(id);
  });

  it.each(['12345', '13800138000', '订单3920118822334455667'])('leaves %s as it is', (value) => {
    expect(toCsv(['h'], [[value]])).toContain(`\r\n${value}\r\n`);
  });
});
