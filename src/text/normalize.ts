/**
 * Character-level normalisation shared by the index and the question path.
 * Every function here is pure and total: any string in, a string out.
 */

// Zero-width marks, bidi controls, BOM and C0/C1 controls other than whitespace.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// Lone surrogates cannot be encoded as UTF-8; replace them rather than let them reach SQLite.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes invisible and unencodable characters; keeps everything a reader can see. */
export function stripInvisible(text: string): string {
  return text.replace(LONE_SURROGATE, ' ').replace(INVISIBLE, '');
}

/**
 * Folds text for matching: NFKC, lower case, diacritics removed, quotes and dashes unified.
 * Example: `Ḳursk — “Korut”` becomes `kursk - "korut"`.
 */
export function foldText(text: string): string {
  // Plain ASCII (most of a corpus) needs no Unicode normalisation: same result, far cheaper.
  if (/^[\x20-\x7E\t\n\r]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ');
  return stripInvisible(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ');
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of a text as printed ("Jong-Un", "Kim's"), each with its offset (`index`). */
export function printedWords(text: string): RegExpExecArray[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
}
