import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { articleText, fixtureDataset } from '../../lib/corrections/fixture';
import { parseCorrections } from '../../lib/corrections/parse';
import type { Section } from '../../lib/corrections/types';
import { writeEntry, type EntryValue } from '../../lib/corrections/write';
import type { ReviewApi } from '../../lib/review/client';
import { SaveError } from '../../lib/review/client';
import { ReviewSession } from '../../lib/review/session.svelte';
import ReviewScreen from './ReviewScreen.svelte';

/** The endpoint in memory: the same file writer and parser, no server. */
function fakeEndpoint(refuse?: string) {
  let text = '';
  const saves: { section: Section; id: string; entry: EntryValue | null }[] = [];
  const api: ReviewApi = {
    async corrections() {
      const { corrections, errors } = parseCorrections(text, { file: 'corrections.yaml' });
      return {
        text,
        corrections,
        errors: errors.map((e) => e.message),
        articles: ['a.txt', 'b.txt'],
      };
    },
    async article(file) {
      return articleText(file) ?? '';
    },
    async save(section, id, entry) {
      if (refuse) throw new SaveError([refuse]);
      saves.push({ section, id, entry });
      const next = writeEntry(text, { section, id, entry });
      text = next.text;
      return { previous: next.previous };
    },
  };
  return { api, saves, text: () => text };
}

function renderScreen(refuse?: string) {
  const endpoint = fakeEndpoint(refuse);
  render(ReviewScreen, {
    dataset: fixtureDataset(),
    lang: 'vi',
    session: new ReviewSession(endpoint.api),
  });
  return endpoint;
}

const current = () =>
  document.querySelector('[data-review-event]')?.getAttribute('data-review-event');
const queueOrder = () =>
  [...document.querySelectorAll('[data-queue-id]')].map((b) => b.getAttribute('data-queue-id'));

describe('ReviewScreen', () => {
  it('starts with the most doubtful event, its reasons and its article', async () => {
    renderScreen();
    expect(queueOrder()).toEqual([
      '2022-01-08-tong-ket',
      '2023-08-16-quan-triet',
      '2023-08-16-hoi-nghi-can-bo',
    ]);
    expect(current()).toBe('2022-01-08-tong-ket');
    expect(screen.getByText(/năm được suy luận/, { selector: '.detail-why' })).toBeInTheDocument();
    const article = await screen.findByRole('region', { name: 'Toàn văn a.txt' });
    expect(within(article).getByText('8/1')).toBeInTheDocument();
  });

  it('walks the queue with J and K, and the arrow keys', async () => {
    renderScreen();
    const user = userEvent.setup();
    await user.keyboard('j');
    expect(current()).toBe('2023-08-16-quan-triet');
    await user.keyboard('{ArrowDown}');
    expect(current()).toBe('2023-08-16-hoi-nghi-can-bo');
    await user.keyboard('k');
    expect(current()).toBe('2023-08-16-quan-triet');
    // Round the queue: past the last, the first again.
    await user.keyboard('jj');
    expect(current()).toBe('2022-01-08-tong-ket');
  });

  it('confirms with C, writes reviewed: true, says so, and moves to the next', async () => {
    const endpoint = renderScreen();
    await userEvent.setup().keyboard('c');
    await waitFor(() =>
      expect(endpoint.saves).toEqual([
        { section: 'events', id: '2022-01-08-tong-ket', entry: { reviewed: true } },
      ]),
    );
    expect(
      await screen.findByText(/Đã lưu: xác nhận “Tổng kết xây dựng Đảng 2021”/),
    ).toBeInTheDocument();
    expect(current()).toBe('2023-08-16-quan-triet');
  });

  it('edits with E: the form takes the focus, only changed fields are written', async () => {
    const endpoint = renderScreen();
    const user = userEvent.setup();
    await user.keyboard('e');
    const title = screen.getByLabelText('Tiêu đề');
    expect(title).toHaveFocus();
    await user.clear(title);
    // Typing in a field is typing, not shortcuts: `c`, `h` and `j` go into the title.
    await user.type(title, 'Hội nghị tổng kết công tác xây dựng Đảng');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(endpoint.saves).toHaveLength(1));
    expect(endpoint.saves[0]!.entry).toEqual({
      title: 'Hội nghị tổng kết công tác xây dựng Đảng',
      reviewed: true,
    });
    expect(current()).toBe('2022-01-08-tong-ket');
  });

  it('hides with H and a reason, and undoes it with U', async () => {
    const endpoint = renderScreen();
    const user = userEvent.setup();
    await user.keyboard('h');
    await user.type(screen.getByLabelText('Lý do ẩn'), 'trùng với tin khác{Enter}');
    await waitFor(() => expect(endpoint.text()).toContain('hide: trùng với tin khác'));
    await user.keyboard('u');
    await waitFor(() => expect(endpoint.saves.at(-1)).toMatchObject({ entry: null }));
    expect(endpoint.text()).not.toContain('hide');
    expect(await screen.findByText(/Đã hoàn tác: ẩn/)).toBeInTheDocument();
  });

  it('closes a form with Escape without writing', async () => {
    const endpoint = renderScreen();
    const user = userEvent.setup();
    await user.keyboard('m');
    expect(screen.getByLabelText('Gộp vào sự kiện')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Gộp vào sự kiện')).toBeNull();
    expect(endpoint.saves).toEqual([]);
  });

  it('shows why a save was refused, naming the line of the corrections file', async () => {
    renderScreen('corrections.yaml:7: events.x: unknown field "titel"');
    await userEvent.setup().keyboard('c');
    expect(await screen.findByText('Không lưu được:')).toBeInTheDocument();
    expect(screen.getByText(/corrections\.yaml:7: events\.x: unknown field/)).toBeInTheDocument();
  });
});
