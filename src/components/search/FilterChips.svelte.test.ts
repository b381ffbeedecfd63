import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import FilterChips from './FilterChips.svelte';

function setup(props: Record<string, unknown> = {}) {
  const callbacks = { ontogglekind: vi.fn(), onremoveperson: vi.fn(), onremovedoc: vi.fn() };
  render(FilterChips, { kinds: ['event', 'directive'], ...callbacks, ...props });
  return { user: userEvent.setup(), ...callbacks };
}

describe('FilterChips', () => {
  it('shows each lane as a toggle button with its state', () => {
    setup();
    const lanes = screen.getByRole('group', { name: 'Hiện các làn' });
    expect(lanes).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sự kiện' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Lãnh đạo' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('button', { name: 'Văn bản' })).toHaveAttribute('aria-pressed', 'true');
  });

  it.each([
    ['Sự kiện', 'event'],
    ['Lãnh đạo', 'leadership'],
    ['Văn bản', 'directive'],
  ])('toggles the %s lane', async (name, kind) => {
    const { user, ontogglekind } = setup();
    await user.click(screen.getByRole('button', { name }));
    expect(ontogglekind).toHaveBeenCalledWith(kind);
  });

  it('shows no chips without a person or document filter', () => {
    setup();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows removable person and document chips', async () => {
    const { user, onremoveperson, onremovedoc } = setup({
      person: { id: 'dinh-tien-dung', name: 'Đinh Tiến Dũng' },
      doc: { id: '24-ct-tu', label: 'Chỉ thị 24-CT/TU' },
    });
    const chips = screen.getByRole('list', { name: 'Bộ lọc đang dùng' });
    expect(chips).toHaveTextContent('Nhân vật: Đinh Tiến Dũng');
    expect(chips).toHaveTextContent('Văn bản: Chỉ thị 24-CT/TU');
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc Đinh Tiến Dũng' }));
    expect(onremoveperson).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc Chỉ thị 24-CT/TU' }));
    expect(onremovedoc).toHaveBeenCalledOnce();
  });

  it('speaks English when asked', () => {
    setup({ lang: 'en', person: { id: 'p', name: 'Trần Sỹ Thanh' } });
    expect(screen.getByRole('button', { name: 'Leadership' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter Trần Sỹ Thanh' })).toBeInTheDocument();
  });
});
