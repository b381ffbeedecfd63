/**
 * The page's side of live rebuilds (dev server only; main.ts loads this behind `import.meta.hot`,
 * so the production build has none of it): on each `timeline:data` message, load the dataset
 * again in place when it changed, and show what the rebuild warned of or why it failed.
 */
import { mount } from 'svelte';
import type { ViteHotContext } from 'vite/types/hot.js';
import LiveNotices from '../../components/live/LiveNotices.svelte';
import type { Lang } from '../i18n';
import type { DatasetState } from '../state/dataset.svelte';
import {
  LIVE_DATA_EVENT,
  LIVE_DATA_HELLO,
  type LiveDataMessage,
  type LiveNotice,
} from './protocol';

const langOf = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'vi');
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export function followLiveData(hot: ViteHotContext, data: DatasetState): void {
  const props = $state({
    notices: [] as LiveNotice[],
    failed: false,
    lang: langOf(),
    ondismiss: () => (props.notices = []),
  });
  const target = document.createElement('div');
  document.body.append(target);
  mount(LiveNotices, { target, props });
  // The app switches language on <html>: follow it.
  new MutationObserver(() => (props.lang = langOf())).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });

  let latest = 0;
  hot.on(LIVE_DATA_EVENT, async (message: LiveDataMessage) => {
    if (message.build <= latest) return;
    latest = message.build;
    // For the bench: from here to `live-data:drawn` is the page's share of a save to screen.
    performance.mark('live-data:heard', {
      detail: { build: message.build, ms: message.ok ? message.ms : null },
    });
    if (message.ok && message.changed) {
      const problem = await data.reload();
      if (problem) {
        props.failed = true;
        const detail = problem.kind === 'invalid' ? problem.detail : problem.kind;
        props.notices = [{ kind: 'error', file: 'data/timeline.json', message: detail }];
        return;
      }
      await nextFrame();
    }
    if (message.build !== latest) return;
    props.failed = !message.ok;
    props.notices = message.notices;
    // For the bench and tests: which rebuild is on screen.
    document.documentElement.dataset.liveBuild = String(message.build);
    performance.mark('live-data:drawn', { detail: { build: message.build } });
  });
  hot.send(LIVE_DATA_HELLO, {});
}
