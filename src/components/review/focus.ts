/**
 * Review forms open where the keyboard is: their first field takes the focus when they appear
 * (an attachment, since `autofocus` would also fire when the page itself loads).
 */
export function focusFirstField(form: HTMLElement): void {
  form.querySelector<HTMLElement>('input, textarea, select')?.focus();
}

/** True when a key press is typing into a field, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A date as the corrections file takes it (the file's own check has the last word). */
export const isDateText = (v: string) => DATE.test(v.trim());
