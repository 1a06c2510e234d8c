/** Valid field sets of a few synced tables, for server tests (what a PC would send on create). */
const tracked = (agent = 'ag1', at = Date.now()) => ({ updatedAt: at, updatedBy: agent });

export const shopFields = (platform = 'taobao') => ({ ...tracked(), name: '小二旗舰店', platform, rules: {}, demo: false });

export const ticketFields = (over: Record<string, unknown> = {}) => ({
  ...tracked(), type: 'quality', shopId: 's1', orderId: null, buyerId: 'b1', status: 'open', step: 'soothe', dueAt: Date.now() + 3_600_000,
  summary: '线头多', trackingNo: null, resolution: null, amountFen: null, responsible: null, ownerId: null, createdAt: Date.now(), ...over,
});

export const noteFields = (owner = 'ag1', over: Record<string, unknown> = {}) => ({ ...tracked(owner), ownerId: owner, title: '交接要点', body: '原文', tags: [], pinned: false, subjectId: null, ...over });

export const remarkFields = (agent = 'ag1', over: Record<string, unknown> = {}) => ({
  ...tracked(agent), orderId: 'o1', agentId: agent, agentName: '小王', text: '已核实地址', at: Date.now(), flag: null, ...over,
});
