/**
 * Who did what to whom. In a claim and in the reports, a sending ("Korea Utara mengirim ...
 * ke Rusia", "North Korea sent ... to Russia") or an attack ("Rusia menyerang Ukraina",
 * "Russia attacked Ukraine") is read as a pair of named actors in order; when the claim has
 * them the other way round from every report, the reply says which way the outlets put it.
 */
import type { ClaimActors, ClaimQuote } from '../search/answer-types.js';
import { canonicalize, tokenize } from '../text/analyzer.js';
import { CANONICAL_PHRASES } from '../text/glossary.js';
import { translateEnglish } from '../text/lexicon.js';
import { foldText } from '../text/normalize.js';
import { claimQuote, type ReportSentence } from './sentences.js';

export type Relation = ClaimActors['relation'];

export interface ActorPair {
  relation: Relation;
  /** Canonical names ("korea utara"). */
  from: string;
  to: string;
  /** The names as the text writes them ("North Korea", "Korut"). */
  fromText: string;
  toText: string;
}

const SEND_VERBS =
  'kirim|kirimkan|mengirim|mengirimkan|mengirimi|pengiriman|kerahkan|mengerahkan|pengerahan|memasok|pasok|menerjunkan|sent|send|sends|sending|deployed|deploy|deploys|deploying|dispatched|dispatch|supplied|supplies|supply|shipped|ships';
const ATTACK_VERBS =
  'serang|menyerang|menyerbu|serbu|invasi|menginvasi|membom|mengebom|menggempur|gempur|attacked|attack|attacks|invaded|invade|invades|bombed|bombs|struck|strikes';
/** Words that introduce the receiver of a sending or the target of an attack. */
const TOWARDS = 'ke|kepada|untuk|bagi|to|into|for|terhadap|atas|against|on';

/** Known names, folded, mapped to their canonical form (Korut -> korea utara). */
const KNOWN = new Set([
  ...Object.values(CANONICAL_PHRASES),
  // Countries, alliances and groups in the news, as Indonesian outlets write them.
  ...'rusia ukraina amerika serikat as china tiongkok cina jepang israel iran irak palestina indonesia korea selatan korea utara suriah turki inggris prancis jerman india pakistan nato pbb hamas hizbullah gaza lebanon yaman houthi taiwan filipina malaysia singapura australia myanmar thailand vietnam arab saudi mesir afganistan taliban isis polri tni kpk'.split(' '),
]);
const MAX_NAME = 3;

/** The canonical actor a run of words names, or undefined. */
function actorKey(words: readonly string[], capitalised: boolean): string | undefined {
  const phrase = words.join(' ');
  const canonical = canonicalize(tokenize(phrase)).map((t) => t.text).join(' ');
  if (KNOWN.has(canonical) && canonical !== 'drone') return canonical;
  const english = translateEnglish(phrase).find((t) => t.source === 'glossary')?.text;
  if (english && KNOWN.has(english)) return english;
  if (english && capitalised) return english;
  return capitalised ? canonical : undefined;
}

interface Word {
  text: string;
  raw: string;
  capitalised: boolean;
}

function wordsOf(text: string): Word[] {
  return (text.match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}][\p{L}\p{N}'-]*|[,;:()]/gu) ?? []).map((w) => ({ text: foldText(w), raw: w, capitalised: /^\p{Lu}/u.test(w) }));
}

/** Actors in a word list, longest name first: [start, end, key]. */
function actorsIn(words: readonly Word[]): { start: number; end: number; key: string; surface: string }[] {
  const out: { start: number; end: number; key: string; surface: string }[] = [];
  for (let i = 0; i < words.length; ) {
    let found = 0;
    for (let n = Math.min(MAX_NAME, words.length - i); n >= 1 && found === 0; n--) {
      const slice = words.slice(i, i + n);
      if (slice.some((w) => /^[,;:()]$/.test(w.text))) continue;
      // A capitalised run counts as a name only when all its words are capitalised (sentence starts aside).
      const capitalised = slice.every((w) => w.capitalised);
      const key = actorKey(slice.map((w) => w.text), capitalised && n > 1 ? true : capitalised && !COMMON_CAPITALISED.has(slice[0]!.text));
      if (key) {
        out.push({ start: i, end: i + n, key, surface: slice.map((w) => w.raw).join(' ') });
        found = n;
      }
    }
    i += found || 1;
  }
  return out;
}

/** Capitalised words that are not actors (titles, months, days). */
const COMMON_CAPITALISED = new Set(
  'presiden pemimpin menteri juru kementerian militer pasukan tentara komisi kantor badan the a in on senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

const SEND = new RegExp(`^(?:${SEND_VERBS})$`);
const ATTACK = new RegExp(`^(?:${ATTACK_VERBS})$`);
const TOWARD = new RegExp(`^(?:${TOWARDS})$`);
/** How far (in words) from the verb the actors may be. */
const REACH_BEFORE = 6;
const REACH_AFTER = 8;

/** Every (relation, from, to) a text states. */
export function actorPairs(text: string): ActorPair[] {
  const words = wordsOf(text);
  const actors = actorsIn(words);
  const out: ActorPair[] = [];
  words.forEach((w, v) => {
    const relation: Relation | undefined = SEND.test(w.text) ? 'sends' : ATTACK.test(w.text) ? 'attacks' : undefined;
    if (!relation) return;
    const before = actors.filter((a) => a.end <= v && v - a.end < REACH_BEFORE && !words.slice(a.end, v).some((x) => /^[;:()]$/.test(x.text)));
    const from = before[before.length - 1];
    if (!from) return;
    const after = actors.filter((a) => a.start > v && a.start - v <= REACH_AFTER && !words.slice(v + 1, a.start).some((x) => /^[,;:()]$/.test(x.text)));
    // The receiver or target: a name after "ke / to / against", or, for an attack, right after the verb.
    const to = after.find((a) => a.start > 0 && TOWARD.test(words[a.start - 1]!.text)) ?? (relation === 'attacks' ? after.find((a) => a.start === v + 1) : undefined);
    if (!to || to.key === from.key) return;
    out.push({ relation, from: from.key, to: to.key, fromText: from.surface, toText: to.surface });
  });
  return out;
}

/** Title case for a canonical name ("korea utara" -> "Korea Utara"). */
export const displayName = (key: string) => key.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/** The claim's actors against the reports': same way round, swapped, or undefined when no report says. */
export function compareActors(statement: string, sentences: readonly ReportSentence[]): ClaimActors | undefined {
  const claimed = actorPairs(statement)[0];
  if (!claimed) return undefined;
  const same: { s: ReportSentence; p: ActorPair }[] = [];
  const swapped: { s: ReportSentence; p: ActorPair }[] = [];
  for (const s of sentences) {
    for (const p of actorPairs(s.text)) {
      if (p.relation !== claimed.relation) continue;
      if (p.from === claimed.from && p.to === claimed.to) same.push({ s, p });
      else if (p.from === claimed.to && p.to === claimed.from) swapped.push({ s, p });
    }
  }
  const found = same.length > 0 ? same : swapped;
  if (found.length === 0) return undefined;
  const outlets = [...new Set(found.map((x) => x.s.outlet))];
  const quotes: ClaimQuote[] = [];
  for (const { s } of found) if (!quotes.some((q) => q.sentenceId === s.id)) quotes.push(claimQuote(s));
  // Names as the claim wrote them (its language, its spelling); the reports name the same two.
  const name = (key: string) => (key === claimed.from ? claimed.fromText : key === claimed.to ? claimed.toText : displayName(key));
  const pair = found[0]!.p;
  return {
    relation: claimed.relation,
    claimed: { from: claimed.fromText, to: claimed.toText },
    status: same.length > 0 ? 'same' : 'swapped',
    reported: [{ from: name(pair.from), to: name(pair.to), outlets, quotes }],
  };
}
