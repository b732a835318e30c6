/**
 * Sentence segmentation with wink-nlp, mapped back to offsets in the original text so that
 * `original.slice(start, end)` is exactly the sentence. wink-nlp finds the boundaries; a few
 * repairs handle what an English model does not know about Indonesian news copy.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Span {
  start: number;
  end: number;
}

// Sentence boundary detection only: no POS or NER pipes, which ingest does not need. Built on
// first use: a serving process that never ingests does not pay for it.
let nlp: ReturnType<typeof winkNLP> | undefined;

const OPENING_QUOTES = /["\u201C\u201E]/g;
const CLOSING_QUOTES = /["\u201D]/g;

/** True when a sentence leaves a quotation open (an odd number of straight quotes, or more “ than ”). */
function leavesQuoteOpen(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const open = (s.match(OPENING_QUOTES) ?? []).length - straight;
  const close = (s.match(CLOSING_QUOTES) ?? []).length - straight;
  return open > close;
}

/**
 * True when wink-nlp split where no sentence ends: inside a domain or abbreviation
 * ("Pahami." + "id", "U.S." + "ini"), or before a fragment that starts in lower case or digits.
 */
function isFalseBoundary(prev: string, next: string): boolean {
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
  if (/^[)\]"\u201D\u2019',;:]/u.test(next)) return true;
  if (/(?:^|[\s(])(?:\p{Lu}\.){1,3}$/u.test(prev)) return true; // initials, "U.S."
  if (/(?:^|\s)(?:No|Dr|Prof|Jl|Kol|Letjen|Mayjen|Brigjen|Jend|Sdr|Bpk|Ny|St|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Rp|Vol|hlm|dll|dsb|tsb|a\.n|u\.p)\.$/u.test(prev)) return true;
  return false;
}

/** Splits `text.slice(start, end)` into sentence spans (absolute offsets into `text`). */
export function segmentSentences(text: string, start: number, end: number): Span[] {
  const passage = text.slice(start, end);
  const raw: Span[] = [];
  let cursor = 0;
  nlp ??= winkNLP(model, ['sbd']);
  nlp
    .readDoc(passage)
    .sentences()
    .each((s: ItemSentence) => {
      const out = s.out();
      let at = passage.indexOf(out, cursor);
      if (at < 0) {
        // wink-nlp normally reproduces the text exactly; if it ever does not, fall back to
        // the first non-space character after the previous sentence.
        at = cursor + (passage.slice(cursor).length - passage.slice(cursor).trimStart().length);
        const nextStart = at + out.length;
        raw.push({ start: at, end: Math.min(nextStart, passage.length) });
        cursor = Math.min(nextStart, passage.length);
        return;
      }
      raw.push({ start: at, end: at + out.length });
      cursor = at + out.length;
    });
  if (raw.length === 0) raw.push({ start: 0, end: passage.length });
  // The last sentence runs to the end of the passage (nothing may be lost between them).
  raw[raw.length - 1]!.end = Math.max(raw[raw.length - 1]!.end, passage.trimEnd().length);

  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = passage.slice(prev.start, prev.end);
      const nextText = passage.slice(span.start, span.end);
      const tooShort = nextText.trim().length <= 2;
      if (tooShort || isFalseBoundary(prevText, nextText) || (leavesQuoteOpen(prevText) && prevText.length < 600)) {
        prev.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  return merged
    .map((s) => trimSpan(passage, s))
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start + start, end: s.end + start }));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s\u00A0]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00A0]/.test(text[end - 1]!)) end--;
  return { start, end };
}
