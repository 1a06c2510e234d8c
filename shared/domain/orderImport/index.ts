export { IMPORT_COLUMNS, REQUIRED_FIELDS, mapHeader, type HeaderMap, type ImportField } from './columns';
export { parseMoneyFen, parseOrderNo, parseQty, parseShanghaiTime, parseStatus, type Parsed, type CellProblemCode } from './values';
export { MAX_IMPORT_ROWS, importProblem, readOrderFile, type ImportedOrder, type OrderFileResult, type OrderImportProblem } from './rows';
export { importedStatus, mergeImported, orderFromImport } from './merge';
