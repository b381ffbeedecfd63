import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../lib/dataset/types';
import { validateDataset } from '../../lib/dataset/validate';
import { en } from '../../lib/i18n/en';
import { vi as viStrings } from '../../lib/i18n/vi';
import EventCard from './EventCard.svelte';

const dataset: Dataset = validateDataset(
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')),
).dataset;
const withQuote = dataset.events.find((e) => e.sources[0]?.highlights?.length && e.attendance)!;

function renderCard(
  event = withQuote,
  lang: 'vi' | 'en' = 'vi',
  props: Record<string, unknown> = {},
) {
  const onselect = vi.fn();
  const onclose = vi.fn();
  render(EventCard, {
    ...props,
    event,
    dataset,
    t: lang === 'en' ? en : viStrings,
    lang,
    prevId: 'prev-id',
    nextId: null,
    onselect,
    onclose,
  });
  return { onselect, onclose };
}

describe('EventCard', () => {
  it('carries the selected event id and shows its title', () => {
    renderCard();
    const card = document.querySelector('[data-selected-event]');
    expect(card?.getAttribute('data-selected-event')).toBe(withQuote.id);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(withQuote.title);
  });

  it('shows every source quote with its matched words highlighted', () => {
    renderCard();
    const quotes = document.querySelectorAll('[data-source-quote]');
    expect(quotes).toHaveLength(withQuote.sources.length);
    const marks = [...document.querySelectorAll('[data-source-quote] mark')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual(expect.arrayContaining(withQuote.sources[0]!.highlights!));
  });

  it('writes attendance counts in the UI language', () => {
    renderCard();
    const first = withQuote.attendance![0]!;
    expect(screen.getByText(first.count.toLocaleString('vi-VN'))).toBeInTheDocument();
  });

  it('explains an inferred date', () => {
    const inferred = dataset.events.find((e) => e.dateInferred && e.dateBasis)!;
    renderCard(inferred);
    expect(screen.getByText(inferred.dateBasis!, { exact: false })).toBeInTheDocument();
  });

  it('walks to the previous event, disables next at the end, and closes', async () => {
    const user = userEvent.setup();
    const { onselect, onclose } = renderCard();
    await user.click(screen.getByRole('button', { name: /Sự kiện trước/ }));
    expect(onselect).toHaveBeenCalledWith('prev-id');
    expect(screen.getByRole('button', { name: /Sự kiện sau/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(onclose).toHaveBeenCalled();
  });

  it('lists the other events involving a person when the person is pressed', async () => {
    const user = userEvent.setup();
    const { onselect } = renderCard();
    const personButton = screen.getAllByRole('button', { expanded: false })[0]!;
    await user.click(personButton);
    const list = screen.getByRole('list', { name: /Sự kiện khác liên quan đến/ });
    const items = within(list).getAllByRole('button');
    expect(items.length).toBeGreaterThan(0);
    await user.click(items[0]!);
    expect(onselect).toHaveBeenCalled();
  });

  it('speaks English when asked', () => {
    renderCard(withQuote, 'en');
    expect(screen.getByRole('heading', { name: /Sources/ })).toBeInTheDocument();
  });

  it('words a change of office and its inferred date in English under English', () => {
    const change = dataset.events.find((e) => e.kind === 'leadership' && e.dateInferred)!;
    renderCard(change, 'en');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Đinh Tiến Dũng succeeds Hoàng Trung Hải as Bí thư Thành ủy Hà Nội',
    );
    expect(
      screen.getByText(
        'Đinh Tiến Dũng succeeds Hoàng Trung Hải as Bí thư Thành ủy Hà Nội, between 11 April 2019 and 22 April 2021.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^The change is not dated: an article of 11 April 2019/)).toBeVisible();
    expect(document.body.textContent).not.toContain(change.dateBasis!);
    expect(document.body.textContent).not.toContain(change.summary);
  });

  it('keeps the data’s Vietnamese words under Vietnamese', () => {
    const change = dataset.events.find((e) => e.kind === 'leadership' && e.dateInferred)!;
    renderCard(change, 'vi');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(change.title);
    expect(screen.getByText(change.dateBasis!, { exact: false })).toBeInTheDocument();
  });

  it('puts the actions in the card’s footer', () => {
    renderCard(withQuote, 'vi', {
      actions: createRawSnippet(() => ({ render: () => '<button>Sao chép liên kết</button>' })),
    });
    const footer = document.querySelector('aside.card > footer.card-footer');
    expect(footer).not.toBeNull();
    expect(
      within(footer as HTMLElement).getByRole('button', { name: 'Sao chép liên kết' }),
    ).toBeInTheDocument();
  });
});
