import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { JournaledEvent, type IngestEvent } from '@shared/schemas/ingest';
import { eventKey } from '@shared/domain/ingest/eventKey';
import { appendLinesDurably, replaceLinesDurably } from './durableLines';

/**
 * The ingest journal: accepted events as JSON lines, fsynced before the sender hears 202, so an
 * accepted event survives a closed window, a crash or a power cut. The renderer applies them and
 * acks up to a sequence number; acked events are then compacted away (the file is rewritten
 * through a temp file + rename). Lines:
 *   {"t":"head","id","acked","last","seen":[eventIds]}  first line, written at creation/compaction
 *   {"t":"ev","seq","receivedAt","event"}               one accepted event
 *   {"t":"ack","seq"}                                    everything ≤ seq is applied
 * `seen` keeps the keys (shop + eventId, domain/ingest/eventKey) of recently acked events, so a
 * sender's retry after compaction is still recognised as a duplicate (and the renderer's apply is
 * idempotent by the same key anyway). Journals written before events were told apart per shop
 * hold bare eventIds in `seen`: those still count as seen for any shop, so nothing acked then is
 * applied twice now.
 */

const FILE = 'journal.jsonl';
const MAX_SEEN = 20_000;

export interface AppendResult { accepted: string[]; duplicates: string[] }

export interface IngestJournal {
  /** Changes when the journal is created anew, so a renderer's cursor from another journal is ignored. */
  readonly id: string;
  append(events: IngestEvent[], receivedAt: number): AppendResult;
  pending(afterSeq: number, limit: number): JournaledEvent[];
  pendingCount(): number;
  lastSeq(): number;
  /** Marks everything ≤ upToSeq applied and compacts the file. */
  ack(upToSeq: number): void;
  close(): void;
}

interface Head { t: 'head'; id: string; acked: number; last: number; seen: string[] }

export function openIngestJournal(dir: string, warn: (message: string) => void = () => {}): IngestJournal {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, FILE);
  let head: Head = { t: 'head', id: randomBytes(8).toString('hex'), acked: 0, last: 0, seen: [] };
  let events: JournaledEvent[] = [];
  const seen = new Set<string>();
  let damaged = false;

  if (fs.existsSync(path)) {
    const lines = fs.readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let row: { t?: unknown; seq?: unknown } | null;
      try { row = JSON.parse(line) as { t?: unknown; seq?: unknown }; } catch { row = null; }
      if (row?.t === 'head' && i === 0) {
        const h = row as Partial<Head>;
        head = { t: 'head', id: typeof h.id === 'string' ? h.id : head.id, acked: Number(h.acked) || 0, last: Number(h.last) || 0, seen: Array.isArray(h.seen) ? h.seen.filter((x) => typeof x === 'string') : [] };
      }
      else if (row?.t === 'ack' && typeof row.seq === 'number') head.acked = Math.max(head.acked, row.seq);
      else if (row?.t === 'ev') {
        const parsed = JournaledEvent.safeParse({ seq: row.seq, receivedAt: (row as { receivedAt?: unknown }).receivedAt, event: (row as { event?: unknown }).event });
        if (parsed.success) events.push(parsed.data);
        else { damaged = true; warn(`line ${i + 1}: unreadable event kept out`); }
      } else {
        // A torn last line is a write that never reached fsync, so it was never acknowledged.
        damaged = true;
        if (i < lines.length - 1 && lines.slice(i + 1).some((l) => l.trim())) warn(`line ${i + 1}: not a journal line, skipped`);
      }
    });
  }
  for (const id of head.seen) seen.add(id);
  for (const e of events) { seen.add(eventKey(e.event)); head.last = Math.max(head.last, e.seq); }
  const isSeen = (event: IngestEvent): boolean => seen.has(eventKey(event)) || seen.has(event.eventId);
  head.last = Math.max(head.last, head.acked);
  events = events.filter((e) => e.seq > head.acked);

  let fd = -1;
  const rewrite = (): void => {
    if (fd >= 0) fs.closeSync(fd);
    const pendingIds = new Set(events.map((e) => eventKey(e.event)));
    const keptSeen = [...seen].filter((id) => !pendingIds.has(id)).slice(-MAX_SEEN);
    head = { ...head, seen: keptSeen };
    fd = replaceLinesDurably(path, dir, [head, ...events.map((e) => ({ t: 'ev', ...e }))]);
  };
  if (!fs.existsSync(path) || damaged) rewrite();
  else fd = fs.openSync(path, 'a', 0o600);

  const writeDurably = (rows: object[]): void => appendLinesDurably(fd, rows);

  return {
    get id() { return head.id; },
    append(batch, receivedAt) {
      const accepted: JournaledEvent[] = [];
      const duplicates: string[] = [];
      for (const event of batch) {
        if (isSeen(event)) { duplicates.push(event.eventId); continue; }
        seen.add(eventKey(event));
        accepted.push({ seq: head.last + accepted.length + 1, receivedAt, event });
      }
      if (accepted.length) {
        try {
          writeDurably(accepted.map((e) => ({ t: 'ev', ...e })));
        } catch (e) {
          for (const a of accepted) seen.delete(eventKey(a.event));
          throw e;
        }
        head.last += accepted.length;
        events.push(...accepted);
      }
      return { accepted: accepted.map((e) => e.event.eventId), duplicates };
    },
    pending: (afterSeq, limit) => events.filter((e) => e.seq > afterSeq).slice(0, limit),
    pendingCount: () => events.length,
    lastSeq: () => head.last,
    ack(upToSeq) {
      const upTo = Math.min(upToSeq, head.last);
      if (upTo <= head.acked) return;
      writeDurably([{ t: 'ack', seq: upTo }]);
      head.acked = upTo;
      events = events.filter((e) => e.seq > upTo);
      rewrite();
    },
    close() {
      if (fd >= 0) fs.closeSync(fd);
      fd = -1;
    },
  };
}
