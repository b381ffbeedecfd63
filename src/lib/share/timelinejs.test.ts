import { describe, expect, it } from 'vitest';
import { datasetToTimelineJs, toTimelineJsDate } from './timelinejs';
import { testDataset } from './test-dataset';

const dataset = testDataset();
const data = datasetToTimelineJs(dataset);
const slide = (id: string) => data.events.find((e) => e.unique_id === id)!;

describe('toTimelineJsDate keeps only the parts the data knows', () => {
  it.each([
    ['2023-08-16', { year: 2023, month: 8, day: 16 }],
    ['2023-08', { year: 2023, month: 8 }],
    ['2021', { year: 2021 }],
  ])('%s → %o', (iso, date) => {
    expect(toTimelineJsDate(iso)).toEqual(date);
  });
});

describe('datasetToTimelineJs', () => {
  it('has one slide per event, keyed by the event id and grouped by lane', () => {
    expect(data.events.map((e) => e.unique_id)).toEqual(dataset.events.map((e) => e.id));
    expect(data.title).toBeUndefined();
    expect(slide('2023-08-16-hoi-nghi')).toEqual({
      start_date: { year: 2023, month: 8, day: 16 },
      display_date: 'ngày 16/8/2023',
      text: {
        headline: 'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU',
        text:
          '<p>Thành ủy Hà Nội tổ chức hội nghị trực tuyến tới hơn 23 nghìn cán bộ.</p>' +
          '<p>Nguồn: <a href="https://nhandan.vn/ha-noi-quan-triet-chi-thi-24.html">“Hà Nội quán triệt Chỉ thị về kỷ luật công vụ (NDO)”</a>; “Bài không rõ tác giả”</p>' +
          '<p>Trích tự động từ bài báo.</p>',
      },
      group: 'Sự kiện',
      unique_id: '2023-08-16-hoi-nghi',
      autolink: false,
    });
  });

  it.each([
    ['2019-q1', { year: 2019, month: 1 }, { year: 2019, month: 3, day: 31 }, 'quý I/2019'],
    ['2021-nam', { year: 2021 }, undefined, 'năm 2021'],
    [
      '2019-04-11-thay-bi-thu',
      { year: 2019, month: 4, day: 11 },
      { year: 2021, month: 4, day: 22 },
      'khoảng 11/4/2019 – 22/4/2021',
    ],
  ])('dates %s from %o to %o, shown as %s', (id, start, end, shown) => {
    expect(slide(id).start_date).toEqual(start);
    expect(slide(id).end_date).toEqual(end);
    expect(slide(id).display_date).toBe(shown);
  });

  it('says on each slide whether an editor checked the event, and what they changed', () => {
    const checked = testDataset();
    Object.assign(checked.events[0]!, { reviewed: true, edited: ['title', 'date'] });
    expect(datasetToTimelineJs(checked).events[0]!.text.text).toContain(
      '<p>Đã được biên tập viên kiểm tra. Biên tập viên đã sửa: tiêu đề, ngày.</p>',
    );
    expect(datasetToTimelineJs(checked, { lang: 'en' }).events[0]!.text.text).toContain(
      '<p>Checked by an editor. Edited by an editor: title, date.</p>',
    );
  });

  it('escapes article text, which TimelineJS renders as HTML', () => {
    const evil = slide('evil');
    expect(evil.text.headline).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;Tiêu đề&quot; &amp; *đậm* _nghiêng_ `mã`',
    );
    expect(evil.text.text).toContain('&lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot;&gt;');
    expect(evil.text.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(evil.text.text).not.toMatch(/<(?!\/?(p|a)\b)/);
    expect(evil.group).toBe('Văn bản');
  });

  it('adds the title slide and a link to each event page when asked, in English', () => {
    const en = datasetToTimelineJs(dataset, {
      lang: 'en',
      title: { headline: 'Hanoi <Party> Committee', text: '2019–2023 & more' },
      siteUrl: 'https://news.example/timeline/',
    });
    expect(en.title).toEqual({
      text: { headline: 'Hanoi &lt;Party&gt; Committee', text: '<p>2019–2023 &amp; more</p>' },
    });
    const first = en.events[0]!;
    expect(first.display_date).toBe('16 August 2023');
    expect(first.group).toBe('Events');
    expect(first.text.text).toContain(
      '<a href="https://news.example/timeline/e/2023-08-16-hoi-nghi/">View on the timeline</a>',
    );
  });
});

describe('sources with an address', () => {
  it('link each source to the original article, escaped, and only http(s) ones', () => {
    const base = testDataset();
    const dataset = {
      ...base,
      sources: base.sources.map((s, i) =>
        i === 0
          ? { ...s, url: 'https://nhandan.vn/ha-noi-quan-triet.html?a=1&b="2"' }
          : { ...s, url: 'javascript:alert(1)' },
      ),
    };
    const slide = datasetToTimelineJs(dataset).events.find(
      (e) => e.unique_id === '2023-08-16-hoi-nghi',
    )!;
    expect(slide.text.text).toContain(
      '<a href="https://nhandan.vn/ha-noi-quan-triet.html?a=1&amp;b=%222%22">“Hà Nội quán triệt Chỉ thị về kỷ luật công vụ (NDO)”</a>',
    );
    expect(slide.text.text).not.toContain('javascript:');
  });
});
