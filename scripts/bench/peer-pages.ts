/**
 * The peers' plain pages: TimelineJS and vis-timeline from node_modules, copied into a temp dir
 * and served from it (through page.route, on a made-up origin) with our generated events converted
 * to each one's format. Each page exposes `peer.render()`, `peer.zoom()` and `peer.nodes()`.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/dataset/types';

export const PEER_ORIGIN = 'http://peers.bench/';
export type Peer = 'timelinejs' | 'vis-timeline';
export const PEERS: Peer[] = ['timelinejs', 'vis-timeline'];

const ymd = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};

/** TimelineJS's JSON: one slide per event, dated to the event's precision. */
export function toTimelineJs(dataset: Dataset) {
  return {
    events: dataset.events.map((e) => ({
      start_date: ymd(e.date),
      text: { headline: e.title, text: e.summary },
    })),
  };
}

/** vis-timeline's items, one group per lane kind as our timeline has. */
export function toVis(dataset: Dataset) {
  return {
    groups: ['event', 'leadership', 'directive'].map((id) => ({ id, content: id })),
    items: dataset.events.map((e, i) => ({
      id: i,
      content: e.title,
      start: e.date,
      group: e.kind,
    })),
  };
}

// Shared page code: the time from data in memory to marks in the DOM (layout forced), the way our
// `dataset:ready → timeline:first-draw` marks measure ours; then zoom frame intervals.
const COMMON = `
const frame = () => new Promise((r) => requestAnimationFrame(r));
const until = async (ok) => { while (!ok()) await new Promise((r) => setTimeout(r, 0)); };
window.peer = {
  nodes: () => document.getElementById('timeline').querySelectorAll('*').length,
  async render() {
    const data = await (await fetch(new URLSearchParams(location.search).get('data'))).json();
    const start = performance.now();
    create(data);
    await until(drawn);
    void document.body.offsetHeight;
    return performance.now() - start;
  },
  // Stops at budgetMs and says so: a slow peer reports the frames it managed.
  async zoom(budgetMs) {
    const frames = [];
    let maxNodes = 0;
    let last = await frame();
    const end = last + budgetMs;
    const tick = async () => {
      const now = await frame();
      frames.push(now - last);
      last = now;
      maxNodes = Math.max(maxNodes, window.peer.nodes());
      return now < end;
    };
    const finished = await zoomScript(tick);
    return { frames, maxNodes, partial: !finished };
  },
};
`;

const TIMELINEJS = `
let timeline;
function create(data) {
  timeline = new TL.Timeline('timeline', data, {
    script_path: '${PEER_ORIGIN}timelinejs/js/',
    hash_bookmark: false,
    language: 'en',
  });
}
const drawn = () => document.querySelectorAll('.tl-timemarker').length > 0;
// TimelineJS zooms in steps of its zoom sequence, each animated: let each animation play.
async function zoomScript(tick) {
  for (const dir of ['zoomIn', 'zoomOut'])
    for (let i = 0; i < 6; i++) {
      timeline[dir]();
      for (let f = 0; f < 15; f++) if (!(await tick())) return false;
    }
  return true;
}
`;

const VIS = `
let timeline;
function create(data) {
  timeline = new vis.Timeline(
    document.getElementById('timeline'),
    new vis.DataSet(data.items),
    new vis.DataSet(data.groups),
    { height: '600px' },
  );
}
const drawn = () => document.querySelectorAll('.vis-item').length > 0;
// One wheel step per frame over the centre panel, down to a week and back out to the start window.
// vis zooms by 1 / (1 + (-deltaY / 3) / 5) per event: deltaY 1.3 is ours' 2^0.12 (d3, deltaY 60).
async function zoomScript(tick) {
  const panel = document.querySelector('.vis-panel.vis-center');
  const box = panel.getBoundingClientRect();
  const span = () => { const w = timeline.getWindow(); return w.end - w.start; };
  const full = span();
  const wheel = (deltaY) => panel.dispatchEvent(new WheelEvent('wheel', {
    deltaY, clientX: box.left + box.width * 0.37, clientY: box.top + 40, bubbles: true, cancelable: true,
  }));
  for (let i = 0; i < 300 && span() > 7 * 86400000; i++) { wheel(-1.3); if (!(await tick())) return false; }
  for (let i = 0; i < 300 && span() < full * 0.99; i++) { wheel(1.3); if (!(await tick())) return false; }
  return true;
}
`;

const page = (title: string, css: string, js: string, script: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="${css}"><script id="timeline-script-tag" src="${js}"></script>
<style>body{margin:0;font-family:sans-serif}#timeline{width:1280px;height:600px}</style></head>
<body><div id="timeline"></div><script>${COMMON}${script}</script></body></html>`;

/** Writes both peers' pages and libraries into `dir`; data files are added per size. */
export function writePeerPages(dir: string): void {
  const tl = 'node_modules/@knight-lab/timelinejs/dist';
  mkdirSync(join(dir, 'timelinejs'), { recursive: true });
  cpSync(join(tl, 'js'), join(dir, 'timelinejs/js'), {
    recursive: true,
    filter: (f) => !f.endsWith('.map'),
  });
  cpSync(join(tl, 'css'), join(dir, 'timelinejs/css'), {
    recursive: true,
    filter: (f) => !f.endsWith('.map'),
  });
  writeFileSync(
    join(dir, 'timelinejs.html'),
    page('TimelineJS', 'timelinejs/css/timeline.css', 'timelinejs/js/timeline.js', TIMELINEJS),
  );
  mkdirSync(join(dir, 'vis'), { recursive: true });
  cpSync(
    'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    join(dir, 'vis/vis-timeline-graph2d.min.js'),
  );
  cpSync(
    'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    join(dir, 'vis/vis-timeline-graph2d.min.css'),
  );
  writeFileSync(
    join(dir, 'vis-timeline.html'),
    page(
      'vis-timeline',
      'vis/vis-timeline-graph2d.min.css',
      'vis/vis-timeline-graph2d.min.js',
      VIS,
    ),
  );
}

export function writePeerData(dir: string, dataset: Dataset): Record<Peer, string> {
  const n = dataset.events.length;
  writeFileSync(join(dir, `timelinejs-${n}.json`), JSON.stringify(toTimelineJs(dataset)));
  writeFileSync(join(dir, `vis-timeline-${n}.json`), JSON.stringify(toVis(dataset)));
  return { timelinejs: `timelinejs-${n}.json`, 'vis-timeline': `vis-timeline-${n}.json` };
}
