import type { ReviewCause } from '../../schemas/cases';

/** Words that point at a cause. Scores add up; the highest wins, ties go to the earlier cause. */
const CUES: ReadonlyArray<readonly [ReviewCause, readonly string[]]> = [
  ['malicious', ['垃圾', '骗子', '千万别买', '假货', '黑店', '别买', '坑人', '举报']],
  ['quality', ['质量', '褪色', '掉色', '起球', '线头', '开线', '破洞', '做工', '瑕疵', '异味', '味道', '缩水', '坏了', '色差', '掉毛']],
  ['shipping', ['快递', '物流', '发货慢', '到货慢', '一个星期', '好几天', '包装破', '压坏', '送货', '没送到']],
  ['service', ['客服', '态度', '回复', '不理', '没人回', '半天', '爱答不理', '敷衍']],
];

export interface CauseSuggestion {
  cause: ReviewCause;
  /** The words that led to it (empty for the 心情 fallback). */
  matched: string[];
}

/**
 * A first guess at why the buyer was unhappy, from the review text (the agent confirms it).
 * No concrete complaint — "不喜欢", "一般" — is how seed 003 describes a 心情 review.
 */
export function suggestCause(text: string): CauseSuggestion {
  let best: CauseSuggestion = { cause: 'mood', matched: [] };
  for (const [cause, words] of CUES) {
    const matched = words.filter((w) => text.includes(w));
    if (matched.length > best.matched.length) best = { cause, matched };
  }
  return best;
}
