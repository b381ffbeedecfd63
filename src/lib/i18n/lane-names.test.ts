import { describe, expect, it } from 'vitest';
import { EMBED_STRINGS } from '../../components/embed/strings';
import { SEARCH_STRINGS } from '../../components/search/strings';
import { EVENT_KINDS } from '../dataset/types';
import { datasetToTimelineJs } from '../share/timelinejs';
import { testDataset } from '../share/test-dataset';
import { en } from './en';
import { LANE_NAMES } from './lane-names';
import { vi } from './vi';

describe('each lane has one name in every place', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)(
    '%s: the lanes on screen, the filter chips, the Embed dialog, TimelineJS',
    (lang, t) => {
      const names = LANE_NAMES[lang];
      expect([t.lanes.events, t.lanes.leadership, t.lanes.directives]).toEqual(
        EVENT_KINDS.map((k) => names[k]),
      );
      expect(SEARCH_STRINGS[lang].lanes).toEqual(names);
      expect(EMBED_STRINGS[lang].kinds).toEqual(names);
      const groups = new Map(
        datasetToTimelineJs(testDataset(), { lang }).events.map((slide, i) => [
          testDataset().events[i]!.kind,
          slide.group,
        ]),
      );
      for (const [kind, group] of groups) expect(group).toBe(names[kind]);
    },
  );

  it('calls the leadership lane “Lãnh đạo” and “Leadership”, never “Nhân sự”', () => {
    expect(LANE_NAMES.vi.leadership).toBe('Lãnh đạo');
    expect(vi.kinds.leadership).toBe('Lãnh đạo');
    expect(LANE_NAMES.en.leadership).toBe('Leadership');
  });
});
