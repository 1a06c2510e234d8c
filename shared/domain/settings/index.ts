export { storedSettingScope, type StoredSettingScope } from './scope';
export { shopRulesAccess, type ShopRulesAccess } from './access';
