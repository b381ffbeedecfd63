/**
 * What a 16:9 slide export shows, from the app's state: loaded with the export, so the App
 * hands over plain values and the first download carries none of this.
 */
import { LEGEND_STRINGS } from '../../components/legend/strings';
import type { CoreDataset, EventKind } from '../dataset/types';
import { eventDateText, formatShortDay } from '../vi/date-text';
import type { Lang, Strings } from '../i18n';
import type { Domain } from '../timeline/domain';
import type { PlacedEvent } from '../timeline/order';
import { toIsoDay } from '../timeline/time';
import type { SlideContent } from './slide-svg';

export interface SlideView {
  /** The events shown (filters applied), in time order. */
  events: readonly PlacedEvent[];
  domain: Domain;
  dataset: CoreDataset;
  kinds: readonly EventKind[];
  t: Strings;
  lang: Lang;
  /** The app's address, for the credit. */
  appUrl: string;
  /** The presenter's step or the open card's event. */
  highlightId: string | null;
}

export function slideContent(view: SlideView): SlideContent {
  const { t, lang, domain } = view;
  const event = view.highlightId
    ? view.events.find((p) => p.event.id === view.highlightId)?.event
    : undefined;
  return {
    events: view.events,
    domain,
    dataset: view.dataset,
    kinds: view.kinds,
    title: t.appTitle,
    range: t.timeline.visible(
      formatShortDay(toIsoDay(domain[0]), lang),
      formatShortDay(toIsoDay(domain[1] - 1), lang),
    ),
    credit: `${lang === 'vi' ? 'Nguồn' : 'Source'}: ${view.appUrl}`,
    months: t.months,
    lanes: { event: t.lanes.events, leadership: t.lanes.leadership, directive: t.lanes.directives },
    legend: LEGEND_STRINGS[lang],
    otherOffices: t.timeline.otherOffices,
    highlight: event
      ? { id: event.id, date: eventDateText(event, lang), title: event.title }
      : null,
  };
}
