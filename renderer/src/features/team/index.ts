export { TeamSection } from './TeamSection';
export { SyncIndicator } from './SyncIndicator';
export { useTeamSync } from './engine';
export { AccountSignIn } from './AccountSignIn';
export { useAccountFollower, signInAccount, signOutAccount, claimWork, heldProblem } from './account';
