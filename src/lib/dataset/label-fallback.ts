/**
 * A label for an event of a version 1 dataset, which has none: the title's first words, up to
 * `LABEL_MAX` characters, cut between words. The compiler writes better ones (`extract/label.ts`);
 * this only keeps old files readable.
 */
export const LABEL_MAX = 40;

export function labelFromTitle(title: string): string {
  const t = title.trim();
  if (t.length <= LABEL_MAX) return t;
  const cut = t.slice(0, LABEL_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > LABEL_MAX / 2 ? cut.slice(0, space) : t.slice(0, LABEL_MAX)).replace(
    /[\s,;:–-]+$/u,
    '',
  );
}
