/**
 * Embed mode's wheel rule (issue 5): a host page's scroll must never get trapped by the timeline.
 * The wheel zooms only after the timeline was clicked, or while Ctrl/⌘ is held (the gesture maps
 * use); a refused wheel shows a hint for a moment. The App passes `gate.allowed` as `wheelAllowed`.
 */
import type { Attachment } from 'svelte/attachments';

export interface WheelGateOptions {
  /** Called with true when the hint should show, false when it should hide. */
  onhint?: (visible: boolean) => void;
  hintMs?: number;
  timers?: {
    setTimeout: (fn: () => void, ms: number) => unknown;
    clearTimeout: (id: unknown) => void;
  };
}

export class WheelGate {
  #armed = false;
  #timer: unknown = null;
  readonly #onhint: (visible: boolean) => void;
  readonly #hintMs: number;
  readonly #timers: NonNullable<WheelGateOptions['timers']>;

  constructor(options: WheelGateOptions = {}) {
    this.#onhint = options.onhint ?? (() => {});
    this.#hintMs = options.hintMs ?? 2500;
    this.#timers = options.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (id) => globalThis.clearTimeout(id as number),
    };
  }

  get armed(): boolean {
    return this.#armed;
  }

  /** A click inside the timeline: the wheel may zoom until the pointer leaves. */
  arm(): void {
    this.#armed = true;
    this.#hide();
  }

  disarm(): void {
    this.#armed = false;
  }

  /** Whether this wheel event may zoom; shows the hint when it may not. Arrow-bound for props. */
  allowed = (event: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>): boolean => {
    if (this.#armed || event.ctrlKey || event.metaKey) return true;
    this.#onhint(true);
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = this.#timers.setTimeout(() => this.#hide(), this.#hintMs);
    return false;
  };

  #hide(): void {
    if (this.#timer === null) return;
    this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#onhint(false);
  }

  destroy(): void {
    this.#hide();
  }
}

/**
 * On the embed's root: a pointer press arms the gate; leaving the element or the window losing
 * focus disarms it, so coming back over the iframe while scrolling the host page scrolls the page.
 */
export function wheelGateArea(gate: WheelGate): Attachment<HTMLElement> {
  return (node) => {
    const arm = () => gate.arm();
    const disarm = () => gate.disarm();
    node.addEventListener('pointerdown', arm);
    node.addEventListener('pointerleave', disarm);
    window.addEventListener('blur', disarm);
    return () => {
      node.removeEventListener('pointerdown', arm);
      node.removeEventListener('pointerleave', disarm);
      window.removeEventListener('blur', disarm);
      gate.destroy();
    };
  };
}

/** A gate and the attachment for the embed's root, made together (embed mode loads this module). */
export function embedWheelGate(onhint: (visible: boolean) => void): {
  gate: WheelGate;
  area: Attachment<HTMLElement>;
} {
  const gate = new WheelGate({ onhint });
  return { gate, area: wheelGateArea(gate) };
}
