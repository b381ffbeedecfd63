/**
 * An embed's link to the page that hosts it. The bridge code loads only inside an embed; once
 * started it carries the host's commands in and reports selection, visible range and height out.
 */
import type { HostBridge, HostCommands } from '../export/host-bridge';

export interface HostLinkSource {
  embedded: () => boolean;
  selectionId: () => string | null;
  /** Visible window as inclusive ISO days, null before the dataset is ready. */
  range: () => readonly [string, string] | null;
  root: () => HTMLElement | undefined;
  commands: HostCommands;
}

export class HostLink {
  #bridge = $state<HostBridge | null>(null);
  #source: HostLinkSource;

  constructor(source: HostLinkSource) {
    this.#source = source;
    $effect(() => {
      if (source.embedded()) this.#bridge?.select(source.selectionId());
    });
    $effect(() => {
      const range = source.range();
      if (source.embedded() && range) this.#bridge?.rangechange(range[0], range[1]);
    });
    $effect(() => {
      const root = source.root();
      if (source.embedded() && root) this.#bridge?.observe(root);
    });
  }

  async start(): Promise<void> {
    const { HostBridge } = await import('../export/host-bridge');
    this.#bridge = new HostBridge(window, this.#source.commands);
    this.#bridge.start();
  }

  stop(): void {
    this.#bridge?.stop();
  }
}
