/**
 * SKUs as the 淘宝助理 / 出售中的宝贝 export writes them. 销售属性组合 lists every SKU as
 * `价格:数量:商家编码:属性ID:值ID;属性ID:值ID;` one after another; the value ids get their names
 * from 销售属性别名 / 自定义属性值 (`属性ID:值ID:名称;`). Property 1627207 is Taobao's 颜色分类;
 * the other sales property of clothing and shoes is the size.
 */

export const COLOR_PROPERTY = '1627207';

export interface ParsedSku {
  priceText: string;
  stock: number;
  code: string;
  color: string;
  size: string;
  /** Value ids the file gave no name for (kept as the id, and reported). */
  unnamed: string[];
}

export type SkuPropsResult = { ok: true; skus: ParsedSku[] } | { ok: false; value: string };

/** `pid:vid:名称;…` → name by "pid:vid". Names may contain ':' (kept whole). */
export function parseAliases(...cells: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const cell of cells) {
    for (const part of cell.split(';')) {
      const m = /^\s*(-?\d+):(-?\d+):(.+)$/.exec(part);
      if (m?.[1] && m[2] && m[3]?.trim()) names.set(`${m[1]}:${m[2]}`, m[3].trim());
    }
  }
  return names;
}

const START = /^\s*(\d+(?:\.\d+)?)?:(\d*):([^:;]*):(-?\d+):(-?\d+)\s*$/;
const MORE = /^\s*(-?\d+):(-?\d+)\s*$/;

/** Reads 销售属性组合; a part that fits neither form refuses the cell (the row says which part). */
export function parseSkuProps(cell: string, aliases: ReadonlyMap<string, string>): SkuPropsResult {
  const skus: { priceText: string; stock: number; code: string; props: [string, string][] }[] = [];
  for (const part of cell.split(';')) {
    if (part.trim() === '') continue;
    const start = START.exec(part);
    if (start) {
      skus.push({ priceText: start[1] ?? '', stock: Number(start[2] || '0'), code: (start[3] ?? '').trim(), props: [[start[4] ?? '', start[5] ?? '']] });
      continue;
    }
    const more = MORE.exec(part);
    const current = skus[skus.length - 1];
    if (more && current) {
      current.props.push([more[1] ?? '', more[2] ?? '']);
      continue;
    }
    return { ok: false, value: part.trim().slice(0, 40) };
  }
  return {
    ok: true,
    skus: skus.map((s) => {
      const unnamed: string[] = [];
      const name = ([pid, vid]: [string, string]): string => {
        const n = aliases.get(`${pid}:${vid}`);
        if (n === undefined) unnamed.push(vid);
        return n ?? vid;
      };
      const colors = s.props.filter(([pid]) => pid === COLOR_PROPERTY).map(name);
      const others = s.props.filter(([pid]) => pid !== COLOR_PROPERTY).map(name);
      return { priceText: s.priceText, stock: s.stock, code: s.code, color: colors.join('/'), size: others.join('/'), unnamed };
    }),
  };
}
