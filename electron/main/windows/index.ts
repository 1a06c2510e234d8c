export { createAppUrlMatcher, type AppUrlConfig } from './app-url';
export { isAllowedExternalUrl, EXTERNAL_DOMAINS } from './external-url';
export { createCloseGuard, shouldHideOnClose, type CloseGuard, type CloseState } from './close-guard';
export { decidePermission, installPermissionHandlers } from './permissions';
export { installCsp, withoutCsp } from './csp';
export { guardNavigation, decideNavigation, decideWindowOpen } from './navigation';
export { createMainWindow } from './main-window';
export { guardDevTools, removeDefaultMenu } from './lockdown';
