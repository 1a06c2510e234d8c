#!/usr/bin/env node
// A reference bridge for the loopback endpoint (docs/ingest.md): plain Node, no dependencies.
// It shows the whole loop a shop's real bridge runs —
//   1. post inbound events (a buyer message) to POST /v1/events,
//   2. long-poll the outbox, GET /v1/outbox?after=<cursor>&wait=<s>,
//   3. "send" each item to the platform — here a stand-in that logs the open-API call a real
//      bridge would make (see platformCall) — and
//   4. acknowledge each item, POST /v1/outbox/ack, as delivered or failed with the reason.
// Items are idempotent by id: the bridge remembers what it already sent (and its cursor) in a
// state file, so a restart of either side never sends anything twice.
//
// Usage:
//   node scripts/example-bridge.mjs --url http://127.0.0.1:17315 --token-file <userData>/ingest/token
//     [--state bridge-state.json] [--log sent.jsonl] [--fail-when 测试失败] [--fail-once-when 某字] [--once] [--wait 5]
//     [--post-message '<shopId>|<buyerNick>|<text>'] [--ack-delay-ms 0]
// Stop with Ctrl+C.
import fs from 'node:fs';

/** Reads `--name value` flags; `--once` style flags are true. */
export function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[a.slice(2)] = true;
    else { out[a.slice(2)] = next; i += 1; }
  }
  return out;
}

/**
 * The platform open-API call a real bridge makes for an item (docs/ingest.md, "What a real bridge
 * maps"). Names marked `unverified` were not confirmed in public docs: check them with the platform.
 */
export function platformCall(item) {
  const taobao = item.platform === 'taobao' || item.platform === 'tmall';
  switch (item.kind) {
    case 'message':
      // No public open-platform API sends a 旺旺/京麦/拼多多 chat message as the shop: bridges do
      // this through the vendor's own 客服 SDK or an ISV's authorised channel.
      return { api: `${item.platform}:chat.send (vendor channel, not a public API)`, params: { buyer_nick: item.buyerNick, content: item.text, order: item.orderNo } };
    case 'memo':
      if (taobao) return { api: 'taobao.trade.memo.update', params: { tid: item.orderNo, memo: item.memo, flag: item.flag ?? 0 } };
      if (item.platform === 'pdd') return { api: 'pdd.order.note.update', params: { order_sn: item.orderNo, note: item.memo, ...(item.flag ? { tag: item.flag } : {}) } };
      if (item.platform === 'jd') return { api: 'jingdong.pop.order.modifyVenderRemark (unverified)', params: { orderId: item.orderNo, remark: item.memo, flag: item.flag } };
      return { api: 'memo (no platform)', params: { order: item.orderNo, memo: item.memo, flag: item.flag } };
    case 'closeOrder':
      if (taobao) return { api: 'taobao.trade.close', params: { tid: item.orderNo, close_reason: item.reason } };
      return { api: `${item.platform}:order.close (unverified)`, params: { order: item.orderNo, reason: item.reason } };
    case 'changeAddress':
      if (taobao) return { api: 'taobao.trade.shippingaddress.update (unverified)', params: { tid: item.orderNo, address: item.address } };
      if (item.platform === 'pdd') return { api: 'pdd.order.update.address (unverified)', params: { order_sn: item.orderNo, address: item.address } };
      return { api: `${item.platform}:order.address (unverified)`, params: { order: item.orderNo, address: item.address } };
    case 'reviewReply':
      if (taobao) return { api: 'taobao.traderate.explain.add (unverified)', params: { oid: item.orderNo, reply: item.text } };
      return { api: `${item.platform}:review.reply (unverified)`, params: { order: item.orderNo, reply: item.text } };
    default:
      return { api: 'unknown', params: {} };
  }
}

/** The text of an item a stand-in platform can refuse on (to show 发送失败 with a reason). */
const textOf = (item) => item.text ?? item.memo ?? item.reason ?? item.address ?? '';

/**
 * `failWhen`: the stand-in platform refuses every item whose text holds it; `failOnceWhen`: only the
 * first such item (a passing outage: the agent's 重发 then goes through).
 */
export function createBridge({ url, token, stateFile = null, logFile = null, failWhen = null, failOnceWhen = null, ackDelayMs = 0, log = (line) => console.log(line) }) {
  const base = url.replace(/\/v1\/events$/, '').replace(/\/$/, '');
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  let state = { cursor: 0, sent: {}, failedOnce: false };
  if (stateFile && fs.existsSync(stateFile)) {
    try { state = JSON.parse(fs.readFileSync(stateFile, 'utf8')); } catch { /* a damaged state starts over; acks are idempotent */ }
  }
  const save = () => {
    if (!stateFile) return;
    fs.writeFileSync(`${stateFile}.tmp`, JSON.stringify(state));
    fs.renameSync(`${stateFile}.tmp`, stateFile);
  };

  /** Step 1: an inbound event, as the platform's push would deliver it. */
  const postMessage = async (shopId, buyerNick, text) => {
    const eventId = `bridge-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const res = await fetch(`${base}/v1/events`, { method: 'POST', headers, body: JSON.stringify({ events: [{ eventId, type: 'buyer.message', shopId, at: Date.now(), buyerNick, text }] }) });
    return { status: res.status, body: await res.json() };
  };

  /** The stand-in platform: logs the call a real bridge would make; refuses items with the marker. */
  const deliver = (item) => {
    const call = platformCall(item);
    if (failWhen && textOf(item).includes(failWhen)) return { ok: false, reason: `平台拒绝：${failWhen}` };
    if (failOnceWhen && !state.failedOnce && textOf(item).includes(failOnceWhen)) {
      state.failedOnce = true;
      return { ok: false, reason: '平台繁忙，请稍后重发' };
    }
    const line = JSON.stringify({ id: item.id, platform: item.platform, kind: item.kind, ...call });
    if (logFile) fs.appendFileSync(logFile, `${line}\n`);
    log(`sent ${line}`);
    return { ok: true };
  };

  /** Steps 2–4 once: pull (waiting up to `wait` s), deliver what is new, ack everything pulled. */
  const pullOnce = async (wait = 20) => {
    const res = await fetch(`${base}/v1/outbox?after=${state.cursor}&wait=${wait}`, { headers: { Authorization: headers.Authorization } });
    if (res.status !== 200) throw new Error(`GET /v1/outbox: ${res.status} ${JSON.stringify(await res.json())}`);
    const { items, next } = await res.json();
    const acks = [];
    for (const { item } of items) {
      // Already sent (an earlier ack was lost): acknowledge again, never send twice.
      const done = state.sent[item.id] ?? deliver(item);
      state.sent[item.id] = done;
      acks.push(done.ok ? { id: item.id, status: 'delivered' } : { id: item.id, status: 'failed', reason: done.reason });
    }
    state.cursor = next;
    save();
    if (acks.length) {
      if (ackDelayMs) await new Promise((r) => setTimeout(r, ackDelayMs));
      const answer = await ackWithRetry(acks);
      log(`ack ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return items.length;
  };

  /** An ack must arrive: the workstation may be restarting, so try again for a while (acks are idempotent). */
  const ackWithRetry = async (acks, tries = 20) => {
    for (let i = 1; ; i += 1) {
      try {
        const res = await fetch(`${base}/v1/outbox/ack`, { method: 'POST', headers, body: JSON.stringify({ acks }) });
        return { status: res.status, body: await res.json() };
      } catch (e) {
        if (i >= tries) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  };

  return { postMessage, pullOnce, state: () => state };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const token = args.token ?? (args['token-file'] ? fs.readFileSync(args['token-file'], 'utf8').trim() : process.env.XIAOER_TOKEN);
  if (!args.url || !token) {
    console.error('usage: node scripts/example-bridge.mjs --url http://127.0.0.1:<port> (--token <hex> | --token-file <path>) [--state f] [--log f] [--fail-when text] [--once] [--post-message "shopId|nick|text"]');
    process.exit(2);
  }
  const bridge = createBridge({ url: args.url, token, stateFile: args.state ?? null, logFile: args.log ?? null, failWhen: args['fail-when'] ?? null, failOnceWhen: args['fail-once-when'] ?? null, ackDelayMs: Number(args['ack-delay-ms'] ?? 0) });
  if (typeof args['post-message'] === 'string') {
    const [shopId, nick, ...text] = args['post-message'].split('|');
    console.log(`posted ${JSON.stringify(await bridge.postMessage(shopId, nick, text.join('|')))}`);
  }
  let stopping = false;
  process.on('SIGTERM', () => { stopping = true; });
  process.on('SIGINT', () => { stopping = true; });
  do {
    try {
      await bridge.pullOnce(args.once ? 0 : Number(args.wait ?? 5));
    } catch (e) {
      // The workstation may be restarting: wait and try again; nothing pulled is lost (it is re-offered).
      console.error(`bridge: ${e instanceof Error ? e.message : String(e)}`);
      if (!args.once) await new Promise((r) => setTimeout(r, 1000));
    }
  } while (!args.once && !stopping);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
