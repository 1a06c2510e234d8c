/** Every stored record type, by area. Each area's file is owned by that area's feature. */
export * from './people';
export * from './presale';
export * from './orders';
export * from './cases';
export * from './shift';
export * from './system';
