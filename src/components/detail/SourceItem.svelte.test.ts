import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Source, SourceRef } from '../../lib/dataset/types';
import { en } from '../../lib/i18n/en';
import { vi } from '../../lib/i18n/vi';
import SourceItem from './SourceItem.svelte';

const ref: SourceRef = { source: 'a', quote: 'Sáng 16/8, Thành ủy tổ chức hội nghị.', line: 5 };
const source: Source = {
  id: 'a',
  file: 'a.html',
  title: 'Hà Nội quán triệt Chỉ thị 24-CT/TU',
  outlet: 'Báo Mẫu',
  author: null,
  published: '2023-08-16',
  publishedInferred: false,
  url: 'https://bao-mau.vn/ha-noi-quan-triet.html',
};

const renderItem = (s: Source, lang: 'vi' | 'en' = 'vi') =>
  render(SourceItem, { ref, source: s, t: lang === 'en' ? en : vi, lang });

describe('SourceItem', () => {
  it('shows the outlet and links the headline to the original article in a new tab', () => {
    renderItem(source);
    expect(screen.getByText('Báo Mẫu')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Hà Nội quán triệt Chỉ thị 24-CT\/TU/u });
    expect(link).toHaveAttribute('href', source.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName(/mở trong thẻ mới/u);
  });

  it('says so in English too', () => {
    renderItem(source, 'en');
    expect(screen.getByRole('link')).toHaveAccessibleName(/opens in a new tab/u);
  });

  it('shows the headline as text when the source has no address', () => {
    const { url: _, ...withoutUrl } = source;
    renderItem(withoutUrl);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(source.title)).toBeInTheDocument();
  });

  it('never links an address that is not http(s)', () => {
    renderItem({ ...source, url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
  });
});
