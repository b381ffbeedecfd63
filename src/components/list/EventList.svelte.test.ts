import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../lib/dataset/types';
import { en } from '../../lib/i18n/en';
import { vi as viStrings } from '../../lib/i18n/vi';
import EventList from './EventList.svelte';

const ev = (id: string, date: string, title: string): TimelineEvent => ({
  id,
  kind: 'event',
  date,
  precision: 'day',
  dateInferred: false,
  title,
  label: title,
  summary: '',
  people: [],
  documents: [],
  sources: [{ source: 's', quote: 'q' }],
});
const events = [
  ev('a', '2019-04-11', 'Họp Ban Chỉ đạo'),
  ev('b', '2021-04-22', 'Hội nghị trực tuyến'),
  ev('c', '2021-05-01', 'Hội nghị khác'),
];

describe('EventList', () => {
  it('groups events by year under headings, in order', () => {
    // `events` is also a mount option name, so props go under `props`.
    render(EventList, {
      props: { events, selectedId: null, t: viStrings, lang: 'vi', onselect: vi.fn() },
    });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '2019',
      '2021',
    ]);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('marks the selected event and selects on click', async () => {
    const onselect = vi.fn();
    render(EventList, {
      props: { events, selectedId: 'b', t: en, lang: 'en', onselect },
    });
    const selected = screen.getByRole('button', { current: true });
    expect(selected).toHaveTextContent('Hội nghị trực tuyến');
    expect(selected).toHaveTextContent('22 Apr 2021');
    await userEvent.setup().click(screen.getByRole('button', { name: /Họp Ban Chỉ đạo/ }));
    expect(onselect).toHaveBeenCalledWith('a');
  });

  it('words a change of office in English under English', () => {
    const change: TimelineEvent = {
      ...ev('d', '2020-10-15', 'Đinh Tiến Dũng được bầu giữ chức Bí thư Thành ủy Hà Nội'),
      kind: 'leadership',
      office: 'Bí thư Thành ủy Hà Nội',
      toPerson: 'dinh-tien-dung',
      change: 'election',
    };
    const nameOf = (id: string) => (id === 'dinh-tien-dung' ? 'Đinh Tiến Dũng' : undefined);
    render(EventList, {
      props: { events: [change], selectedId: null, t: en, lang: 'en', onselect: vi.fn(), nameOf },
    });
    expect(
      screen.getByText('Đinh Tiến Dũng elected as Bí thư Thành ủy Hà Nội'),
    ).toBeInTheDocument();
  });

  it('marks the events an editor checked, and says the others were extracted automatically', () => {
    const checked = { ...events[1]!, reviewed: true, edited: ['title'] };
    render(EventList, {
      props: {
        events: [events[0]!, checked],
        selectedId: null,
        t: viStrings,
        lang: 'vi',
        onselect: vi.fn(),
      },
    });
    const [automatic, reviewed] = [...document.querySelectorAll('[data-editorial]')];
    expect(automatic).toHaveTextContent('Trích tự động từ bài báo');
    expect(reviewed).toHaveAttribute('data-editorial', 'checked');
    expect(reviewed).toHaveTextContent(
      'Đã được biên tập viên kiểm tra · Biên tập viên đã sửa: tiêu đề',
    );
  });
});
