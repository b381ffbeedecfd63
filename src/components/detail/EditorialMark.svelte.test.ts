import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../lib/dataset/types';
import { validateDataset } from '../../lib/dataset/validate';
import { en } from '../../lib/i18n/en';
import { vi as viStrings } from '../../lib/i18n/vi';
import EventCard from './EventCard.svelte';

const dataset: Dataset = validateDataset(
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')),
).dataset;
const base = dataset.events[0]!;

function renderCard(extra: { reviewed?: boolean; edited?: string[] }, lang: 'vi' | 'en' = 'vi') {
  render(EventCard, {
    event: { ...base, ...extra },
    dataset,
    t: lang === 'en' ? en : viStrings,
    lang,
    prevId: null,
    nextId: null,
    onselect: vi.fn(),
    onclose: vi.fn(),
  });
  return document.querySelector('[data-editorial]')!;
}

describe('the card says what a person did to the event', () => {
  it('marks an event an editor checked, and the fields an editor changed', () => {
    const mark = renderCard({ reviewed: true, edited: ['title', 'date'] });
    expect(mark.getAttribute('data-editorial')).toBe('checked');
    expect(mark).toHaveTextContent('Đã được biên tập viên kiểm tra');
    expect(mark).toHaveTextContent('Biên tập viên đã sửa: tiêu đề, ngày');
  });

  it('marks an event no one checked as extracted automatically', () => {
    const mark = renderCard({});
    expect(mark.getAttribute('data-editorial')).toBe('automatic');
    expect(mark).toHaveTextContent('Trích tự động từ bài báo');
    expect(mark).not.toHaveTextContent('đã sửa');
  });

  it('says it in English under lang=en', () => {
    renderCard({ reviewed: true, edited: ['summary'] }, 'en');
    expect(screen.getByText('Checked by an editor')).toBeInTheDocument();
    expect(screen.getByText('Edited by an editor: summary')).toBeInTheDocument();
  });
});
