export { BuyerTab } from './BuyerTab';
export { BuyerPanel } from './BuyerPanel';
export { RevealReasonForm } from './RevealReasonForm';
export { RevealLog } from './RevealLog';
