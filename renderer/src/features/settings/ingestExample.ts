import { EVENT } from '@shared/schemas/ingest';

/** The copyable curl line shown in 设置: one buyer message for the first shop. */
export function curlExample(url: string, token: string, shopId: string, now: number): string {
  const body = JSON.stringify({ events: [{ eventId: `demo-${now}`, type: EVENT.message, shopId, at: now, buyerNick: 'tb_test', text: '你好，在吗？' }] });
  return `curl -X POST ${url} \\\n  -H "Authorization: Bearer ${token}" \\\n  -H "Content-Type: application/json" \\\n  -d '${body}'`;
}
