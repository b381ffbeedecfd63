/**
 * The embed's door to its host page (issue 5): listens to `message`, accepts only what
 * `parseHostMessage` accepts, and posts `timeline:*` messages back, only when framed.
 *
 * Where replies go: the host's origin read from `document.referrer` (browsers send the origin of
 * the framing page under the default referrer policy, and the snippet asks for it explicitly).
 * When the referrer is stripped (`no-referrer` on the host), we fall back to `'*'`: what we post is
 * public (event ids, ISO days, a height), so any listener may read it without harm. Incoming
 * messages must come from the parent window, and from the referrer's origin when one is known.
 */
import {
  parseHostMessage,
  toHost,
  type HostMessage,
  type TimelineMessage,
} from '../embed/protocol';

/** The slice of `window` the bridge uses, so tests can hand it a fake. */
export interface BridgeWindow {
  readonly parent: BridgeTarget;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
export interface BridgeTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface HostCommands {
  goto: (id: string) => void;
  next: () => void;
  prev: () => void;
  /** ISO days, `from ≤ to`. */
  setRange: (from: string, to: string) => void;
  search: (q: string) => void;
}

/** The origin replies go to: the referrer's, or `'*'` when there is none (see above). */
export function hostOrigin(referrer: string): string {
  try {
    const origin = referrer ? new URL(referrer).origin : 'null';
    return origin === 'null' ? '*' : origin;
  } catch {
    return '*';
  }
}

type Observer = Pick<ResizeObserver, 'observe' | 'disconnect'>;

export class HostBridge {
  readonly embedded: boolean;
  readonly targetOrigin: string;
  #listening = false;
  #last = new Map<TimelineMessage['type'], string>();
  #observer: Observer | null = null;

  constructor(
    private readonly win: BridgeWindow,
    private readonly commands: HostCommands,
    referrer: string = typeof document === 'undefined' ? '' : document.referrer,
  ) {
    this.embedded = (win.parent as unknown) !== win;
    this.targetOrigin = hostOrigin(referrer);
    // Nothing is selected at first: a host hears `select` only once something is.
    this.#last.set('timeline:select', JSON.stringify(toHost.select(null)));
  }

  /** Starts listening and tells the host the timeline is ready. Does nothing when not framed. */
  start(): void {
    if (!this.embedded || this.#listening) return;
    this.#listening = true;
    this.win.addEventListener('message', this.#onmessage);
    this.#post(toHost.ready());
  }

  stop(): void {
    this.win.removeEventListener('message', this.#onmessage);
    this.#listening = false;
    this.#observer?.disconnect();
    this.#observer = null;
  }

  select(id: string | null): void {
    this.#post(toHost.select(id));
  }

  rangechange(from: string, to: string): void {
    this.#post(toHost.rangechange(from, to));
  }

  resize(height: number): void {
    this.#post(toHost.resize(height));
  }

  /** Reports `root`'s height whenever it changes, so a host can size the iframe to fit. */
  observe(
    root: Element,
    make = (cb: ResizeObserverCallback): Observer => new ResizeObserver(cb),
  ): void {
    if (!this.embedded) return;
    this.#observer?.disconnect();
    this.#observer = make((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.resize(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
    });
    this.#observer.observe(root);
  }

  /** Posts to the parent, skipping a message identical to the last of its type. */
  #post(message: TimelineMessage): void {
    if (!this.embedded) return;
    const key = JSON.stringify(message);
    if (message.type !== 'timeline:ready' && this.#last.get(message.type) === key) return;
    this.#last.set(message.type, key);
    this.win.parent.postMessage(message, this.targetOrigin);
  }

  #onmessage = (event: MessageEvent): void => {
    if (event.source !== (this.win.parent as unknown)) return;
    if (this.targetOrigin !== '*' && event.origin !== this.targetOrigin) return;
    const message = parseHostMessage(event.data);
    if (message) this.#run(message);
  };

  #run(message: HostMessage): void {
    switch (message.type) {
      case 'timeline:goto':
        return this.commands.goto(message.id);
      case 'timeline:next':
        return this.commands.next();
      case 'timeline:prev':
        return this.commands.prev();
      case 'timeline:setRange':
        return this.commands.setRange(message.from, message.to);
      case 'timeline:search':
        return this.commands.search(message.q);
    }
  }
}
