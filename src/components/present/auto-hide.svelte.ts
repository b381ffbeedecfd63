/**
 * The presenter's controls show when the presenter reaches for them (the pointer moves, a key
 * other than a step key is pressed) and leave the slide to the audience a few seconds later,
 * unless the pointer rests on them or the focus is in them.
 */
export const CONTROLS_SHOWN_MS = 3000;

export class AutoHide {
  shown = $state(true);
  #held = { focus: false, pointer: false };
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #ms: number;

  constructor(ms = CONTROLS_SHOWN_MS) {
    this.#ms = ms;
    this.poke();
  }

  /** Shows the controls and starts the countdown again. */
  poke(): void {
    this.shown = true;
    clearTimeout(this.#timer);
    if (this.#held.focus || this.#held.pointer) return;
    this.#timer = setTimeout(() => (this.shown = false), this.#ms);
  }

  /** While focus or the pointer is in the controls they stay; the countdown starts on leaving. */
  hold(by: 'focus' | 'pointer', held: boolean): void {
    this.#held[by] = held;
    this.poke();
  }

  destroy(): void {
    clearTimeout(this.#timer);
  }
}
