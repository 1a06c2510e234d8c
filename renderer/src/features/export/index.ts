export { saveTable, saveWorkbook, XLSX_MIME, type Table } from './save';
export { workbookBytes, type Sheet } from './xlsx';
