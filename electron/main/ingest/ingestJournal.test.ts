import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestEvent } from '@shared/schemas/ingest';
import { openIngestJournal } from './ingestJournal';

const ev = (eventId: string, shopId = 's1'): IngestEvent => ({ eventId, type: 'order.paid', shopId, at: 1, orderNo: '3920118822334455667' });
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
    expect(lines[0]).toMatchObject({ acked: 2, last: 3, seen: ['s1/a', 's1/b'] });
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

  it('tells the same eventId from two shops apart: shop B\'s 1001 after shop A\'s 1001 is a second event', () => {
    const j = openIngestJournal(dir);
    expect(j.append([ev('1001', 'shopA')], 10)).toEqual({ accepted: ['1001'], duplicates: [] });
    expect(j.append([ev('1001', 'shopB')], 11)).toEqual({ accepted: ['1001'], duplicates: [] });
    expect(j.append([ev('1001', 'shopA')], 12)).toEqual({ accepted: [], duplicates: ['1001'] });
    j.ack(2);
    const reopened = openIngestJournal(dir);
    expect(reopened.append([ev('1001', 'shopB'), ev('1001', 'shopC')], 13)).toEqual({ accepted: ['1001'], duplicates: ['1001'] });
    expect(reopened.pending(0, 10).map((e) => e.event.shopId)).toEqual(['shopC']);
  });

  it('reads a journal written before the per-shop rule: its bare seen ids stay duplicates for every shop', () => {
    fs.mkdirSync(dir, { recursive: true });
    const old = [{ t: 'head', id: 'oldjournal', acked: 2, last: 3, seen: ['a', 'b'] }, { t: 'ev', seq: 3, receivedAt: 5, event: ev('c') }];
    fs.writeFileSync(join(dir, 'journal.jsonl'), old.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const j = openIngestJournal(dir);
    expect(j.id).toBe('oldjournal');
    expect(j.pending(0, 10).map((e) => [e.seq, e.event.eventId])).toEqual([[3, 'c']]);
    expect(j.append([ev('a', 'shopZ'), ev('c'), ev('c', 'shopZ')], 6)).toEqual({ accepted: ['c'], duplicates: ['a', 'c'] });
    j.ack(4);
    expect(openIngestJournal(dir).append([ev('b', 'shopQ')], 7)).toEqual({ accepted: [], duplicates: ['b'] });
  });
});
