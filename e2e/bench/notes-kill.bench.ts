import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { launchKillable, ShiftPage } from '../pages/ShiftPage';

/**
 * Notes durability bench (printed, not asserted):
 * 1. autosave commit latency: last keystroke → "saved" shown (includes the 400 ms quiet delay),
 *    and the IndexedDB transaction alone;
 * 2. characters lost in 20 runs of typing at ~20 chars/s and SIGKILLing the browser right
 *    after the last keystroke, then reopening the same profile.
 * Run: npx playwright test -c e2e/bench/playwright.bench.config.ts
 */
const SAMPLE = '顾客说尺码偏大想换小一号并且希望周五之前收到请仓库优先安排顺丰发出';
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `n=${s.length} median=${q(0.5)} p90=${q(0.9)} max=${s[s.length - 1]}`;
};

test('notes: autosave latency and characters lost when killed while typing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-bench-'));
  try {
    let run = await launchKillable(dir);
    let app = new ShiftPage(run.page);
    await app.startDemo();
    await app.openNotes();
    await app.newNote();
    const commit: number[] = [];
    const tx: number[] = [];
    for (let i = 0; i < 20; i++) {
      await app.noteBody().press('End');
      await run.page.keyboard.type(SAMPLE.slice(0, 10), { delay: 30 });
      await app.expectSaved();
      commit.push(Number(await app.noteStatus().getAttribute('data-commit-ms')));
      tx.push(Number(await app.noteStatus().getAttribute('data-tx-ms')));
    }

    const lost: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await app.newNote();
      await app.noteBody().click();
      const text = `${i}号${SAMPLE}`.slice(0, 25 + (i % 10));
      await run.page.keyboard.type(text, { delay: 50 });
      run.kill();
      await run.context.close().catch(() => undefined);
      run = await launchKillable(dir);
      app = new ShiftPage(run.page);
      await run.page.goto('/');
      await app.signInIfAsked('KF1001');
      await app.openNotes();
      await app.noteItems().first().click();
      const body = await app.noteBody().inputValue();
      lost.push(text.startsWith(body) ? text.length - body.length : text.length);
    }
    await run.context.close();
    console.log(`[bench] autosave keystroke→saved ms: ${stats(commit)}`);
    console.log(`[bench] autosave IndexedDB transaction ms: ${stats(tx)}`);
    console.log(`[bench] kill-while-typing: ${RUNS} runs, characters lost per run: ${lost.join(',')} (total ${lost.reduce((a, b) => a + b, 0)}; typing 20 chars/s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
