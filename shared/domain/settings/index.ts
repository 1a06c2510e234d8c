export { storedSettingScope, type StoredSettingScope } from './scope';
