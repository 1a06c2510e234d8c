import type { Platform } from '../../schemas/common';
import { utf8ByteLength } from '../../lib/utf8';

/**
 * The seller memo (备注) and flag as each platform accepts them. A platform memo is one text per
 * order that an API call REPLACES, so what goes out is the whole memo (every live remark, signed,
 * `#`-separated: composeMemo), never just the newest remark.
 *
 * Limits, from the platforms' open-API parameter docs (docs/ingest.md "What a real bridge maps"):
 * - Taobao/Tmall `taobao.trade.memo.update`: memo "最大长度: 1000个字节", flag 0–5 (0 grey … 5 pink).
 *   The docs say bytes without naming the encoding. We count UTF-8 (a Chinese character = 3
 *   bytes), the stricter reading: a memo that fits 1000 UTF-8 bytes also fits if the platform
 *   counts GBK (2 bytes).
 * - Pinduoduo `pdd.order.note.update`: `tag` 1–5 (red, yellow, green, blue, purple) and a
 *   `tag_name`; no tag means no flag. A memo length limit was not found in the public docs:
 *   we keep the same 1000 UTF-8 bytes.
 * - JD (`jingdong.pop.order.modifyVenderRemark` / older `360buy.order.vender.remark.update`):
 *   remark + flag; the flag values and length limit were not verifiable from public docs, so JD
 *   gets the Taobao set (0–5) and limit, as the flag picker already does.
 */
export interface MemoRule {
  limitBytes: number;
  /** Flags the platform's API takes; a flag outside is not sent (null). */
  flags: readonly number[];
}

const TAOBAO: MemoRule = { limitBytes: 1000, flags: [0, 1, 2, 3, 4, 5] };
const PDD: MemoRule = { limitBytes: 1000, flags: [1, 2, 3, 4, 5] };

export const MEMO_RULES: Readonly<Record<Platform, MemoRule>> = Object.freeze({
  taobao: TAOBAO, tmall: TAOBAO, jd: TAOBAO, other: TAOBAO, pdd: PDD,
});

/** Put in front of a memo whose oldest remarks had to be left out to fit. */
export const MEMO_ELLIPSIS = '…';

export interface PlatformMemo {
  memo: string;
  bytes: number;
  limitBytes: number;
  flag: number | null;
  /** How many of the oldest remarks were left out to fit the limit. */
  dropped: number;
}

/**
 * The memo to write for an order: the formatted remarks (oldest first) joined by a space; when
 * the whole would pass the platform's byte limit, the OLDEST remarks are left out (the newest
 * words are what the warehouse must read) and `…` marks the cut. A single remark longer than
 * the limit is cut at a whole character. The flag is kept only when the platform has it.
 */
export function platformMemo(platform: Platform, parts: readonly string[], flag: number | null): PlatformMemo {
  const rule = MEMO_RULES[platform];
  const outFlag = flag !== null && rule.flags.includes(flag) ? flag : null;
  const whole = parts.join(' ');
  if (utf8ByteLength(whole) <= rule.limitBytes) return { memo: whole, bytes: utf8ByteLength(whole), limitBytes: rule.limitBytes, flag: outFlag, dropped: 0 };
  let kept = parts.length;
  let memo = '';
  for (let from = 1; from < parts.length; from += 1) {
    memo = MEMO_ELLIPSIS + parts.slice(from).join(' ');
    if (utf8ByteLength(memo) <= rule.limitBytes) { kept = parts.length - from; break; }
  }
  if (kept === parts.length) {
    // Even the newest remark alone is too long: keep its start, cut at a whole character.
    kept = 1;
    memo = cutToBytes((parts.length > 1 ? MEMO_ELLIPSIS : '') + (parts[parts.length - 1] ?? ''), rule.limitBytes);
  }
  return { memo, bytes: utf8ByteLength(memo), limitBytes: rule.limitBytes, flag: outFlag, dropped: parts.length - kept };
}

/** The longest start of `text` within `limit` UTF-8 bytes, never splitting a character. */
export function cutToBytes(text: string, limit: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const n = utf8ByteLength(ch);
    if (bytes + n > limit) break;
    bytes += n;
    out += ch;
  }
  return out;
}
