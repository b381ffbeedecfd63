/**
 * A saved web page's bytes → its text, decoded by the charset the page declares.
 *
 * Vietnamese pages are not all UTF-8: older CMSs still write `windows-1258` (tone marks as
 * combining characters), which `TextDecoder` knows. Where a page says nothing (no byte-order
 * mark, no `<meta charset>`), UTF-8 is tried, and a page that is not valid UTF-8 is skipped with
 * a warning rather than guessed at: a wrong guess compiles into wrong names and dates.
 */
import { decodeArticle, type Utf8Codec } from '../extract/decode';
import type { Warning } from '../extract/warnings';

export interface DeclaredCharset {
  /** The label as the page writes it (`utf-8`, `windows-1258`), or null when it declares none. */
  label: string | null;
  /** Where the declaration is: a byte-order mark or a `<meta>` tag (its 1-based line). */
  source: 'bom' | 'meta' | null;
  line: number | null;
}

// Browsers look for the declaration in the first 1,024 bytes; pages saved "complete" push it
// further down behind inlined styles and scripts, so the whole head is read (at most 64 KiB).
const HEAD_BYTES = 64 * 1024;
const META_CHARSET =
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?charset\s*=\s*([A-Za-z0-9._:-]+)/iu;

/** The charset a page declares: a byte-order mark first, then the first `<meta>` that names one. */
export function declaredCharset(bytes: Uint8Array): DeclaredCharset {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', source: 'bom', line: 1 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', source: 'bom', line: 1 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', source: 'bom', line: 1 };
  // Markup is ASCII in every charset a page may declare in a <meta>: read the head as Latin-1.
  let head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const headEnd = head.search(/<\/head\s*>|<body[\s>]/iu);
  if (headEnd >= 0) head = head.slice(0, headEnd);
  const m = META_CHARSET.exec(head);
  if (!m) return { label: null, source: null, line: null };
  const line = head.slice(0, m.index).split('\n').length;
  return { label: (m[1] ?? m[2]!).toLowerCase(), source: 'meta', line };
}

export interface DecodedPage {
  /** The page's text, or null when it cannot be read (the warnings say why). */
  text: string | null;
  warnings: Warning[];
}

/**
 * Decodes a page by its declared charset. A page declared (or found) UTF-8 whose bytes are not is
 * the same error as a `.txt` that is not UTF-8 (`InvalidEncodingError`, thrown): the file is
 * broken. A charset no decoder knows, or an undeclared page that is not UTF-8, is a warning.
 */
export function decodePage(file: string, bytes: Uint8Array, codec?: Utf8Codec): DecodedPage {
  const declared = declaredCharset(bytes);
  if (declared.label === null) {
    if (codec ? !codec.isWellFormed(bytes) : !isUtf8(bytes))
      return {
        text: null,
        warnings: [
          {
            file,
            line: 1,
            message:
              'trang không khai báo bảng mã (<meta charset>) và không phải UTF-8: bỏ qua trang; hãy lưu lại trang dưới dạng UTF-8',
          },
        ],
      };
    return {
      text: decodeArticle(file, bytes, codec),
      warnings: [
        {
          file,
          line: 1,
          message: 'trang không khai báo bảng mã (<meta charset>): đọc như UTF-8',
        },
      ],
    };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared.label);
  } catch {
    return {
      text: null,
      warnings: [
        {
          file,
          line: declared.line ?? 1,
          message: `bảng mã "${declared.label}" không đọc được: bỏ qua trang`,
        },
      ],
    };
  }
  if (decoder.encoding === 'utf-8')
    return { text: decodeArticle(file, bytes, codec), warnings: [] };
  return { text: decoder.decode(bytes), warnings: [] };
}

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    FATAL_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
