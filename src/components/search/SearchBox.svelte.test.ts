import { render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadTestDataset } from '../../lib/search/fixtures/test-dataset';
import { createSearchIndex, search } from '../../lib/search/index';
import SearchBox from './SearchBox.svelte';

const index = createSearchIndex(loadTestDataset());
const CONFERENCE = '2023-08-16-hoi-nghi-truc-tuyen-quan-triet-chi-thi-24';

function setup(props: Record<string, unknown> = {}) {
  const callbacks = {
    onSelectEvent: vi.fn(),
    onSelectPerson: vi.fn(),
    onSelectDocument: vi.fn(),
    onactivate: vi.fn(),
    onclear: vi.fn(),
  };
  const user = userEvent.setup();
  const { rerender } = render(SearchBox, {
    search: (q: string) => search(index, q),
    ...callbacks,
    ...props,
  });
  const name =
    props.lang === 'en'
      ? 'Search events, people, documents'
      : 'Tìm kiếm sự kiện, nhân vật, văn bản';
  const input = screen.getByRole('combobox', { name });
  return { user, input, rerender, ...callbacks };
}

describe('SearchBox', () => {
  it('is a labelled search field', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('type', 'search');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('finds an event typed without diacritics and marks the matched words', async () => {
    const { user, input } = setup();
    await user.type(input, 'ky luat cong vu');
    const list = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const [first] = within(list).getAllByRole('option');
    expect(first).toHaveTextContent('Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU');
    const marks = [...first!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('kỷ luật công vụ');
    expect(within(list).getByRole('group', { name: 'Sự kiện' })).toBeInTheDocument();
  });

  it('groups events, people and documents, each with a date or a role', async () => {
    const { user, input } = setup();
    await user.type(input, 'dinh tien dung');
    // While typing, the list shows the last answer until the next one: wait for the full query's.
    await waitFor(() =>
      expect(screen.getByRole('listbox')).toHaveAttribute('data-query', 'dinh tien dung'),
    );
    const people = await screen.findByRole('group', { name: 'Nhân vật' });
    expect(within(people).getByRole('option')).toHaveTextContent(
      'Đinh Tiến Dũng Bí thư Thành ủy Hà Nội',
    );
    const events = screen.getByRole('group', { name: 'Sự kiện' });
    const dated = within(events).getAllByRole('option');
    // The succession is known only as a window; the conferences by their day.
    expect(dated[0]).toHaveTextContent('khoảng 2019–2021');
    expect(dated.some((o) => o.textContent?.includes('22/4/2021'))).toBe(true);
  });

  it('moves with the arrow keys and opens the active event with Enter', async () => {
    const { user, input, onSelectEvent } = setup();
    await user.type(input, 'truc tuyen');
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Wraps from the first option to the last.
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelectEvent).toHaveBeenCalledTimes(1);
    expect(onSelectEvent.mock.calls[0]![0]).toMatch(/^20(21-04-22|23-08-16)/);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens the best result on Enter without moving first', async () => {
    const { user, input, onSelectEvent } = setup();
    await user.type(input, 'ky luat cong vu{Enter}');
    expect(onSelectEvent).toHaveBeenCalledWith(CONFERENCE);
  });

  it('opens people and documents with the mouse', async () => {
    const { user, input, onSelectPerson, onSelectDocument } = setup();
    await user.type(input, '24 ct tu');
    await user.click(
      within(await screen.findByRole('group', { name: 'Văn bản' })).getByRole('option'),
    );
    expect(onSelectDocument).toHaveBeenCalledWith('24-ct-tu');
    await user.clear(input);
    await user.type(input, 'Dinh Tein Dung');
    await user.click(
      within(await screen.findByRole('group', { name: 'Nhân vật' })).getByRole('option'),
    );
    expect(onSelectPerson).toHaveBeenCalledWith('dinh-tien-dung');
  });

  it('announces the count politely', async () => {
    const { user, input } = setup();
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await user.type(input, '171');
    await screen.findByRole('listbox');
    const r = search(index, '171');
    expect(status).toHaveTextContent(`${r.total.events + r.total.documents} kết quả`);
  });

  it('announces the count in English', async () => {
    const { user, input } = setup({ lang: 'en' });
    await user.type(input, '171');
    await screen.findByRole('listbox');
    expect(screen.getByRole('status')).toHaveTextContent('2 results');
  });

  it('clears with Esc', async () => {
    const { user, input } = setup();
    await user.type(input, 'dinh');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { user, input, onclear } = setup({ filtersActive: true });
    await user.type(input, 'xyzzy');
    expect(
      await screen.findByText(/Không tìm thấy kết quả cho “xyzzy”/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Không tìm thấy kết quả');
    await user.click(screen.getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' }));
    expect(onclear).toHaveBeenCalled();
    expect(input).toHaveValue('');
  });

  it('focuses with / unless another field has focus, and asks for the index on first focus', async () => {
    const { user, input, onactivate } = setup();
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    await user.keyboard('/');
    expect(input).not.toHaveFocus();
    expect(other).toHaveValue('/');
    other.blur();
    await user.keyboard('/');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    expect(onactivate).toHaveBeenCalledTimes(1);
    other.remove();
  });

  it('searches once the lazily loaded index arrives', async () => {
    const { user, input, rerender } = setup({ search: null });
    await user.type(input, 'dinh');
    expect(screen.getByRole('status')).toHaveTextContent('Đang chuẩn bị tìm kiếm');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await rerender({ search: (q: string) => search(index, q) });
    expect(await screen.findByRole('listbox')).toHaveTextContent('Đinh Tiến Dũng');
  });

  it('drops an answer that arrives after the answer to a newer query', async () => {
    const pending = new Map<string, (r: ReturnType<typeof search>) => void>();
    const slow = (q: string) => new Promise((resolve) => pending.set(q, resolve));
    const { user, input } = setup({ search: slow });
    await user.type(input, '17');
    await user.type(input, '1');
    pending.get('171')!(search(index, '171'));
    expect(await screen.findByRole('listbox')).toHaveTextContent('171-KH/TU');
    pending.get('17')!(search(index, 'truc tuyen'));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('listbox')).not.toHaveTextContent('trực tuyến');
  });

  it('renders markup in the data as text', async () => {
    const fake = () => ({
      folded: 'x',
      events: [],
      people: [
        {
          id: 'p',
          score: 1,
          name: { text: '<img src=x onerror=alert(1)>', ranges: [[0, 4]] as [number, number][] },
          role: null,
        },
      ],
      documents: [],
      total: { events: 0, people: 1, documents: 0 },
    });
    const { user, input } = setup({ search: fake });
    await user.type(input, 'x');
    const option = within(await screen.findByRole('listbox')).getByRole('option');
    expect(option).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(option.querySelector('img')).toBeNull();
  });

  it('has no axe violations with the results open', async () => {
    const { user, input } = setup();
    await user.type(input, 'dinh tien dung');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom does no layout, so contrast cannot be computed here (the e2e axe run covers it).
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`),
    ).toEqual([]);
  });
});
