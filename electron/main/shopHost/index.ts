export { createShopHost, type ShopHost, type ShopHostOptions, type SpawnLike } from './shopHost';
export { lanAddresses } from './addresses';
export { utilitySpawn, type UtilityChildLike, type UtilityForkLike } from './utilitySpawn';
// For the browser host's serve-web (scripts/web-shop-host.mjs): the same contract checks as IPC.
export { parseInvokeInput } from '@shared/host/validate';
