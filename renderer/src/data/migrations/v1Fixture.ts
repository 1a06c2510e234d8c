/**
 * A store as Xiaoer Desk v1 wrote it: every table, with rows shaped like real ones (ULIDs made
 * on the PC, ingest's `io.`/`ib.` ids, a duplicated buyer nick v1 allowed). The v2 upgrade
 * test opens it, and the backup test restores it as a v1 backup file.
 */
const T = 1_772_000_000_000; // 2026-02-25 in Shanghai
const tracked = (id: string, at = T, by = 'A1') => ({ id, updatedAt: at, updatedBy: by, deletedAt: null });

export const V1 = {
  shop: '01JQ0SHOP00000000000000001',
  shop2: '01JQ0SHOP00000000000000002',
  agent: 'A1',
  buyer: '01JQ0BUYER0000000000000001',
  buyerDup: '01JQ0BUYER0000000000000009',
  ingestBuyer: 'ib.erp-7781',
  order: '01JQ0ORDER0000000000000001',
  orderNo: '3920118822334455667',
  ingestOrder: 'io.erp-7782',
  orderNo2: '880044556677',
  conversation: '01JQ0CONV00000000000000001',
  message: '01JQ0MSG000000000000000001',
  remark: '01JQ0REMARK000000000000001',
  payment: '01JQ0REMIND00000000000001',
  followup: '01JQ0REMIND00000000000002',
  phrase: '01JQ0PHRASE00000000000001',
  ticket: '01JQ0TICKET00000000000001',
  review: '01JQ0REVIEW00000000000001',
  contact: '01JQ0CONTACT0000000000001',
  photo: '01JQ0PHOTO000000000000001',
  handover: '01JQ0HANDOVER000000000001',
  note: '01JQ0NOTE0000000000000001',
  revision: '01JQ0NOTEREV0000000000001',
  promise: '01JQ0PROMISE0000000000001',
  product: '01JQ0PRODUCT0000000000001',
  audit: '01JQ0AUDIT000000000000001',
} as const;

const buyer = (id: string, shopId: string, nick: string, over: Record<string, unknown> = {}) => ({
  ...tracked(id), shopId, nick, tier: 'normal', tags: [], phoneMasked: '138****5678', addressMasked: '浙江省杭州市西湖区****', contactSecret: { phone: '13800005678', address: '浙江省杭州市西湖区文三路 100 号', name: '林女士' }, notes: '', ...over,
});

export const V1_FIXTURE: Record<string, Record<string, unknown>[]> = {
  shops: [
    { ...tracked(V1.shop, T - 86_400_000), name: '小鹿童装', platform: 'taobao', rules: { payment: { autoCloseMinutes: 1440 } }, demo: false },
    { ...tracked(V1.shop2, T - 86_400_000), name: '小鹿京东店', platform: 'jd', rules: {}, demo: false },
  ],
  agents: [{ ...tracked(V1.agent, T - 86_400_000, 'A1'), name: '小王', employeeNo: 'kf001', role: 'supervisor', signature: '小王', demo: false }],
  buyers: [
    buyer(V1.buyer, V1.shop, 'tb_小林', { tier: 'vip', notes: '老客，爱穿M码', updatedAt: T }),
    buyer(V1.buyerDup, V1.shop, 'tb_小林', { updatedAt: T - 3_600_000 }),
    buyer(V1.ingestBuyer, V1.shop2, 'jd_王先生', { contactSecret: null, phoneMasked: '', addressMasked: '', updatedBy: 'ingest' }),
  ],
  conversations: [{ ...tracked(V1.conversation), shopId: V1.shop, buyerId: V1.buyerDup, status: 'answered', stage: 'presale', lastBuyerAt: T - 60_000, firstReplyAt: T - 30_000, lastPreview: '有M码吗？', assignedTo: V1.agent }],
  messages: [{ ...tracked(V1.message), conversationId: V1.conversation, from: 'buyer', text: '有M码吗？', at: T - 60_000, agentId: null }],
  orders: [
    {
      ...tracked(V1.order), orderNo: V1.orderNo, shopId: V1.shop, buyerId: V1.buyer, status: 'paid', totalFen: 12900, items: [{ title: '纯棉卫衣 M', sku: 'WY-M', qty: 1, price: 12900 }],
      createdAt: T - 7_200_000, paidAt: T - 7_000_000, addressMasked: '浙江省杭州市西湖区****', trackingNo: null, carrier: null, flag: 2, latestRemark: '已核实地址 #小王 02-25',
      verification: { state: 'sent', sentAt: T - 6_000_000, sentBy: V1.agent, doneAt: null, doneBy: null },
    },
    {
      ...tracked(V1.ingestOrder, T, 'ingest'), orderNo: V1.orderNo2, shopId: V1.shop2, buyerId: V1.ingestBuyer, status: 'unpaid', totalFen: 5900, items: [{ title: '袜子三双', sku: '', qty: 1, price: 5900 }],
      createdAt: T - 600_000, paidAt: null, addressMasked: '', trackingNo: null, carrier: null, flag: 0, latestRemark: '',
    },
  ],
  remarks: [{ ...tracked(V1.remark), orderId: V1.order, agentId: V1.agent, agentName: '小王', text: '已核实地址', at: T - 5_000_000, flag: 2 }],
  reminders: [
    { ...tracked(V1.payment), kind: 'payment', subjectId: V1.ingestOrder, buyerId: V1.ingestBuyer, shopId: V1.shop2, label: '催付 880044556677', dueAt: T + 600_000, attempt: 0, channel: 'chat', state: 'due', outcome: null },
    { ...tracked(V1.followup), kind: 'followup', subjectId: V1.ingestBuyer, buyerId: V1.ingestBuyer, shopId: V1.shop2, label: '问尺码', dueAt: T + 86_400_000, attempt: 0, channel: 'chat', state: 'due', outcome: null },
  ],
  phrases: [{ ...tracked(V1.phrase), scope: 'team', ownerId: null, shopId: null, group: '招呼', title: '问候', text: '亲，在的哦，请问有什么可以帮您？', shortcut: 'zd', keywords: ['在吗'], uses: 12, order: 1 }],
  tickets: [{
    ...tracked(V1.ticket), type: 'quality', shopId: V1.shop, orderId: V1.order, buyerId: V1.buyerDup, status: 'open', step: 'verify', dueAt: T + 86_400_000, summary: '卫衣线头多',
    trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: V1.agent, createdAt: T - 3_600_000,
  }],
  reviews: [{
    ...tracked(V1.review), shopId: V1.shop2, orderId: V1.ingestOrder, buyerId: V1.ingestBuyer, rating: 'negative', text: '发货太慢', postedAt: T - 86_400_000, cause: 'shipping', status: 'contacting',
    nextContactAt: T + 3_600_000, explanation: '', ownerId: V1.agent,
  }],
  contacts: [{ ...tracked(V1.contact), subjectId: V1.order, subjectKind: 'order', channel: 'phone', result: '买家确认地址', at: T - 5_500_000, nextAt: null, agentId: V1.agent }],
  photos: [{ ...tracked(V1.photo), ticketId: V1.ticket, name: '线头.jpg', mime: 'image/jpeg', size: 2048, at: T - 3_000_000, blob: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), thumb: new Uint8Array([0xff, 0xd8]) }],
  handovers: [{
    ...tracked(V1.handover), fromAgentId: V1.agent, toAgentId: null, shiftKey: 'day', shiftDate: '2026-02-25', notes: '晚班注意 3920 那单',
    items: [
      { key: `verify:${V1.order}`, kind: 'unverified', label: V1.orderNo, detail: 'tb_小林', shopName: '小鹿童装', dueAt: null, urgency: 1, target: { entity: 'order', id: V1.order }, note: '', ackBy: null, ackAt: null, claimedBy: null },
      { key: `ticket:${V1.ticket}`, kind: 'tickets', label: 'tb_小林 · quality', detail: '卫衣线头多', shopName: '小鹿童装', dueAt: T + 86_400_000, urgency: 1, target: { entity: 'case', id: V1.ticket }, note: '', ackBy: null, ackAt: null, claimedBy: null },
    ],
    createdAt: T - 1_000, signedOutAt: null, signedInAt: null,
  }],
  notes: [{ ...tracked(V1.note), ownerId: V1.agent, title: 'tb_小林', body: '买家说下周再买一件 L 码；订单 3920118822334455667 已核实。', tags: ['老客'], pinned: false, subjectId: V1.buyerDup }],
  noteRevisions: [{ ...tracked(V1.revision), noteId: V1.note, body: '买家说下周再买', at: T - 100_000, reason: 'periodic' }],
  promises: [{
    ...tracked(V1.promise), shopId: V1.shop, buyerId: V1.buyer, orderId: V1.order, caseId: null, conversationId: V1.conversation, kind: 'gift', what: '送一双袜子', promisedBy: V1.agent,
    promisedAt: T - 50_000, dueAt: T + 86_400_000, state: 'open', closedBy: null, closedAt: null,
  }],
  products: [{ ...tracked(V1.product), shopId: V1.shop, title: '纯棉卫衣', skus: [{ sku: 'WY-M', size: 'M', color: '灰', stock: 12 }], material: '100% 棉', sellingPoints: ['不起球'], faqs: [{ q: '掉色吗', a: '不掉色' }], keywords: ['卫衣'] }],
  settings: [
    { key: 'presale/lintLists', value: { absolute: ['肯定'] }, updatedAt: T, updatedBy: V1.agent },
    { key: 'shiftChecklist:A1:2026-03-01', value: { agentId: 'A1', date: '2026-03-01', done: { greet: true } }, updatedAt: T, updatedBy: V1.agent },
    { key: `orders.remarkDraft.A1.${V1.order}`, value: '买家要求周五前发', updatedAt: T, updatedBy: V1.agent },
    { key: 'demo.simulator', value: false, updatedAt: T, updatedBy: V1.agent },
  ],
  audit: [{ id: V1.audit, at: T - 4_000_000, agentId: V1.agent, action: 'revealPhone', subjectId: V1.buyerDup, reason: '核实地址' }],
  changes: [
    { seq: 1, table: 'shops', id: V1.shop, op: 'put', at: T - 86_400_000, agent: V1.agent },
    { seq: 2, table: 'buyers', id: V1.buyer, op: 'put', at: T, agent: V1.agent },
    { seq: 3, table: 'orders', id: V1.order, op: 'put', at: T, agent: V1.agent },
    { seq: 4, table: 'remarks', id: V1.remark, op: 'put', at: T - 5_000_000, agent: V1.agent },
  ],
};
