import type { Product } from '@shared/schemas/entities';
import { productsToWorkbook, readProductWorkbook, readTaobaoItems, type ProductFileResult } from '@shared/domain/products';
import { parseCsv } from '@shared/lib/csv';
import { readXlsx } from '@shared/lib/xlsxRead';
import { problem } from '@shared/lib/problem';
import { decodeShopText } from '@shared/lib/textBytes';
import { inflateRaw, openBinaryFile } from '../../host';
import { saveWorkbook } from '../export';

/** A ZIP (so an XLSX) starts with "PK\x03\x04", whatever the file is called. */
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads a product file the agent picked: the product workbook (XLSX, our template) or Taobao's
 * 宝贝 export (CSV, in UTF-8 or GBK as the seller center writes it). Null when cancelled.
 */
export async function openProductFile(): Promise<{ name: string; result: ProductFileResult } | null> {
  const file = await openBinaryFile(['csv', 'xlsx']);
  if (!file) return null;
  if (isZip(file.bytes)) return { name: file.name, result: readProductWorkbook(await readXlsx(file.bytes, inflateRaw)) };
  if (file.bytes.length === 0) return { name: file.name, result: { products: [], problems: [problem('emptyFile', { row: 0 }) as ProductFileResult['problems'][number]], warnings: [] } };
  const { records, unterminatedRow } = parseCsv(decodeShopText(file.bytes));
  const result = readTaobaoItems(unterminatedRow === null ? records : records.filter((r) => r.row < unterminatedRow));
  if (unterminatedRow !== null) result.problems.push(problem('unclosedQuote', { row: unterminatedRow }) as ProductFileResult['problems'][number]);
  return { name: file.name, result };
}

/** The product workbook: the empty template, or these products to edit in Excel and import back. */
export async function saveProductWorkbook(name: string, products: readonly Product[]): Promise<void> {
  await saveWorkbook(name, productsToWorkbook(products));
}
