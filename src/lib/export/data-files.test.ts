import { describe, expect, it } from 'vitest';
import { testDataset } from '../share/test-dataset';
import { dataFile, DATA_FORMATS } from './data-files';

const dataset = testDataset();

describe('dataFile', () => {
  it.each([
    ['json', 'dong-thoi-gian-thanh-uy-ha-noi.json', 'application/json'],
    ['csv', 'dong-thoi-gian-thanh-uy-ha-noi.csv', 'text/csv;charset=utf-8'],
    ['timelinejs', 'dong-thoi-gian-thanh-uy-ha-noi.timelinejs.json', 'application/json'],
  ] as const)('names %s files %s with type %s', (format, filename, type) => {
    const file = dataFile(dataset, format);
    expect(file).toMatchObject({ filename, type });
  });

  it('writes the JSON exactly as the dataset, which reads back equal', () => {
    expect(JSON.parse(dataFile(dataset, 'json').text)).toEqual(dataset);
  });

  it('writes one CSV row per event after the header', () => {
    const lines = dataFile(dataset, 'csv').text.trimEnd().split('\r\n');
    // The evil event's quote holds a line break inside quotes: count ids instead of lines.
    expect(lines[0]).toMatch(/^\uFEFFid,kind,date/);
    for (const e of dataset.events) expect(dataFile(dataset, 'csv').text).toContain(`\r\n${e.id},`);
  });

  it('writes TimelineJS slides with absolute links under the site URL and a title', () => {
    const data = JSON.parse(
      dataFile(dataset, 'timelinejs', { siteUrl: 'https://news.example/t/', title: 'Hà Nội' }).text,
    );
    expect(data.events).toHaveLength(dataset.events.length);
    expect(data.title.text.headline).toBe('Hà Nội');
    expect(data.events[0].text.text).toContain('https://news.example/t/e/2023-08-16-hoi-nghi/');
  });

  it('offers three formats', () => {
    expect(DATA_FORMATS).toEqual(['json', 'csv', 'timelinejs']);
  });
});
