/**
 * The `<iframe>` snippet the Embed dialog copies (issue 5). Pure string work: the URL carries the
 * view (`embed=1` plus the chosen event, window, lanes, language, theme, search), the markup has no
 * script, so it pastes into a plain page, a reveal.js deck or a CMS that strips scripts.
 */
import { EVENT_KINDS, type EventKind } from '../dataset/types';
import { escapeHtml } from '../share/escape';
import { DEFAULT_VIEW, serializeViewParams, type Lang, type Theme } from '../url/view-params';

/** Below this the embed cannot lay out its controls (issue 5: "from 320×240 up"). */
export const MIN_SIZE = { width: 320, height: 240 } as const;
const MAX_SIDE = 4000;

export type EmbedSize =
  | { mode: 'fixed'; width: number; height: number }
  /** Fills its container's width; `ratio` is width / height. */
  | { mode: 'responsive'; ratio: number };

export interface EmbedOptions {
  /** The app's absolute URL (no query), e.g. `https://news.example/timeline/`. */
  appUrl: string;
  /** The iframe's accessible name. */
  title: string;
  size: EmbedSize;
  event?: string | null;
  from?: string | null;
  to?: string | null;
  kinds?: readonly EventKind[];
  lang?: Lang | null;
  theme?: Theme | null;
  search?: boolean;
}

const clampSide = (n: number, min: number) =>
  Number.isFinite(n) ? Math.round(Math.min(MAX_SIDE, Math.max(min, n))) : min;

/** The embed's URL: the app URL with the view parameters, `embed=1` always. */
export function embedUrl(options: EmbedOptions): string {
  const query = serializeViewParams({
    ...DEFAULT_VIEW,
    event: options.event ?? null,
    from: options.from ?? null,
    to: options.to ?? null,
    kinds: options.kinds?.length
      ? EVENT_KINDS.filter((k) => options.kinds!.includes(k))
      : [...EVENT_KINDS],
    lang: options.lang ?? null,
    theme: options.theme ?? null,
    embed: true,
    search: options.search ?? true,
    tour: [],
  });
  const url = new URL(options.appUrl);
  url.search = query;
  url.hash = '';
  return url.href;
}

/**
 * The snippet. `referrerpolicy` keeps the browser default explicit: the embed reads the host's
 * origin from `document.referrer` to address its postMessages (see host-bridge.ts).
 */
export function embedSnippet(options: EmbedOptions): string {
  const attr = (name: string, value: string | number) => `${name}="${escapeHtml(String(value))}"`;
  const common = [
    attr('src', embedUrl(options)),
    attr('title', options.title),
    'loading="lazy"',
    'allow="fullscreen"',
    'allowfullscreen',
    'referrerpolicy="strict-origin-when-cross-origin"',
  ];
  const { size } = options;
  if (size.mode === 'fixed') {
    const width = clampSide(size.width, MIN_SIZE.width);
    const height = clampSide(size.height, MIN_SIZE.height);
    return `<iframe ${[...common, attr('width', width), attr('height', height), 'style="border:0;max-width:100%"'].join(' ')}></iframe>`;
  }
  const ratio =
    Number.isFinite(size.ratio) && size.ratio > 0 ? Math.min(4, Math.max(0.5, size.ratio)) : 16 / 9;
  const wrapper = `position:relative;width:100%;min-width:${MIN_SIZE.width}px;min-height:${MIN_SIZE.height}px;aspect-ratio:${+ratio.toFixed(4)}`;
  const frame = 'position:absolute;inset:0;width:100%;height:100%;border:0';
  return `<div ${attr('style', wrapper)}><iframe ${[...common, attr('style', frame)].join(' ')}></iframe></div>`;
}

/** What the Embed dialog's form edits; strings as the inputs give them. */
export interface EmbedForm {
  mode: 'fixed' | 'responsive';
  width: number;
  height: number;
  ratio: number;
  /** '' for none. */
  event: string;
  /** ISO days or ''. */
  from: string;
  to: string;
  kinds: EventKind[];
  lang: Lang;
  theme: Theme | 'auto';
  search: boolean;
}

/** The form as snippet options: empty fields dropped, a backwards window swapped. */
export function formToOptions(form: EmbedForm, appUrl: string, title: string): EmbedOptions {
  const iso = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
  let from = iso(form.from);
  let to = iso(form.to);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    appUrl,
    title,
    size:
      form.mode === 'fixed'
        ? { mode: 'fixed', width: form.width, height: form.height }
        : { mode: 'responsive', ratio: form.ratio },
    event: form.event || null,
    from,
    to,
    kinds: form.kinds,
    lang: form.lang,
    theme: form.theme === 'auto' ? null : form.theme,
    search: form.search,
  };
}

/** The embed's "see the full timeline" link: the same view without the embed-only parameters. */
export function fullTimelineUrl(embedHref: string): string {
  const url = new URL(embedHref);
  url.searchParams.delete('embed');
  url.searchParams.delete('search');
  url.hash = '';
  return url.href;
}

/**
 * The dialog's starting window from the visible one: clamped to the dataset's range, and empty
 * when it covers the whole range (the embed then opens on everything, as the app does).
 */
export function initialWindow(
  from: string,
  to: string,
  range: { start: string; end: string },
): { from: string; to: string } {
  const a = from < range.start ? range.start : from;
  const b = to > range.end ? range.end : to;
  if ((a === range.start && b === range.end) || a > b) return { from: '', to: '' };
  return { from: a, to: b };
}
