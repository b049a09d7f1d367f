/**
 * Bytes that are clearly not text: NULs spread through (core treats trailing NULs alone as
 * padding of an empty file, so an all-zero buffer would not do).
 */
export function binaryBytes(length = 4096): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 3) bytes[i] = (i * 7) & 0xff;
  return bytes;
}
