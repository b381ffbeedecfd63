/**
 * The search worker: builds the index off the main thread (about a second at 10,000 events) and
 * answers queries there, so typing never waits for the index. Load it with
 * `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })` (see `client.ts`).
 */
import { handleRequest, loadAndBuild, type HandlerState } from './handler';
import { isWorkerRequest } from './protocol';

// The project's TypeScript lib is DOM, not WebWorker: describe the little of the scope we use.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
  location: { href: string };
};
const state: HandlerState = { index: null };

scope.addEventListener('message', (event) => {
  const msg = event.data;
  if (isWorkerRequest(msg) && msg.type === 'load') {
    void loadAndBuild(state, msg.url, scope.location.href).then((r) => scope.postMessage(r));
    return;
  }
  const response = handleRequest(state, msg);
  if (response) scope.postMessage(response);
});
