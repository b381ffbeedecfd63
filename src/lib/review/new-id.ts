/**
 * The id of an event an editor adds: its date and the words of its title, as the compiler makes
 * ids (`2021-04-22-hop-ban-thuong-vu`), with a number after it when the id is taken. Written once
 * into the corrections file, so later changes to the title do not change it.
 */
import { foldForSearch } from '../vi/fold-map';

const MAX_SLUG = 60;

export function slugOf(title: string): string {
  const words = foldForSearch(title)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || 'su-kien';
}

export function newEventId(date: string, title: string, taken: ReadonlySet<string>): string {
  const base = `${date}-${slugOf(title)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
