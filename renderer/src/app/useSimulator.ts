import { useEffect } from 'react';
import { hasDemoData, readSetting, runSimulatorTick, useLive, SIMULATOR_SETTING } from '../data';

/** How often simulated buyers write or order (a few seconds, as in a busy shop). */
export const SIMULATOR_INTERVAL_MS = 4_000;

/** In demo mode, simulated buyers keep writing through the same repositories as real data. */
export function useSimulator(agentId: string): void {
  const on = useLive(() => readSetting(SIMULATOR_SETTING, true), [], false);
  const demo = useLive(hasDemoData, [], false);
  useEffect(() => {
    if (!on || !demo) return;
    const id = setInterval(() => void runSimulatorTick(Date.now(), agentId).catch((e: unknown) => console.error('simulator', e)), SIMULATOR_INTERVAL_MS);
    return () => clearInterval(id);
  }, [on, demo, agentId]);
}
