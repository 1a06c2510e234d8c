import { describe, expect, it } from 'vitest';
import { decideClaim, isLive, leaseLength, mayRelease, MAX_LEASE_MS, MIN_LEASE_MS, type Claim } from './lease';

const NOW = 1_750_000_000_000;
const jie: Claim = { agentId: 'jie', deviceId: 'pcA', expiresAt: NOW + 30_000 };

describe('claims with a lease', () => {
  it.each([
    ['free work is granted to whoever asks first', null, { agentId: 'li', deviceId: 'pcB' }, 'granted', false],
    ['a live lease of another agent holds the work', jie, { agentId: 'li', deviceId: 'pcB' }, 'held', false],
    ['the holder asking again on the same PC renews', jie, { agentId: 'jie', deviceId: 'pcA' }, 'granted', true],
    ['the same agent on another PC does not take over a live lease', jie, { agentId: 'jie', deviceId: 'pcB' }, 'held', false],
    ['a lease that ended exactly now frees the work', { ...jie, expiresAt: NOW }, { agentId: 'li', deviceId: 'pcB' }, 'granted', false],
    ['a lease ended long ago frees the work', { ...jie, expiresAt: NOW - 3_600_000 }, { agentId: 'li', deviceId: 'pcB' }, 'granted', false],
  ] as const)('%s', (_name, current, who, kind, renewed) => {
    const d = decideClaim(current, { ...who, leaseMs: 60_000, now: NOW });
    expect(d.kind).toBe(kind);
    if (d.kind === 'granted') expect([d.renewed, d.claim.agentId, d.claim.expiresAt]).toEqual([renewed, who.agentId, NOW + 60_000]);
    else expect(d.holder).toEqual(current);
  });

  it.each([
    ['no length asked is the default 90 s', undefined, 90_000],
    ['a tiny lease is stretched to the minimum', 1, MIN_LEASE_MS],
    ['an hour is cut to the maximum', 3_600_000, MAX_LEASE_MS],
    ['a length in range is kept', 45_000, 45_000],
  ])('%s', (_name, asked, expected) => {
    expect(leaseLength(asked)).toBe(expected);
  });

  it.each([
    ['the holder frees a live claim', { agentId: 'jie', supervisor: false }, jie, true],
    ['another agent cannot free a live claim', { agentId: 'li', supervisor: false }, jie, false],
    ['a supervisor frees anyone’s (reassigning)', { agentId: 'boss', supervisor: true }, jie, true],
    ['anybody may free an expired claim', { agentId: 'li', supervisor: false }, { ...jie, expiresAt: NOW - 1 }, true],
    ['freeing nothing is fine', { agentId: 'li', supervisor: false }, null, true],
  ] as const)('%s', (_name, by, current, expected) => {
    expect(mayRelease(current, by, NOW)).toBe(expected);
  });

  it('calls a claim live until its expiry, not at it', () => {
    expect([isLive(jie, NOW + 29_999), isLive(jie, NOW + 30_000), isLive(null, NOW)]).toEqual([true, false, false]);
  });
});
