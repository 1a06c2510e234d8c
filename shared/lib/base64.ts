// Both hosts' threads have these (the page, a worker, Node); shared code compiles without their types.
declare function atob(base64: string): string;
declare function btoa(binary: string): string;

/** Base64 (how hosts hand over a file's bytes, how a backup carries a photo) to bytes, without a call per byte. */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes to base64. In slices: String.fromCharCode with a whole photo as arguments overflows the stack. */
export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
