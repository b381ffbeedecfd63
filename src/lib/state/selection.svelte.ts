/**
 * Which event's card is open (`id`), and which event the keyboard is on (`active`). They differ
 * while a viewer walks the marks with ←/→ before pressing Enter.
 */
export class Selection {
  id = $state<string | null>(null);
  active = $state<string | null>(null);

  /** Opens the card of `id` (null closes it). */
  select(id: string | null): void {
    this.id = id;
    if (id) this.active = id;
  }

  clear(): void {
    this.id = null;
  }

  setActive(id: string | null): void {
    this.active = id;
  }
}
