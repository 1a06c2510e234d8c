export { SettingsScreen } from './SettingsScreen';
export { ShopsSection } from './ShopsSection';
export { AgentsSection } from './AgentsSection';
