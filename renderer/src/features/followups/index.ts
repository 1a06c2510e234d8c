export { FollowupsScreen } from './FollowupsScreen';
export { followupsCommandSets } from './commands';
