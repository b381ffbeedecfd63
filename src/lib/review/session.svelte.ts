/**
 * The review screen's state: the corrections file as the endpoint last gave it, the event in
 * hand, and the undo history. Every change is one entry written through the endpoint; undo
 * writes back the entry it replaced. The dataset itself is not touched here: the live rebuild
 * recompiles it from the written file and the app reloads it.
 */
import type { Section } from '../corrections/types';
import type { EntryValue } from '../corrections/write';
import { endpoint, SaveError, type CorrectionsState, type ReviewApi } from './client';

interface UndoStep {
  section: Section;
  id: string;
  previous: EntryValue | null;
  /** What the step did, for the announcement of its undoing. */
  what: string;
}

export type Outcome = { ok: true } | { ok: false; problems: string[] };

export class ReviewSession {
  state = $state.raw<CorrectionsState | null>(null);
  loadProblem = $state.raw<string | null>(null);
  currentId = $state<string | null>(null);
  history = $state.raw<UndoStep[]>([]);
  busy = $state(false);

  constructor(readonly api: ReviewApi = endpoint) {}

  async refresh(): Promise<void> {
    try {
      this.state = await this.api.corrections();
      this.loadProblem = null;
    } catch (error) {
      this.loadProblem = (error as Error).message;
    }
  }

  /** The fields the file sets for `id` in `section` now (empty when it has no entry). */
  entry(section: Section, id: string): EntryValue {
    const found = this.state?.corrections[section].find((e) => e.id === id);
    return found ? { ...(found.set as EntryValue) } : {};
  }

  /** Writes `entry` (null: removes it), remembering the old one for undo. */
  async save(
    section: Section,
    id: string,
    entry: EntryValue | null,
    what: string,
  ): Promise<Outcome> {
    const outcome = await this.write(section, id, entry);
    if (outcome.ok && 'previous' in outcome)
      this.history = [...this.history, { section, id, previous: outcome.previous, what }];
    return outcome.ok ? { ok: true } : outcome;
  }

  /** Undoes the last save; resolves to what it undid, or null when there was nothing. */
  async undo(): Promise<{ what: string; outcome: Outcome } | null> {
    const last = this.history.at(-1);
    if (!last) return null;
    const outcome = await this.write(last.section, last.id, last.previous);
    if (outcome.ok) this.history = this.history.slice(0, -1);
    return { what: last.what, outcome: outcome.ok ? { ok: true } : outcome };
  }

  private async write(
    section: Section,
    id: string,
    entry: EntryValue | null,
  ): Promise<{ ok: true; previous: EntryValue | null } | { ok: false; problems: string[] }> {
    this.busy = true;
    try {
      const { previous } = await this.api.save(section, id, entry);
      await this.refresh();
      return { ok: true, previous };
    } catch (error) {
      return {
        ok: false,
        problems: error instanceof SaveError ? error.problems : [(error as Error).message],
      };
    } finally {
      this.busy = false;
    }
  }
}
