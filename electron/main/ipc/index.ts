export { registerIpc, createIpcDispatcher, type InvokeHandlers, type SendListeners, type IpcMainLike, type IpcEventLike, type IpcDispatcher } from './dispatcher';
export { judgeSender, type FrameLike } from './trusted-sender';
export { emitEvent, type EventTargetLike } from './events';
