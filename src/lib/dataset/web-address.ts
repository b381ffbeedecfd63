/**
 * Addresses the app may link to: absolute `http:` and `https:` URLs only. A dataset or a
 * corrections file is data, and a `javascript:` or `data:` link in it must never reach an `href`.
 */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
