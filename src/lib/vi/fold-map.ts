/**
 * Vietnamese text folding for search (the compiler's unit-for-unit fold is `./fold.ts`). Applied
 * once when the index is built and to each query, so a keystroke never pays for normalisation of
 * the data.
 *
 * Two forms of every string:
 * - the display form (`normalizeText`): NFC, HTML entities decoded, one tone-mark placement. This
 *   is what the UI shows and what highlight ranges point into.
 * - the folded twin (`foldWithMap`): no diacritics, `đ`→`d`, lower case, every run of
 *   non-letters/digits one space, and a space between letters and digits, so the document code
 *   `24-CT/TU` folds to `24 ct tu` and `24 ct tu`, `24-ct/tu`, `24ct/tu` all fold to the same.
 *   A map from folded offsets back to display offsets lets matches be highlighted in the original.
 *
 * JavaScript's `\b` and `\w` are ASCII-only (they split `Dũng` in two), so only Unicode property
 * classes are used here.
 */
import { decodeEntities } from './entities';
import { normalizeTonePlacement } from './tone';

/** Display form: NFC, entities decoded, tone marks placed one way (`Thành uỷ` → `Thành ủy`). */
export function normalizeText(raw: string): string {
  return normalizeTonePlacement(decodeEntities(raw.normalize('NFC')));
}

export interface FoldedText {
  folded: string;
  /** `start[i]`: UTF-16 offset in the display text of the character folded char `i` came from. */
  start: number[];
  /** `end[i]`: offset just after that character, so a folded `[a, b)` maps to `[start[a], end[b-1])`. */
  end: number[];
}

type Class = 'letter' | 'digit' | 'mark' | 'other';
interface CharFold {
  cls: Class;
  folded: string;
}

// Folding is per character and the alphabet is small, so each character is analysed once.
const charFolds = new Map<string, CharFold>();

function foldChar(ch: string): CharFold {
  const known = charFolds.get(ch);
  if (known) return known;
  const cls: Class = /\p{M}/u.test(ch)
    ? 'mark'
    : /\p{L}/u.test(ch)
      ? 'letter'
      : /\p{N}/u.test(ch)
        ? 'digit'
        : 'other';
  // đ/Đ have no decomposition, so stripping marks alone would keep them.
  const folded =
    ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const entry = { cls, folded };
  charFolds.set(ch, entry);
  return entry;
}

/** Folds display text and keeps, for each folded character, where it came from. */
export function foldWithMap(display: string): FoldedText {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let previous: Class = 'other';
  let offset = 0;
  for (const ch of display) {
    const from = offset;
    offset += ch.length;
    const { cls, folded } = foldChar(ch);
    // A combining mark left over (text that was not NFC-composable) belongs to the previous letter.
    if (cls === 'mark') {
      if (end.length > 0) end[end.length - 1] = offset;
      continue;
    }
    if (cls === 'other') {
      previous = 'other';
      continue;
    }
    // One space between words, and between a letter run and a digit run (`24ct` → `24 ct`).
    if (out.length > 0 && previous !== cls) {
      out.push(' ');
      start.push(from);
      end.push(from);
    }
    for (const f of folded) {
      out.push(f);
      start.push(from);
      end.push(offset);
    }
    previous = cls;
  }
  return { folded: out.join(''), start, end };
}

const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** `foldWithMap(display).folded` without the offset map: what the index is built from. */
export function foldDisplay(display: string): string {
  let out = '';
  let previous: Class = 'other';
  for (let i = 0; i < display.length; i++) {
    const code = display.charCodeAt(i);
    let cls: Class;
    let folded: string;
    // ASCII needs no lookup: most of a Vietnamese text's characters are plain letters and spaces.
    if (code < 128) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      cls = lower >= 97 && lower <= 122 ? 'letter' : code >= 48 && code <= 57 ? 'digit' : 'other';
      folded = cls === 'other' ? '' : ASCII[lower]!;
    } else {
      const wide = code >= 0xd800 && code <= 0xdbff;
      const entry = foldChar(display.slice(i, wide ? i + 2 : i + 1));
      cls = entry.cls;
      folded = entry.folded;
      if (wide) i++;
    }
    if (cls === 'mark') continue;
    if (cls === 'other') {
      previous = 'other';
      continue;
    }
    if (out.length > 0 && previous !== cls) out += ' ';
    out += folded;
    previous = cls;
  }
  return out;
}

/**
 * The folded twin alone: what queries and matching fields are compared as. Unlike the compiler's
 * `foldWords`, punctuation goes and letters and digits are set apart: `24-CT/TU` → `24 ct tu`.
 */
export function foldForSearch(text: string): string {
  return foldDisplay(normalizeText(text));
}

/** Maps a `[from, to)` range of folded text back to a `[start, end)` range of the display text. */
export function toDisplayRange(map: FoldedText, from: number, to: number): [number, number] {
  return [map.start[from] ?? 0, map.end[to - 1] ?? 0];
}
