import { describe, expect, it } from 'vitest';
import { storedSettingScope } from './scope';

describe('storedSettingScope', () => {
  it.each([
    ['the team’s reply lint word lists', 'presale/lintLists', 'team'],
    ['a team/ key', 'team/paymentPolicy', 'team'],
    ['an agent’s checklist progress of a day', 'shiftChecklist:A1:2026-03-01', 'agent'],
    ['an agent/ key', 'agent/A1/sound', 'agent'],
    ['a shop/ key', 'shop/S1/quietHours', 'shop'],
    ['the simulator switch', 'demo.simulator', 'device'],
    ['a key nobody classified', 'window/bounds', 'device'],
  ])('%s (%s) is %s', (_name, key, scope) => {
    expect(storedSettingScope(key)).toBe(scope);
  });
});
