import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestEvent } from '@shared/schemas/ingest';
import { openIngestJournal } from './ingestJournal';

const ev = (eventId: string): IngestEvent => ({ eventId, type: 'order.paid', shopId: 's1', at: 1, orderNo: '3920118822334455667' });
let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-journal-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the ingest journal file', () => {
  it('drops a torn last line (a write that never reached fsync) and keeps every complete event', () => {
    const j = openIngestJournal(dir);
    j.append([ev('a'), ev('b')], 10);
    const file = join(dir, 'journal.jsonl');
    fs.appendFileSync(file, '{"t":"ev","seq":3,"receivedAt":11,"event":{"eventId":"c","ty');
    const warnings: string[] = [];
    const reopened = openIngestJournal(dir, (m) => warnings.push(m));
    expect(reopened.pending(0, 10).map((e) => e.event.eventId)).toEqual(['a', 'b']);
    expect(warnings).toEqual([]);
    reopened.append([ev('c')], 12);
    expect(openIngestJournal(dir).pending(0, 10).map((e) => [e.seq, e.event.eventId])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
    expect(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).every((l) => JSON.parse(l) !== null)).toBe(true);
  });

  it('compacts acked events away but keeps counting from the last sequence number', () => {
    const j = openIngestJournal(dir);
    j.append([ev('a'), ev('b'), ev('c')], 10);
    j.ack(2);
    const lines = fs.readFileSync(join(dir, 'journal.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { t: string });
    expect(lines.map((l) => l.t)).toEqual(['head', 'ev']);
    expect(lines[0]).toMatchObject({ acked: 2, last: 3, seen: ['a', 'b'] });
    j.ack(3);
    const again = openIngestJournal(dir);
    expect(again.pendingCount()).toBe(0);
    expect(again.append([ev('d'), ev('a')], 11)).toEqual({ accepted: ['d'], duplicates: ['a'] });
    expect(again.pending(0, 10).map((e) => e.seq)).toEqual([4]);
  });

  it('ignores an ack beyond the last event or behind an earlier ack', () => {
    const j = openIngestJournal(dir);
    j.append([ev('a')], 10);
    j.ack(99);
    expect(j.lastSeq()).toBe(1);
    j.append([ev('b')], 11);
    j.ack(1);
    expect(j.pending(0, 10).map((e) => e.seq)).toEqual([2]);
  });
});
