/**
 * A mark's accessible name: "date — title", with the short label the mark shows put in when the
 * title does not already contain it word for word. Speech-input users say what they see ("click
 * Quán triệt 24-CT/TU"), so the visible label must be part of the name (WCAG 2.5.3), and the whole
 * title stays for screen readers.
 */
const words = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);

/** True when `part`'s words appear, in order and side by side, among `whole`'s. */
export function containsWords(whole: string, part: string): boolean {
  const haystack = words(whole);
  const needle = words(part);
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((word, j) => word === haystack[i + j])) return true;
  return false;
}

export function markName(date: string, title: string, label: string): string {
  return containsWords(title, label) ? `${date} — ${title}` : `${date} — ${label} — ${title}`;
}
