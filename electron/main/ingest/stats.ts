import * as fs from 'node:fs';
import { join } from 'node:path';
import { startOfShanghaiDay } from '@shared/lib/time';
import { IngestRejection, type IngestProblem } from '@shared/schemas/ingest';
import { z } from 'zod';

/** What the 设置 screen shows about the endpoint; kept in a small file so a restart keeps it. */
const FILE = 'stats.json';
const KEEP_REJECTIONS = 10;

const Stats = z.object({
  day: z.number(),
  receivedToday: z.number().int().nonnegative(),
  lastEventAt: z.number().nullable(),
  rejections: z.array(IngestRejection).max(KEEP_REJECTIONS),
});
type Stats = z.infer<typeof Stats>;

export interface IngestStats {
  received(count: number, now: number): void;
  refused(status: number, error: string, problems: IngestProblem[], now: number): void;
  read(now: number): Stats;
  /** Writes what changed since the last write (also done by itself within `flushMs`). */
  flush(): void;
}

/**
 * Counters change on every request, refusals included, so they are written in batches: at most
 * one write per `flushMs`, never a synchronous write per request (a page or a broken ERP could
 * otherwise keep the disk busy). The same refusal repeated is one entry with a count, so a flood
 * of one bad request cannot push the earlier, different refusals out of the list.
 */
export function openStats(dir: string, flushMs = 1_000): IngestStats {
  const path = join(dir, FILE);
  let stats: Stats = { day: 0, receivedToday: 0, lastEventAt: null, rejections: [] };
  try {
    const parsed = Stats.safeParse(JSON.parse(fs.readFileSync(path, 'utf8')));
    if (parsed.success) stats = parsed.data;
  } catch {
    // First start or a damaged file: counts start again, nothing else depends on them.
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    try {
      fs.writeFileSync(`${path}.tmp`, JSON.stringify(stats), { mode: 0o600 });
      fs.renameSync(`${path}.tmp`, path);
    } catch {
      // Counters are a convenience; the journal is what must be durable.
    }
  };
  const save = (): void => {
    if (timer) return;
    timer = setTimeout(write, flushMs);
    timer.unref?.();
  };
  const roll = (now: number): void => {
    const day = startOfShanghaiDay(now);
    if (day !== stats.day) stats = { ...stats, day, receivedToday: 0 };
  };
  return {
    received(count, now) {
      roll(now);
      stats = { ...stats, receivedToday: stats.receivedToday + count, lastEventAt: now };
      save();
    },
    refused(status, error, problems, now) {
      const rejection: IngestRejection = { at: now, status, error: error.slice(0, 300), problems: problems.slice(0, 20) };
      const [last, ...older] = stats.rejections;
      const repeated = last !== undefined && last.status === rejection.status && last.error === rejection.error && JSON.stringify(last.problems) === JSON.stringify(rejection.problems);
      const rejections = repeated ? [{ ...rejection, times: (last.times ?? 1) + 1 }, ...older] : [rejection, ...stats.rejections].slice(0, KEEP_REJECTIONS);
      stats = { ...stats, rejections };
      save();
    },
    read(now) {
      roll(now);
      return stats;
    },
    flush() {
      if (timer) write();
    },
  };
}
