export { createNotificationScheduler, type NotificationScheduler, type NotificationFactory, type NotificationLike, type TimersLike, type ShowRequest } from './scheduler';
