/**
 * Is a text a claim to check? A claim is a statement ("Rusia kirim 20 ribu tentara ke Korea
 * Utara"), with or without the words people wrap it in: "benarkah", "apa benar", "katanya",
 * "kabarnya", "hoaks?", "is it true that", "fact check:". A yes/no question that states a
 * figure or a date ("Did North Korea send 20,000 troops?") is one too. Questions asking for
 * something (who, how many, when ...) are not claims; neither is a bare topic ("Kursk").
 */
import { foldText } from '../text/normalize.js';

export interface DetectedClaim {
  /** The statement, without the wrapping words. */
  statement: string;
  /** The wrapping word found ("benarkah", "is it true that"), if any. */
  marker?: string;
}

/** Words before a claim that ask whether it is true, or say it is hearsay. */
const LEADING_MARKERS =
  /^(?:(?:cek\s+fakta|fact\s*check|hoaks|hoax|claim|klaim|kabar|info|berita)\s*[:!?-]+\s*|benarkah\s+(?:bahwa\s+)?|betulkah\s+(?:bahwa\s+)?|apa(?:kah)?\s+(?:benar|betul|bener)\s+(?:bahwa\s+|kalau\s+|kalo\s+)?|bener(?:an)?\s+(?:gak|ga|nggak|enggak)\s+(?:sih\s+)?(?:kalau\s+|kalo\s+)?|katanya\s+|kabarnya\s+|konon(?:nya)?\s+|beredar\s+(?:kabar|info|berita|klaim)\s+(?:bahwa\s+)?|ada\s+(?:yang\s+bilang|kabar)\s+(?:bahwa\s+)?|viral\s*[:,-]?\s*|is\s+it\s+true\s+(?:that\s+)?|is\s+this\s+true\s*[:,-]?\s*|true\s+or\s+false\s*[:,-]?\s*|did\s+you\s+know\s+(?:that\s+)?|(?:i\s+)?(?:heard|read)\s+(?:that\s+)?|they\s+say\s+(?:that\s+)?|reportedly\s+|rumou?r\s+has\s+it\s+(?:that\s+)?|people\s+say\s+(?:that\s+)?)/i;
/** Words after a claim that ask whether it is true. */
const TRAILING_MARKERS =
  /(?:^|[\s,.;:!-]+)(?<![A-Za-z0-9])(?:\(?\s*(?:hoaks|hoax|fakta|fact|benar|bener|betul|true|real|fake|palsu)(?:\s+(?:atau|or|apa|ga|gak|nggak|enggak|tidak|not)\s+(?:hoaks|hoax|fakta|fact|benar|bener|betul|true|real|fake|palsu|bukan|nggak|gak))?\s*\)?\s*[?!.]*|(?:ya|kan|katanya|benarkah|betulkah|apa\s+bener|right|true)\s*[?!.]*|,?\s*(?:is\s+(?:it|that|this)\s+true|apa\s+benar|(?:benar|bener|betul)\s+(?:gak|ga|nggak|enggak|tidak)(?:\s+sih)?)\s*[?!.]*)$/i;
/** Question words: a text with one asks for something rather than stating it. */
const QUESTION_WORDS =
  /(?:^|\s)(?:apa|apakah|siapa|siapakah|berapa|brp|kapan|kpn|mengapa|kenapa|knp|bagaimana|gimana|di\s*mana|dimana|ke\s*mana|kemana|dari\s+mana|mana|what|who|whom|whose|when|where|why|how|which)(?=\s|$|[?,])/;
/** Requests ("jelaskan ...", "tell me about ..."): they ask for reports, they claim nothing. */
const REQUESTS = /^(?:tolong|mohon|coba|jelaskan|ceritakan|sebutkan|carikan|cari|tampilkan|berikan|kasih\s+tahu|info(?:kan)?\s+(?:tentang|soal|mengenai)|berita\s+(?:tentang|soal|mengenai)|tell\s+me|explain|show\s+me|find|list|give\s+me|search|news\s+(?:about|on)|what\s+about|summari[sz]e)\b/;

/** Yes/no question openers: such a question is a claim when it states a figure or a date. */
const YES_NO = /^(?:apakah|apa\s+benar|did|does|do|is|are|was|were|has|have|had|will)\s/;
const CHECKABLE_DETAIL = /\d|\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|october|december|ribu|juta|thousand|million)\b/;
/** A statement needs this many words to say something checkable. */
const MIN_WORDS = 3;

/** Longest claim read, in characters: the engine analyses no more of a question either (MAX_QUESTION_CHARS). */
export const MAX_CLAIM_CHARS = 500;

/** The claim in a text, or undefined when the text asks a question (or names a topic only). */
export function detectClaim(raw: string): DetectedClaim | undefined {
  if (typeof raw !== 'string') return undefined;
  const input = raw.slice(0, MAX_CLAIM_CHARS * 2);
  let text = input
    .replace(/^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,64})?(?:\s+|$)/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_CLAIM_CHARS)
    .replace(/^["“”'‘’«]+|["“”'‘’»]+$/g, '')
    .trim();
  let marker: string | undefined;
  for (let i = 0; i < 3; i++) {
    const lead = LEADING_MARKERS.exec(text);
    if (lead && lead[0].length < text.length) {
      marker ??= lead[0].replace(/[\s:!?,-]+$/, '').trim();
      text = text.slice(lead[0].length).trim();
      continue;
    }
    const trail = TRAILING_MARKERS.exec(text);
    if (trail && trail[0].trim() && trail.index > 0 && /[\p{L}\p{N}]/u.test(trail[0])) {
      marker ??= trail[0].replace(/^[\s,.;:!-]+|[\s?!.()]+$/g, '').trim();
      text = text.slice(0, trail.index).trim();
      continue;
    }
    break;
  }
  const statement = text.replace(/[?!.\s]+$/, '').trim();
  const folded = foldText(statement);
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  // Names alone ("Kim Jong Un", "Korea Utara Rusia") state nothing.
  if (!/(?:^|\s)[\p{Ll}\p{N}]/u.test(statement.replace(/^\S+/, ''))) return undefined;
  if (REQUESTS.test(folded)) return undefined;
  const asks = QUESTION_WORDS.test(` ${folded}`);
  const yesNo = YES_NO.test(folded);
  if (yesNo) {
    if (!CHECKABLE_DETAIL.test(folded) && !marker) return undefined;
    return { statement: statement.replace(/^\S+\s+/, ''), ...(marker ? { marker } : { marker: statement.split(/\s/)[0]! }) };
  }
  if (asks && !marker) return undefined;
  // "Benarkah siapa ..." is rare; a marker with a question word is still a claim only without "?".
  if (asks && /\?\s*$/.test(input)) return undefined;
  return marker ? { statement, marker } : { statement };
}
