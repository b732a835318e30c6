/**
 * Who did what to whom. In a claim and in the reports, a sending ("Korea Utara mengirim ...
 * ke Rusia", "North Korea sent ... to Russia"), an attack ("Rusia menyerang Ukraina"), a win
 * ("Bayern menang 4-1 atas Freiburg", "Kashyap beat Ginting"), a giving ("Fahmi memberikan
 * uang kepada Eko", "North Korea provided Russia with ...") or a purchase ("City membeli
 * Ederson dari Benfica") is read as a pair of named actors in order. Passive and converse
 * wordings ("kalah dari", "menerima ... dari", "received ... from", "diserang oleh") are read
 * the other way round. When the claim has the actors the other way round from every report,
 * the reply says which way the outlets put it.
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
  'kirim|kirimkan|mengirim|mengirimkan|mengirimi|ngirim|ngirimin|pengiriman|kerahkan|mengerahkan|pengerahan|memasok|pasok|menerjunkan|sent|send|sends|sending|deployed|deploy|deploys|deploying|dispatched|dispatch|supplied|supplies|supply|shipped|ships';
const ATTACK_VERBS =
  'serang|menyerang|menyerbu|serbu|invasi|menginvasi|membom|mengebom|menggempur|gempur|attacked|attack|attacks|invaded|invade|invades|bombed|bombs|struck|strikes';
const DEFEAT_VERBS =
  'mengalahkan|kalahkan|menaklukkan|taklukkan|menundukkan|tundukkan|membungkam|bungkam|menekuk|tekuk|menghajar|hajar|menumbangkan|tumbangkan|menggulung|gulung|mempecundangi|beat|beats|beaten|defeated|defeat|defeats|thrashed|crushed|edged|overcame|menang|kemenangan|won|win|wins|victory';
const GIVE_VERBS =
  'memberi|memberikan|beri|berikan|diberikan|menyerahkan|serahkan|menyuap|suap|nyuap|ngasih|kasih|menyumbang|menyumbangkan|mentransfer|gave|give|gives|given|provided|provide|provides|providing|bribed|bribe|handed|donated|transferred';
const BUY_VERBS = 'membeli|beli|dibeli|memboyong|boyong|mendatangkan|datangkan|merekrut|rekrut|mengontrak|bought|buy|buys|signed|sign|signs|acquired|acquire|recruited';
/** Converse wordings: the second actor did it to the first ("kalah dari", "menerima ... dari"). */
const LOSE_VERBS = 'kalah|takluk|tumbang|lost|lose|loses|beaten|defeated';
const RECEIVE_VERBS = 'menerima|terima|diterima|mendapat|mendapatkan|memperoleh|received|receive|receives|got|obtained|accepted';
/** Words that introduce the receiver of a sending or the target of an attack. */
const TOWARDS = 'ke|kepada|untuk|bagi|to|into|for|terhadap|atas|against|on|over';
/** Words that introduce the one something came from ("dari Benfica", "from Russia", "oleh"). */
const FROMWARDS = 'dari|oleh|from|by|to';

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
  // A possessive belongs to its name ("Russia's" is Russia).
  return (text.match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;:()]/gu) ?? [])
    .map((w) => w.replace(/['’]s$/u, ''))
    .map((w) => ({ text: foldText(w), raw: w, capitalised: /^\p{Lu}/u.test(w) }));
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

interface RelationRule {
  relation: Relation;
  verbs: RegExp;
  /** The word before the second actor. */
  marker: RegExp;
  /** The second actor may follow the verb directly ("Russia attacked Ukraine", "beat Ginting"). */
  direct: boolean;
  /** The second actor did it to the first. */
  converse: boolean;
}
const words = (list: string) => new RegExp(`^(?:${list})$`);
const TOWARD = words(TOWARDS);
const FROM = words(FROMWARDS);
const RULES: readonly RelationRule[] = [
  { relation: 'sends', verbs: words(SEND_VERBS), marker: TOWARD, direct: false, converse: false },
  { relation: 'attacks', verbs: words(ATTACK_VERBS), marker: TOWARD, direct: true, converse: false },
  { relation: 'defeats', verbs: words(DEFEAT_VERBS), marker: TOWARD, direct: true, converse: false },
  { relation: 'defeats', verbs: words(LOSE_VERBS), marker: FROM, direct: false, converse: true },
  { relation: 'gives', verbs: words(GIVE_VERBS), marker: TOWARD, direct: true, converse: false },
  { relation: 'gives', verbs: words(RECEIVE_VERBS), marker: FROM, direct: false, converse: true },
  { relation: 'buys', verbs: words(BUY_VERBS), marker: FROM, direct: false, converse: false },
];
/** How far (in words) from the verb the actors may be. */
const REACH_BEFORE = 6;
const REACH_AFTER = 8;

/** Every (relation, from, to) a text states. */
export function actorPairs(text: string): ActorPair[] {
  const tokens = wordsOf(text);
  const actors = actorsIn(tokens);
  const out: ActorPair[] = [];
  tokens.forEach((w, v) => {
    const rule = RULES.find((r) => r.verbs.test(w.text));
    if (!rule) return;
    const before = actors.filter((a) => a.end <= v && v - a.end < REACH_BEFORE && !tokens.slice(a.end, v).some((x) => /^[;:()]$/.test(x.text)));
    const first = before[before.length - 1];
    if (!first) return;
    const after = actors.filter((a) => a.start > v && a.start - v <= REACH_AFTER && !tokens.slice(v + 1, a.start).some((x) => /^[,;:()]$/.test(x.text)));
    // The second actor: right after the verb ("attacked Ukraine", "provided Russia with ..."),
    // or a name after its marker ("ke", "atas", "dari").
    const second = (rule.direct ? after.find((a) => a.start === v + 1) : undefined) ?? after.find((a) => a.start > 0 && rule.marker.test(tokens[a.start - 1]!.text));
    if (!second || sameActor(second.key, first.key)) return;
    const [from, to] = rule.converse ? [second, first] : [first, second];
    out.push({ relation: rule.relation, from: from.key, to: to.key, fromText: from.surface, toText: to.surface });
  });
  return out;
}

/**
 * Two names of one actor: equal, or one a part of the other as outlets shorten names
 * ("Bayern" and "Bayern Muenchen", "Eko" and "Eko Susilo Hadi", "Man City" and "City").
 */
export function sameActor(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longWords = long.split(' ');
  return short.split(' ').some((w) => w.length > 2 && !ACTOR_GENERIC.has(w) && longWords.includes(w));
}

/** Words of names too common to identify an actor by themselves. */
const ACTOR_GENERIC = new Set(['united', 'city', 'real', 'fc', 'sc', 'the', 'korea', 'republik', 'pt', 'partai']);

/** Title case for a canonical name ("korea utara" -> "Korea Utara"). */
export const displayName = (key: string) => key.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/**
 * The claim's actors against the reports' (best ranked first): same way round, swapped, or
 * undefined when no report says.
 */
export function compareActors(statement: string, sentences: readonly ReportSentence[]): ClaimActors | undefined {
  const claimed = actorPairs(statement)[0];
  if (!claimed) return undefined;
  const same: { s: ReportSentence; p: ActorPair }[] = [];
  const swapped: { s: ReportSentence; p: ActorPair }[] = [];
  for (const s of sentences) {
    for (const p of actorPairs(s.text)) {
      if (p.relation !== claimed.relation) continue;
      if (sameActor(p.from, claimed.from) && sameActor(p.to, claimed.to)) same.push({ s, p });
      else if (sameActor(p.from, claimed.to) && sameActor(p.to, claimed.from)) swapped.push({ s, p });
    }
  }
  // The best-ranked report that names the two decides which way round the outlets put it
  // ("memberikan kontribusi bagi Rusia" further down does not outvote "menerima bantuan teknis
  // dari Rusia" for a claim about technical help); the reports that agree with it are quoted.
  const firstOf = (list: readonly { s: ReportSentence }[]) => (list.length > 0 ? sentences.indexOf(list[0]!.s) : Infinity);
  if (same.length === 0 && swapped.length === 0) return undefined;
  const isSame = firstOf(same) <= firstOf(swapped);
  const found = isSame ? same : swapped;
  const outlets = [...new Set(found.map((x) => x.s.outlet))];
  const quotes: ClaimQuote[] = [];
  for (const { s } of found) if (!quotes.some((q) => q.sentenceId === s.id)) quotes.push(claimQuote(s));
  // Names as the claim wrote them (its language, its spelling); the reports name the same two.
  const name = (key: string) => (key === claimed.from ? claimed.fromText : key === claimed.to ? claimed.toText : displayName(key));
  const pair = found[0]!.p;
  return {
    relation: claimed.relation,
    claimed: { from: claimed.fromText, to: claimed.toText },
    status: isSame ? 'same' : 'swapped',
    reported: [{ from: name(pair.from), to: name(pair.to), outlets, quotes }],
  };
}
