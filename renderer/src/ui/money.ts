export { yuan } from '@shared/lib/money';
