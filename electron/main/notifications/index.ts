export { createElectronNotifications, type ElectronNotificationClass, type ElectronNotificationsDeps } from './electron-notifications';
