import { settingScope } from '../sync';

/** Where a setting applies: this PC only, one agent, one shop, or the whole team. */
export type StoredSettingScope = 'device' | 'agent' | 'shop' | 'team';

/**
 * A setting's scope, kept on the row (Dexie v2) so sync and the screens can tell a team rule
 * from this PC's window size without knowing every key. The team and agent keys are the sync
 * rules' own (settingScope); `shop/<shopId>/…` keys hold one shop's settings, synced as team
 * configuration.
 */
export function storedSettingScope(key: string): StoredSettingScope {
  if (/^shop\/[^/]+\//.test(key)) return 'shop';
  return settingScope(key).scope;
}
