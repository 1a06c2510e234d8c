export { buildTrayModel, initialTrayModel, trayIconVariant, formatWait, type TrayModel, type TrayIconVariant, type TrayMenuItem } from './tray-model';
export { createTrayController, type TrayController, type TrayLike, type MenuTemplateItem } from './tray-controller';
