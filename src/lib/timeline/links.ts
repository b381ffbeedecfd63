/**
 * Connections drawn between marks: a plan to the directive it implements, and a conference to the
 * document it disseminated. Both ends are events, found through the documents they name.
 */
import type { CoreDataset } from '../dataset/types';
import { byCodeUnits } from './order';

export interface Link {
  from: string;
  to: string;
  kind: 'implements' | 'disseminates';
}

export function buildLinks(dataset: Pick<CoreDataset, 'events' | 'documents'>): Link[] {
  // The directive event that issued a document: the earliest directive naming it first.
  const issuedBy = new Map<string, string>();
  const directives = dataset.events
    .filter((e) => e.kind === 'directive')
    .sort((a, b) => byCodeUnits(a.date, b.date));
  for (const e of directives) {
    const main = e.documents[0];
    if (main && !issuedBy.has(main)) issuedBy.set(main, e.id);
  }
  const links: Link[] = [];
  for (const doc of dataset.documents) {
    const planEvent = issuedBy.get(doc.id);
    for (const target of doc.implements ?? []) {
      const directiveEvent = issuedBy.get(target);
      if (planEvent && directiveEvent && planEvent !== directiveEvent)
        links.push({ from: directiveEvent, to: planEvent, kind: 'implements' });
    }
  }
  for (const e of dataset.events)
    for (const doc of e.disseminates ?? []) {
      const directiveEvent = issuedBy.get(doc);
      if (directiveEvent && directiveEvent !== e.id)
        links.push({ from: directiveEvent, to: e.id, kind: 'disseminates' });
    }
  return links;
}

export interface LinkPath {
  key: string;
  kind: Link['kind'];
  /** SVG path data. */
  d: string;
}

/** Links by the event they start from, built once per list of links. */
const byStart = new WeakMap<readonly Link[], Map<string, Link[]>>();
function linksFrom(links: readonly Link[]): Map<string, Link[]> {
  let index = byStart.get(links);
  if (!index) {
    index = new Map();
    for (const link of links) {
      const list = index.get(link.from);
      if (list) list.push(link);
      else index.set(link.from, [link]);
    }
    byStart.set(links, index);
  }
  return index;
}

/**
 * The links whose two ends are both drawn (at `positions`), as SVG paths. Looked up from the few
 * drawn marks, not by scanning every link: thousands of links at 10,000 events, every zoom step.
 */
export function linkPaths(
  links: readonly Link[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
): LinkPath[] {
  const out: LinkPath[] = [];
  const seen = new Set<string>(); // the same link twice would be a duplicate key in the view
  const index = linksFrom(links);
  for (const id of positions.keys())
    for (const link of index.get(id) ?? []) {
      const a = positions.get(link.from);
      const b = positions.get(link.to);
      const key = `${link.from}>${link.to}:${link.kind}`;
      if (!a || !b || (a.x === b.x && a.y === b.y) || seen.has(key)) continue;
      seen.add(key);
      let d: string;
      if (link.kind === 'implements') {
        // An arc above the lane, lower for close ends so it stays inside the lane's rows.
        const lift = Math.min(26, Math.abs(b.x - a.x) / 2 + 8);
        const mid = (a.x + b.x) / 2;
        d = `M${a.x},${a.y} Q${mid},${Math.min(a.y, b.y) - lift} ${b.x},${b.y}`;
      } else {
        d = `M${a.x},${a.y} C${a.x},${(a.y + b.y) / 2} ${b.x},${(a.y + b.y) / 2} ${b.x},${b.y}`;
      }
      out.push({ key, kind: link.kind, d });
    }
  return out;
}
