/** The LISTEN/NOTIFY channel a push announces its team's new version on, at COMMIT. */
export const SYNC_CHANNEL = 'xiaoer_sync';
