import { describe, expect, it } from 'vitest';
import { buildSitePages } from './site-pages';
import { testDataset } from './test-dataset';

const template = '<html><head><title>Site</title></head><body></body></html>';
const eventOf = (html: string) => /name="timeline-event" content="([^"]*)"/.exec(html)?.[1];

describe('buildSitePages', () => {
  it('never lets an old id overwrite a current event’s page, nor point at a missing event', () => {
    const dataset = testDataset();
    dataset.aliases = { '2021-nam': '2019-q1', gone: 'no-such-event', 'old-hoi-nghi': 'evil' };
    const { files, eventPages, aliasPages } = buildSitePages(template, dataset, { siteUrl: null });
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    expect(eventPages).toBe(dataset.events.length);
    expect(aliasPages).toBe(1);
    expect(eventOf(byPath.get('e/2021-nam/index.html')!)).toBe('2021-nam');
    expect(eventOf(byPath.get('e/old-hoi-nghi/index.html')!)).toBe('evil');
    expect(byPath.has('e/gone/index.html')).toBe(false);
    expect(files.map((f) => f.path)).toHaveLength(new Set(files.map((f) => f.path)).size);
  });

  it('names the site after the template title unless told otherwise', () => {
    const dataset = testDataset();
    const [first] = buildSitePages(template, dataset, { siteUrl: null }).files;
    expect(first!.content).toContain('— Site</title>');
    const [named] = buildSitePages(template, dataset, { siteUrl: null, siteName: 'Báo X' }).files;
    expect(named!.content).toContain('<meta property="og:site_name" content="Báo X" />');
  });
});
