export { createShopHost, type ShopHost, type ShopHostOptions, type SpawnLike } from './shopHost';
export { lanAddresses } from './addresses';
