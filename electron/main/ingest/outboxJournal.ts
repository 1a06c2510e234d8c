import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { OutboxItem, type OutboxOutcome, type OutboxResult } from '@shared/schemas/outbox';
import { appendLinesDurably, replaceLinesDurably } from './durableLines';

/**
 * The outbox journal: what the page asked the bridge to do, and how each ended, as JSON lines
 * fsynced before anyone hears "accepted" — a restart or a crash loses no item and no answer.
 *   {"t":"head","id","seq","rseq","settled","seen":[ids]}   first line (creation / compaction)
 *   {"t":"item","seq","item"}                               the page offered an item
 *   {"t":"result","rseq","id","outcome","reason","at"}      the bridge acked it, or it expired
 *   {"t":"settle","rseq"}                                   the page applied results ≤ rseq
 * Items stay until their result is settled by the page; then both are compacted away. `seen`
 * keeps the ids of compacted items, so an id offered again (the page resending after a restart)
 * or acked again (a bridge retrying) is recognised, not doubled.
 */
const FILE = 'outbox.jsonl';
const MAX_SEEN = 20_000;

export interface PendingItem { seq: number; item: OutboxItem; result: OutboxResult | null }

export interface OutboxJournal {
  readonly id: string;
  /** Journals the new items durably; known ids come back as duplicates. */
  offer(items: OutboxItem[]): { accepted: string[]; duplicates: string[] };
  /** Items without a result, in seq order. */
  open(): PendingItem[];
  get(id: string): PendingItem | undefined;
  /** Whether this id was ever journaled (pending or compacted). */
  known(id: string): boolean;
  /** Journals the outcomes durably (items that already have one are left as they are); returns those recorded. */
  resolve(lines: { id: string; outcome: OutboxOutcome; reason: string | null }[], at: number): OutboxResult[];
  results(afterRseq: number, limit: number): OutboxResult[];
  /** The page applied results ≤ rseq: compacts them and their items away. */
  settle(upToRseq: number): void;
  pendingCount(): number;
  close(): void;
}

interface Head { t: 'head'; id: string; seq: number; rseq: number; settled: number; seen: string[] }

export function openOutboxJournal(dir: string, warn: (message: string) => void = () => {}): OutboxJournal {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, FILE);
  let head: Head = { t: 'head', id: randomBytes(8).toString('hex'), seq: 0, rseq: 0, settled: 0, seen: [] };
  const items = new Map<string, PendingItem>();
  let results: OutboxResult[] = [];
  const seen = new Set<string>();
  let damaged = false;

  if (fs.existsSync(path)) {
    fs.readFileSync(path, 'utf8').split('\n').forEach((line, i, lines) => {
      if (!line.trim()) return;
      let row: Record<string, unknown> | null;
      try { row = JSON.parse(line) as Record<string, unknown>; } catch { row = null; }
      if (row?.t === 'head' && i === 0) {
        head = { t: 'head', id: String(row.id), seq: Number(row.seq) || 0, rseq: Number(row.rseq) || 0, settled: Number(row.settled) || 0, seen: Array.isArray(row.seen) ? row.seen.filter((x): x is string => typeof x === 'string') : [] };
      } else if (row?.t === 'item') {
        const item = OutboxItem.safeParse(row.item);
        if (item.success && typeof row.seq === 'number') {
          items.set(item.data.id, { seq: row.seq, item: item.data, result: null });
          head.seq = Math.max(head.seq, row.seq);
        } else { damaged = true; warn(`line ${i + 1}: unreadable item kept out`); }
      } else if (row?.t === 'result' && typeof row.rseq === 'number' && typeof row.id === 'string') {
        const r = { seq: row.rseq, id: row.id, outcome: row.outcome as OutboxOutcome, reason: (row.reason as string | null) ?? null, at: Number(row.at) || 0 };
        results.push(r);
        head.rseq = Math.max(head.rseq, r.seq);
      } else if (row?.t === 'settle' && typeof row.rseq === 'number') {
        head.settled = Math.max(head.settled, row.rseq);
      } else {
        // A torn last line never reached fsync, so nobody was told it was accepted.
        damaged = true;
        if (lines.slice(i + 1).some((l) => l.trim())) warn(`line ${i + 1}: not a journal line, skipped`);
      }
    });
  }
  for (const id of head.seen) seen.add(id);
  for (const r of results) {
    const p = items.get(r.id);
    if (p) p.result = r;
  }
  for (const id of items.keys()) seen.add(id);

  let fd = -1;
  const compactInMemory = (): void => {
    const gone = new Set(results.filter((r) => r.seq <= head.settled).map((r) => r.id));
    for (const id of gone) items.delete(id);
    results = results.filter((r) => r.seq > head.settled);
  };
  const rewrite = (): void => {
    compactInMemory();
    if (fd >= 0) fs.closeSync(fd);
    const live = new Set(items.keys());
    head = { ...head, seen: [...seen].filter((id) => !live.has(id)).slice(-MAX_SEEN) };
    const rows: object[] = [head, ...[...items.values()].map((p) => ({ t: 'item', seq: p.seq, item: p.item })), ...results.map((r) => ({ t: 'result', rseq: r.seq, id: r.id, outcome: r.outcome, reason: r.reason, at: r.at }))];
    fd = replaceLinesDurably(path, dir, rows);
  };
  if (!fs.existsSync(path) || damaged || head.settled > 0) rewrite();
  else fd = fs.openSync(path, 'a', 0o600);

  const writeDurably = (rows: object[]): void => appendLinesDurably(fd, rows);

  return {
    get id() { return head.id; },
    offer(batch) {
      const accepted: PendingItem[] = [];
      const duplicates: string[] = [];
      for (const item of batch) {
        if (seen.has(item.id) || accepted.some((a) => a.item.id === item.id)) { duplicates.push(item.id); continue; }
        accepted.push({ seq: head.seq + accepted.length + 1, item, result: null });
      }
      if (accepted.length) {
        writeDurably(accepted.map((p) => ({ t: 'item', seq: p.seq, item: p.item })));
        head.seq += accepted.length;
        for (const p of accepted) { items.set(p.item.id, p); seen.add(p.item.id); }
      }
      return { accepted: accepted.map((p) => p.item.id), duplicates };
    },
    open: () => [...items.values()].filter((p) => p.result === null).sort((a, b) => a.seq - b.seq),
    get: (id) => items.get(id),
    known: (id) => seen.has(id),
    resolve(lines, at) {
      const out: OutboxResult[] = [];
      for (const l of lines) {
        const p = items.get(l.id);
        if (!p || p.result || out.some((r) => r.id === l.id)) continue;
        out.push({ seq: head.rseq + out.length + 1, id: l.id, outcome: l.outcome, reason: l.reason, at });
      }
      if (!out.length) return out;
      writeDurably(out.map((r) => ({ t: 'result', rseq: r.seq, id: r.id, outcome: r.outcome, reason: r.reason, at: r.at })));
      head.rseq += out.length;
      for (const r of out) {
        results.push(r);
        const p = items.get(r.id);
        if (p) p.result = r;
      }
      return out;
    },
    results: (after, limit) => results.filter((r) => r.seq > after).slice(0, limit),
    settle(upTo) {
      const to = Math.min(upTo, head.rseq);
      if (to <= head.settled) return;
      writeDurably([{ t: 'settle', rseq: to }]);
      head.settled = to;
      rewrite();
    },
    pendingCount: () => [...items.values()].filter((p) => p.result === null).length,
    close() {
      if (fd >= 0) fs.closeSync(fd);
      fd = -1;
    },
  };
}
