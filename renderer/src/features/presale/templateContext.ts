import type { TemplateContext } from '@shared/domain/phrases';
import type { Agent, Buyer, Order, Shop } from '@shared/schemas/entities';
import { formatYuan } from '@shared/lib/money';

/** Variables a phrase can use, filled from the conversation: buyer, shop, me and the latest order. */
export function templateContext(p: { buyer: Buyer | undefined; shop: Shop | undefined; agent: Agent; order: Order | undefined }): TemplateContext {
  const o = p.order;
  return {
    买家: p.buyer?.nick ?? null,
    店铺: p.shop?.name ?? null,
    客服: p.agent.name,
    订单号: o?.orderNo ?? null,
    金额: o ? formatYuan(o.totalFen) : null,
    收货信息: o?.addressMasked || null,
    物流单号: o?.trackingNo ?? null,
    快递公司: o?.carrier ?? null,
    商品: o?.items[0]?.title ?? null,
  };
}
