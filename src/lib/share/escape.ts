/**
 * Article text is data: every string from the dataset passes through one of these before it is
 * placed in HTML, XML or Markdown, so a headline can never become markup or a link.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in HTML/XML text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// Line breaks and other control characters become spaces: in Markdown a line break inside data
// could start a heading, a list or a code block.
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
// Inline markup: code, emphasis, links, autolinks/HTML, entities, GFM strikethrough and tables.
const INLINE = /[\\`*_[\]<>&~|#]/g;
// Block markup can only start a line; data never starts a line in our output except right after a
// list marker, where `- x`, `+ x`, `1. x` or `1) x` would open a nested list.
const LEADING_BLOCK = /^(\s*)([-+=]|\d+(?=[.)]))/;

/** One line of Markdown text that renders as exactly these characters. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(BREAKS, ' ')
      // Trimmed: `**title **` would not close the bold.
      .trim()
      .replace(INLINE, (c) => `\\${c}`)
      .replace(LEADING_BLOCK, (_, space: string, mark: string) =>
        /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
      )
  );
}

/**
 * A URL for a Markdown link destination or an HTML attribute, or null when it is not a web link:
 * a `javascript:` permalink would be a bug upstream, and we refuse to write it.
 */
export function safeLinkUrl(url: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  // Percent-encode what would end or break a destination: spaces, angle brackets, parentheses.
  return url
    .trim()
    .replace(
      /[\s<>()\\"'`]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}
