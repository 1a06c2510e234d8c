export { requestSingleInstance, bringToFront, type FocusableWindowLike, type SingleInstanceAppLike } from './single-instance';
