// @ts-check
/**
 * Drives the embedded timeline over postMessage (protocol version 1) and listens to what it says.
 * Every message is checked before use, and everything shown is set with textContent: a page that
 * embeds content must treat what it receives as data.
 *
 * Loaded as a classic script in <head>, before the iframe exists: the timeline says
 * `timeline:ready` once, as soon as it listens, and a listener added later would miss it.
 */
(() => {
  const SUPPORTED_VERSION = 1;
  const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  // The iframe follows the timeline's height, within bounds a host page can live with.
  const MIN_HEIGHT = 240;
  const MAX_HEIGHT = 2000;

  /** @param {string} id */
  const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @param {string} id */
  const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

  /**
   * The timeline's message if it is well formed, else null (ignore it).
   * @param {unknown} data
   * @returns {Record<string, unknown> | null}
   */
  function parse(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const m = /** @type {Record<string, unknown>} */ (data);
    const keys = Object.keys(m).sort().join(',');
    switch (m.type) {
      // { type: "timeline:ready", version }: the timeline listens now; the buttons may be used.
      case 'timeline:ready':
        return keys === 'type,version' && Number.isInteger(m.version) ? m : null;
      // { type: "timeline:select", id }: an event was selected (by the reader or a message);
      // id is null when the card was closed.
      case 'timeline:select':
        return keys === 'id,type' && (m.id === null || (typeof m.id === 'string' && ID.test(m.id)))
          ? m
          : null;
      // { type: "timeline:rangechange", from, to }: the visible window changed (ISO days).
      case 'timeline:rangechange':
        return keys === 'from,to,type' &&
          typeof m.from === 'string' &&
          typeof m.to === 'string' &&
          DAY.test(m.from) &&
          DAY.test(m.to)
          ? m
          : null;
      // { type: "timeline:resize", height }: the height the timeline needs, in CSS pixels.
      case 'timeline:resize':
        return keys === 'height,type' && Number.isInteger(m.height) && Number(m.height) >= 0
          ? m
          : null;
      default:
        return null;
    }
  }

  /** Wires the page once it is parsed; returns the handler for the timeline's messages. */
  function setup() {
    const iframe = /** @type {HTMLIFrameElement} */ (byId('timeline'));
    // Only messages from this origin are the timeline's; ours go only to it (`src` is absolute).
    const timelineOrigin = new URL(iframe.src).origin;
    const statusLine = byId('status');
    const log = byId('log');
    const eventId = input('event-id');
    const from = input('from');
    const to = input('to');
    const q = input('q');

    /** @param {string} text */
    const note = (text) => {
      const item = document.createElement('li');
      item.textContent = text;
      log.prepend(item);
      while (log.childElementCount > 20) log.lastElementChild?.remove();
    };

    /** @param {object} message */
    const send = (message) => {
      iframe.contentWindow?.postMessage(message, timelineOrigin);
      note(`→ ${JSON.stringify(message)}`);
    };

    /** @param {string} id @param {() => void} onSubmit */
    const onForm = (id, onSubmit) =>
      byId(id).addEventListener('submit', (event) => {
        event.preventDefault();
        onSubmit();
      });

    // { type: "timeline:goto", id }: select an event and bring it into view. Ids: a-z, 0-9, -.
    onForm('goto-form', () => {
      const id = eventId.value.trim();
      if (ID.test(id)) send({ type: 'timeline:goto', id });
      else statusLine.textContent = 'Mã sự kiện chỉ gồm a–z, 0–9 và dấu gạch ngang.';
    });

    // { type: "timeline:prev" } / { type: "timeline:next" }: step to the previous or next event.
    byId('prev').addEventListener('click', () => send({ type: 'timeline:prev' }));
    byId('next').addEventListener('click', () => send({ type: 'timeline:next' }));

    // { type: "timeline:setRange", from, to }: show this window (ISO days, from ≤ to).
    onForm('range-form', () => {
      if (DAY.test(from.value) && DAY.test(to.value) && from.value <= to.value)
        send({ type: 'timeline:setRange', from: from.value, to: to.value });
      else statusLine.textContent = 'Ngày bắt đầu phải trước ngày kết thúc.';
    });

    // { type: "timeline:search", q }: search in the timeline (plain text, at most 200 characters).
    onForm('search-form', () => send({ type: 'timeline:search', q: q.value.slice(0, 200) }));

    /** @param {MessageEvent} event */
    return (event) => {
      // Other frames and extensions post messages too: accept only the timeline's own.
      if (event.origin !== timelineOrigin || event.source !== iframe.contentWindow) return;
      const message = parse(event.data);
      if (!message) return;
      note(`← ${JSON.stringify(message)}`);
      switch (message.type) {
        case 'timeline:ready':
          if (message.version !== SUPPORTED_VERSION) {
            statusLine.textContent = `Giao thức phiên bản ${message.version} chưa được hỗ trợ.`;
            break;
          }
          statusLine.textContent = `Dòng thời gian sẵn sàng (giao thức phiên bản ${message.version}).`;
          for (const button of document.querySelectorAll('button')) button.disabled = false;
          break;
        case 'timeline:select':
          if (typeof message.id === 'string') eventId.value = message.id;
          break;
        case 'timeline:rangechange':
          from.value = String(message.from);
          to.value = String(message.to);
          break;
        case 'timeline:resize': {
          const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Number(message.height)));
          iframe.style.height = `${height}px`;
          break;
        }
      }
    };
  }

  /** @type {((event: MessageEvent) => void) | null} */
  let handle = null;
  /** @type {MessageEvent[]} */
  const early = [];
  window.addEventListener('message', (event) => (handle ? handle(event) : early.push(event)));
  document.addEventListener('DOMContentLoaded', () => {
    handle = setup();
    for (const event of early.splice(0)) handle(event);
  });
})();
