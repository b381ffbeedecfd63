/** Days named relative to the day of writing: `sáng nay`, `hôm nay`, `chiều qua`, `hôm qua`. */
import { L, R } from '../mention';
import type { DateRule } from '../rule';

export const relative: DateRule = {
  name: 'relative',
  guard: (sentence) => /(?:nay|qua)(?!\p{L})/iu.test(sentence),
  pattern: new RegExp(`${L}(?:(sáng|chiều|tối|trưa|đêm|hôm)\\s+(nay|qua))${R}`, 'giu'),
  read: (m) => {
    const word = m[2]!.toLowerCase();
    // `sáng qua` may be yesterday morning or "through the morning": only `hôm qua` is a day.
    const relative = word === 'nay' ? 'today' : m[1]!.toLowerCase() === 'hôm' ? 'yesterday' : null;
    return relative ? { kind: 'point', precision: 'day', relative } : null;
  },
  examples: [
    ['Sáng nay, Thành ủy họp', { relative: 'today' }],
    ['hôm qua, Thành ủy họp', { relative: 'yesterday' }],
    ['thời gian qua', null],
  ],
};
