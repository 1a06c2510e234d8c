export { IMPORT_COLUMNS, REQUIRED_FIELDS, mapHeader, type ExportPlatform, type HeaderMap, type ImportField } from './columns';
export { parseMoneyFen, parseOrderNo, parseQty, parseShanghaiTime, parseStatus, type Parsed, type CellProblemCode } from './values';
export { MAX_IMPORT_ROWS, importProblem, peelExcel, readOrderFile, type ImportedItem, type ImportedOrder, type OrderFileResult, type OrderImportProblem } from './rows';
export { isDetailFile, joinDetail, readDetailFile, type DetailFileResult } from './detail';
export { PLATFORM_STATUSES, statusOf } from './status';
export { importedStatus, mergeImported, orderFromImport } from './merge';
export { shopMismatch, type ShopMismatch } from './shopCheck';
