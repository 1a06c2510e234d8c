import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStats } from './stats';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(join(os.tmpdir(), 'xiaoer-stats-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const onDisk = () => (fs.existsSync(join(dir, 'stats.json')) ? (JSON.parse(fs.readFileSync(join(dir, 'stats.json'), 'utf8')) as { rejections: { error: string; times?: number }[] }) : null);

describe('the ingest counters', () => {
  it('write refusals in a batch, not once per refused request', () => {
    const stats = openStats(dir, 60_000);
    for (let i = 0; i < 200; i++) stats.refused(401, 'wrong token', [], 1_000 + i);
    expect(onDisk()).toBeNull();
    stats.flush();
    expect(onDisk()?.rejections).toMatchObject([{ error: 'wrong token', times: 200 }]);
  });

  it('keep the earlier, different refusals when one bad request floods in', () => {
    const stats = openStats(dir, 60_000);
    stats.refused(400, 'body is not JSON', [], 1);
    stats.refused(413, 'body over 1048576 bytes', [], 2);
    for (let i = 0; i < 500; i++) stats.refused(403, 'requests from web pages (Origin header) are refused', [], 10 + i);
    stats.flush();
    expect(openStats(dir).read(600).rejections.map((r) => [r.status, r.times ?? 1])).toEqual([[403, 500], [413, 1], [400, 1]]);
  });
});
