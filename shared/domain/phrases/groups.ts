/**
 * Phrase groups in the order an agent meets them. The eight presale steps come from seed 003
 * (一呼二问三推荐，议价核实很关键，道别之后勤跟进); the rest cover payment reminders, aftersale
 * and 中差评. The Chinese names are both the stored `group` value and what the UI shows.
 */
export const PRESALE_STEPS = ['招呼', '询问', '推荐', '议价', '快递', '核实', '道别', '跟进'] as const;
export type PresaleStep = (typeof PRESALE_STEPS)[number];

export const PHRASE_GROUPS = [...PRESALE_STEPS, '催付', '售后', '中差评'] as const;
export type PhraseGroup = (typeof PHRASE_GROUPS)[number];

export interface PhraseGroupInfo {
  id: PhraseGroup;
  stage: 'presale' | 'aftersale';
  /** One line for the library manager, in our own words. */
  hint: string;
}

export const PHRASE_GROUP_INFO: readonly PhraseGroupInfo[] = [
  { id: '招呼', stage: 'presale', hint: '第一句要快：问好、报上身份，忙时先致歉' },
  { id: '询问', stage: 'presale', hint: '问清身高体重、用途、预算，再回答' },
  { id: '推荐', stage: 'presale', hint: '按买家需求推荐，说清理由，附上链接' },
  { id: '议价', stage: 'presale', hint: '委婉拒绝 → 活动或赠品挽回 → 讲价值 → 请主管做最后让步' },
  { id: '快递', stage: 'presale', hint: '合作快递、发货时间、到货天数，留有余地' },
  { id: '核实', stage: 'presale', hint: '付款后把收货信息和商品发给买家确认' },
  { id: '道别', stage: 'presale', hint: '成交与否都道谢，邀请收藏店铺' },
  { id: '跟进', stage: 'presale', hint: '发货、到货、签收后主动告知和回访' },
  { id: '催付', stage: 'presale', hint: '拍下未付时提醒，语气轻松，说明库存或优惠时限' },
  { id: '售后', stage: 'aftersale', hint: '先安抚，再核实，然后处理、跟踪、回访' },
  { id: '中差评', stage: 'aftersale', hint: '真诚致歉、了解原因、给出补救方案' },
];

/** Position of a group in step order; unknown (custom) groups sort after the known ones. */
export function groupRank(group: string): number {
  const i = (PHRASE_GROUPS as readonly string[]).indexOf(group);
  return i < 0 ? PHRASE_GROUPS.length : i;
}
