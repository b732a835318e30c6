/**
 * The one text cutter: shortens text to a length in UTF-16 code units (what Telegram and
 * JavaScript count) without splitting a surrogate pair, preferring a word boundary near the end.
 * Questions, reply quotes, inline descriptions and quotes in messages are all cut with it.
 */

export interface CutOptions {
  /**
   * Cut at the last space when it lies beyond this fraction of `max` (0.7: within the last 30%);
   * `false` cuts exactly at `max`. Default 0.7.
   */
  wordBoundaryAfter?: number | false;
  /** Drop trailing whitespace of the kept part (default true). */
  trimEnd?: boolean;
}

/**
 * The longest prefix of `text` of at most `max` UTF-16 units that does not end inside a
 * surrogate pair, cut at a word boundary when one is near. `text` itself when it fits. The
 * result is always a prefix (so an exact substring) of `text`.
 */
export function cutPrefix(text: string, max: number, options: CutOptions = {}): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const after = options.wordBoundaryAfter ?? 0.7;
  if (after !== false) {
    const space = text.lastIndexOf(' ', end);
    if (space > max * after) end = space;
  }
  const kept = text.slice(0, end);
  return options.trimEnd === false ? kept : kept.trimEnd();
}

/** Cuts plain text to at most `max` UTF-16 units including an ellipsis ("…") when it is cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  return `${cutPrefix(text, max - 1)}…`;
}
