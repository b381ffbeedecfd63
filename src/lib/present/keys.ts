/**
 * Presenter keys (issue 5): presentation clickers send PageUp/PageDown, keyboards →/←/Space.
 * Pure over the key and a little about its target, so the rules are testable without a DOM.
 */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | null;

export interface KeyInfo {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** Already handled by something closer to the focus (the timeline's own keys). */
  defaultPrevented?: boolean;
  /** The focus is in a text field: typing there must never step the presentation. */
  editable?: boolean;
  /** The focus is on a button or link, where Space and Enter press it. */
  pressable?: boolean;
}

export function presentAction(k: KeyInfo): PresentAction {
  if (k.defaultPrevented || k.editable || k.altKey || k.ctrlKey || k.metaKey) return null;
  switch (k.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      // Space presses a focused button; Shift+Space goes back, as in slide software.
      if (k.pressable) return null;
      return k.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** What `presentAction` needs to know about where the key was pressed. */
export function describeTarget(
  target: EventTarget | null,
): Pick<KeyInfo, 'editable' | 'pressable'> {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.closest !== 'function') return { editable: false, pressable: false };
  return {
    editable:
      !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') ||
      !!el.isContentEditable,
    pressable: !!el.closest('button, a[href], summary, [role="button"]'),
  };
}
