/**
 * The search worker: builds the index off the main thread (about a second at 10,000 events) and
 * answers queries there, so typing never waits for the index. Load it with
 * `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })` (see `client.ts`).
 */
import { handleRequest, type HandlerState } from './handler';

// The project's TypeScript lib is DOM, not WebWorker: describe the little of the scope we use.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
};
const state: HandlerState = { index: null };

scope.addEventListener('message', (event) => {
  const response = handleRequest(state, event.data);
  if (response) scope.postMessage(response);
});
