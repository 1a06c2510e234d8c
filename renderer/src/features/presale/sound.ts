let ctx: AudioContext | null = null;

/** A short two-tone chime for a new waiting buyer (no audio file to ship or load). */
export function chime(): void {
  try {
    ctx ??= new AudioContext();
    const t0 = ctx.currentTime;
    for (const [i, freq] of [880, 660].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.2, t0 + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + i * 0.18 + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + i * 0.18);
      osc.stop(t0 + i * 0.18 + 0.18);
    }
    document.documentElement.dataset.presaleChimes = String(Number(document.documentElement.dataset.presaleChimes ?? '0') + 1);
  } catch {
    // No audio device (or autoplay blocked before the first click): the notification still shows.
  }
}
