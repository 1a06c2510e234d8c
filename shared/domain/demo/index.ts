/** Demo shop: deterministic sample data for first runs and tests, and the live simulator. */
export { generateDemoShop, DEMO_SIZE } from './generate';
export type { DemoOptions, DemoStore } from './types';
export { simulateTick, initialSimulatorState, TICK_ODDS } from './simulate';
export type { SimEvent, SimulatorView, TickInput, TickOutput } from './simulate';
export { simulatorViewOf } from './view';
export { createRng, streamState, streamRng } from './rng';
export type { Rng } from './rng';
export { demoId, demoOrderNo } from './ids';
export { SYSTEM_AGENT } from './tracked';
export { signRemark } from './remarks';
export { CATALOGUE } from './content/catalogue';
export type { CatalogueEntry, ProductLine } from './content/catalogue';
export { lineForPlatform } from './staff';
