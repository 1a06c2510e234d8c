// Both hosts' threads have these (the page, a worker, Node); shared code compiles without their types.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/**
 * The text of a file a shop hands us: UTF-8 when the bytes are valid UTF-8, otherwise GB18030
 * (what a Chinese Excel, WPS or a platform's 订单报表 writes; a superset of GBK).
 */
export function decodeShopText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
