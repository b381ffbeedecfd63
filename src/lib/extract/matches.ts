/**
 * Every match of a global pattern: what `text.matchAll(re)` yields, without the copy of the
 * pattern `matchAll` makes on each call (a dozen patterns run on every sentence of every
 * article). The matches are collected before the caller sees any, so a caller may use the same
 * pattern again while it walks them.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match would be found again at the same place: step over it, as `matchAll` does.
    if (m[0] === '') re.lastIndex = stepOver(text, re.lastIndex, re.unicode);
  }
  return found;
}

function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff
    ? index + 2
    : index + 1;
}
