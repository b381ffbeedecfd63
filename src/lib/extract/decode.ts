/**
 * Bytes → text for articles. A file that is not valid UTF-8 is an error that names the byte
 * offset, because a silently "repaired" article would compile into wrong names and dates.
 */

export class InvalidEncodingError extends Error {
  constructor(
    readonly file: string,
    readonly byteOffset: number,
  ) {
    super(`${file}: not valid UTF-8 at byte ${byteOffset}`);
    this.name = 'InvalidEncodingError';
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

// The platform's decoder in fatal mode refuses exactly what `firstInvalidUtf8Byte` finds (both
// follow the Unicode definition of well-formed UTF-8) and checks natively; the byte-by-byte scan
// runs only to name the offset of a file it refused.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A faster well-formedness check and decoder the platform may offer (Node's `buffer.isUtf8` and
 * `buffer.transcode`, both native: scripts/extract-worker-utf8.ts); the build passes it in, so
 * this module stays free of Node APIs. At 10,000 articles the fatal `TextDecoder` spent about a
 * second of CPU on what these do in a tenth of it.
 */
export interface Utf8Codec {
  isWellFormed(bytes: Uint8Array): boolean;
  /** Decodes well-formed bytes as they are (a byte-order mark included). */
  decode(bytes: Uint8Array): string;
}

/** Decodes an article's bytes, refusing anything that is not UTF-8. */
export function decodeArticle(file: string, bytes: Uint8Array, codec?: Utf8Codec): string {
  if (codec) {
    if (!codec.isWellFormed(bytes))
      throw new InvalidEncodingError(file, Math.max(0, firstInvalidUtf8Byte(bytes)));
    const text = codec.decode(bytes);
    // As TextDecoder does: a leading byte-order mark is not text.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    if (bad >= 0) throw new InvalidEncodingError(file, bad);
    return new TextDecoder('utf-8').decode(bytes);
  }
}
