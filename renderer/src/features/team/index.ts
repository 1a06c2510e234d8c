export { TeamSection } from './TeamSection';
export { SyncIndicator } from './SyncIndicator';
export { useTeamSync } from './engine';
