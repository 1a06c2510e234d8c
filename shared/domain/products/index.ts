/** Products (知识库): size advice, reply texts, validation, and reading platform exports and the product workbook. */
export { parseBodyMeasures, measuresFromMessages, parseRange, type BodyMeasures, type Range } from './measures';
export { recommendSize, TOLERANCE, type Dimension, type SizeAdvice } from './sizeChart';
export { productCardText, sizeAnswerText, sizeRowText } from './replies';
export { validateProduct, type ProductFields } from './validate';
export { MAX_PRODUCT_ROWS, type ImportedFields, type ImportedProduct, type ProductFileResult, type RowProblem } from './imported';
export { readTaobaoItems, ITEM_COLUMNS, type ItemField } from './taobaoCsv';
export { parseSkuProps, parseAliases, COLOR_PROPERTY } from './skuProps';
export { productsToWorkbook, readProductWorkbook, SHEET_TITLES, type SheetIn, type SheetOut } from './workbook';
export { planProductImport, type ProductImportPlan } from './merge';
export { chatProduct, sizeForChat, SIZE_SLOT, type ChatSize, type ChatSizeInput } from './chatSize';
