/** URL-safe, readable ids from Vietnamese text: `Chỉ thị 24-CT/TU` → `chi-thi-24-ct-tu`. */
export function slug(text: string, maxLength = 60): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut =
    folded.length <= maxLength ? folded : folded.slice(0, maxLength).replace(/-[^-]*$/, '');
  return cut || 'x';
}

/** Hands out ids from `slug`s, adding `-2`, `-3`… when a slug is taken. */
export class IdPool {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
