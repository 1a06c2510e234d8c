export { BuyerTab } from './BuyerTab';
export { BuyerPanel } from './BuyerPanel';
