/**
 * Indonesian stemmer: the Nazief–Adriani algorithm with the Confix Stripping (CS), Enhanced
 * Confix Stripping (ECS) and Modified ECS (CC) extensions, in the shape the Sastrawi stemmer
 * gave them, checked against a root-word dictionary built from openly licensed lexicons
 * (`data/id-roots.txt`, see `data/NOTICE-id-roots.md` and `scripts/build-id-roots.mjs`).
 *
 * A dictionary-assisted stemmer only strips an affix when what is left is a known root. Our
 * dictionary is smaller than Sastrawi's (whose word list is non-commercial and not used here), so
 * when the dictionary finds no root a conservative rule-only pass still removes the affixes that
 * are unambiguous (di-, meng-k-, -kan, -nya ...), so that `mengonfirmasi`, `dikonfirmasi` and
 * `konfirmasi` conflate even though `konfirmasi` is not in the list.
 */
import { readFileSync } from 'node:fs';
import { INDONESIAN_STOP_WORDS } from './stopwords.js';

/** Anything that can answer "is this a root word?". */
export interface RootLookup {
  has(word: string): boolean;
}

export interface IndonesianStemmer {
  /** Stem one lower-cased token; tokens that are not Indonesian-looking come back unchanged. */
  stem(word: string): string;
  /** Is the token a root word of the dictionary? */
  isRoot(word: string): boolean;
}

export interface StemmerOptions {
  /** Strip unambiguous affixes when the dictionary finds no root (default true). */
  guessUnknownRoots?: boolean;
  /** Memoise up to this many distinct tokens (default 100,000; 0 turns the cache off). */
  cacheSize?: number;
  /**
   * Roots that are function words ("maka", "bagi"): an affixed word that strips to one is
   * read again without them, and a longer root found that way wins ("memakai" is me-pakai,
   * not me-maka-i; "sebagian" is se-bagian). When none is found the function word stays
   * ("membuat" is buat).
   */
  functionRoots?: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Prefix rules. Each rule looks at the start of a word and proposes what is left after the
// prefix, in order of preference; `null` means the rule does not apply. Numbers follow the
// Nazief–Adriani / CS / ECS literature as Sastrawi numbers them.

const VOWEL = 'aiueo';
const CONSONANT = 'bcdfghjklmnpqrstvwxyz';

const isVowel = (c: string | undefined): boolean => c !== undefined && c.length === 1 && VOWEL.includes(c);
const isConsonant = (c: string | undefined): boolean =>
  c !== undefined && c.length === 1 && CONSONANT.includes(c);

type Candidates = readonly (string | null)[] | null;

interface PrefixRule {
  /** The rule's number in the literature ('plain' for di-/ke-/se-, 'dwipurwa' for ours). */
  name: string;
  /** Proposals, in order; a proposal that is a root wins, else the last one is taken. */
  apply(word: string): Candidates;
  /** Only take a proposal that is a root (our additions, which have no rule-only reading). */
  rootOnly: boolean;
  /** A true prefix (not an infix, clitic or reduplication): used to induce roots at build time. */
  derivational: boolean;
}

const rule = (name: string, apply: (w: string) => Candidates, rootOnly = false, derivational = true): PrefixRule => ({
  name,
  apply,
  rootOnly,
  derivational,
});

/** Plain prefixes di-, ke-, se-: always removed when present. */
function plainPrefix(w: string): Candidates {
  return /^(?:di|ke|se)/.test(w) ? [w.slice(2)] : null;
}

const PREFIX_RULES: readonly PrefixRule[] = [
  rule('plain', plainPrefix),
  // 1: berV -> ber-V | be-rV
  rule('1', (w) => (w.startsWith('ber') && isVowel(w[3]) ? [w.slice(3), w.slice(2)] : null)),
  // 2: berCAP -> ber-CAP where P != 'er'
  rule('2', (w) => (w.startsWith('ber') && isConsonant(w[3]) && w.length > 4 && !w.startsWith('er', 5) ? [w.slice(3)] : null)),
  // 3: berCAerV -> ber-CAerV where C != 'r'
  rule('3', (w) => {
    const m = /^ber([bcdfghjklmnpqstvwxyz][a-z]er[aiueo].*)$/.exec(w);
    return m ? [m[1]!] : null;
  }),
  // 4: belajar -> bel-ajar
  rule('4', (w) => (w.startsWith('belajar') ? [w.slice(3)] : null)),
  // 5: beC1erC2 -> be-C1erC2 where C1 != 'r'
  rule('5', (w) => {
    const m = /^be([bcdfghjklmnpqstvwxyz]er[bcdfghjklmnpqrstvwxyz].*)$/.exec(w);
    return m ? [m[1]!] : null;
  }),
  // 6: terV -> ter-V | te-rV
  rule('6', (w) => (w.startsWith('ter') && isVowel(w[3]) ? [w.slice(3), w.slice(2)] : null)),
  // 7: terCerV -> ter-CerV where C != 'r'
  rule('7', (w) => {
    const m = /^ter([bcdfghjklmnpqstvwxyz]er[aiueo].*)$/.exec(w);
    return m ? [m[1]!] : null;
  }),
  // 8: terCP -> ter-CP where C != 'r' and P != 'er'
  rule('8', (w) => (w.startsWith('ter') && isConsonant(w[3]) && w[3] !== 'r' && !w.startsWith('er', 4) ? [w.slice(3)] : null)),
  // 9: teC1erC2 -> te-C1erC2 where C1 != 'r'
  rule('9', (w) => {
    const m = /^te([bcdfghjklmnpqstvwxyz]er[bcdfghjklmnpqrstvwxyz].*)$/.exec(w);
    return m ? [m[1]!] : null;
  }),
  // 10: me{l|r|w|y}V -> me-{l|r|w|y}V
  rule('10', (w) => (/^me[lrwy][aiueo]/.test(w) ? [w.slice(2)] : null)),
  // 11: mem{b|f|v} -> mem-{b|f|v}
  rule('11', (w) => (/^mem[bfv]/.test(w) ? [w.slice(3)] : null)),
  // 12 (CS): mempe -> mem-pe (mempengaruhi, memperbarui)
  rule('12', (w) => (w.startsWith('mempe') ? [w.slice(3)] : null)),
  // 13: mem{rV|V} -> me-m{rV|V} | me-p{rV|V}
  rule('13', (w) => (w.startsWith('mem') && isVowel(w[3]) ? [w.slice(2), 'p' + w.slice(3)] : null)),
  // 14 (ECS, Sastrawi): men{c|d|j|s|t|z} -> men-{c|d|j|s|t|z}
  rule('14', (w) => (/^men[cdjstz]/.test(w) ? [w.slice(3)] : null)),
  // 15: menV -> me-nV | me-tV
  rule('15', (w) => (w.startsWith('men') && isVowel(w[3]) ? [w.slice(2), 't' + w.slice(3)] : null)),
  // 16 (CS): meng{g|h|q|k} -> meng-{g|h|q|k} (mengkritik, and the non-standard mengkonfirmasi)
  rule('16', (w) => (/^meng[ghqk]/.test(w) ? [w.slice(4)] : null)),
  // 17: mengV -> meng-V | meng-kV | menge-C (monosyllables: mengebom) | me-ngV (menganga)
  rule('17', (w) =>
    w.startsWith('meng') && isVowel(w[4])
      ? [w.slice(4), 'k' + w.slice(4), w[4] === 'e' ? w.slice(5) : null, w.slice(2)]
      : null,
  ),
  // 18 (CC): menyV -> me-nyV | meny-sV
  rule('18', (w) => (w.startsWith('meny') && isVowel(w[4]) ? [w.slice(2), 's' + w.slice(4)] : null)),
  // 19 (ECS): mempA -> mem-pA where A != 'e'
  rule('19', (w) => (w.startsWith('memp') && w.length > 4 && w[4] !== 'e' ? [w.slice(3)] : null)),
  // 20: pe{w|y}V -> pe-{w|y}V
  rule('20', (w) => (/^pe[wy][aiueo]/.test(w) ? [w.slice(2)] : null)),
  // 21: perV -> per-V | pe-rV
  rule('21', (w) => (w.startsWith('per') && isVowel(w[3]) ? [w.slice(3), w.slice(2)] : null)),
  // 23: perCAP -> per-CAP where P != 'er'
  rule('23', (w) => (w.startsWith('per') && isConsonant(w[3]) && w.length > 4 && !w.startsWith('er', 5) ? [w.slice(3)] : null)),
  // 24: perCAerV -> per-CAerV where C != 'r'
  rule('24', (w) => {
    const m = /^per([bcdfghjklmnpqstvwxyz][a-z]er[aiueo].*)$/.exec(w);
    return m ? [m[1]!] : null;
  }),
  // 25: pem{b|f|v} -> pem-{b|f|v}
  rule('25', (w) => (/^pem[bfv]/.test(w) ? [w.slice(3)] : null)),
  // 26: pem{rV|V} -> pe-m{rV|V} | pe-p{rV|V}
  rule('26', (w) => (w.startsWith('pem') && isVowel(w[3]) ? [w.slice(2), 'p' + w.slice(3)] : null)),
  // 27 (Sastrawi): pen{c|d|j|s|t|z} -> pen-{c|d|j|s|t|z}
  rule('27', (w) => (/^pen[cdjstz]/.test(w) ? [w.slice(3)] : null)),
  // 28: penV -> pe-nV | pe-tV
  rule('28', (w) => (w.startsWith('pen') && isVowel(w[3]) ? [w.slice(2), 't' + w.slice(3)] : null)),
  // 29 (ECS): pengC -> peng-C
  rule('29', (w) => (w.startsWith('peng') && isConsonant(w[4]) ? [w.slice(4)] : null)),
  // 30: pengV -> peng-V | peng-kV | penge-C (pengebom)
  rule('30', (w) =>
    w.startsWith('peng') && isVowel(w[4])
      ? [w.slice(4), 'k' + w.slice(4), w[4] === 'e' ? w.slice(5) : null]
      : null,
  ),
  // 31 (CC): penyV -> pe-nyV | peny-sV
  rule('31', (w) => (w.startsWith('peny') && isVowel(w[4]) ? [w.slice(2), 's' + w.slice(4)] : null)),
  // 32: pelV -> pe-lV, except pelajar -> pel-ajar
  rule('32', (w) => (w.startsWith('pelajar') ? [w.slice(3)] : /^pel[aiueo]/.test(w) ? [w.slice(2)] : null)),
  // 34: peCP -> pe-CP where P != 'er'
  rule('34', (w) => (w.startsWith('pe') && isConsonant(w[2]) && !w.startsWith('er', 3) ? [w.slice(2)] : null)),
  // 35 (CS): terC1erC2 -> ter-C1erC2 where C1 != 'r'
  rule('35', (w) => (/^ter[bcdfghjkpqstvxz]er[bcdfghjklmnpqrstvwxyz]/.test(w) ? [w.slice(3)] : null)),
  // 36 (CS): peC1erC2 -> pe-C1erC2 where C1 != {r|w|y|l|m|n}
  rule('36', (w) => (/^pe[bcdfghjkpqstvxz]er[bcdfghjklmnpqrstvwxyz]/.test(w) ? [w.slice(2)] : null)),
  // 37-40 (CC infixes): CerV, CelV, CemV, CinV -> unchanged | CV (kinerja -> kerja)
  rule('37', (w) => infix(w, 'er'), false, false),
  rule('38', (w) => infix(w, 'el'), false, false),
  rule('39', (w) => infix(w, 'em'), false, false),
  rule('40', (w) => infix(w, 'in'), false, false),
  // 41, 42 (Sastrawi): ku-A, kau-A (kupukul, kauhajar)
  rule('41', (w) => (w.startsWith('ku') ? [w.slice(2)] : null), false, false),
  rule('42', (w) => (w.startsWith('kau') ? [w.slice(3)] : null), false, false),
  // Ours: dwipurwa, the reduplicated first syllable (tetamu, dedaunan, pepohonan): CeC... -> C...
  rule('dwipurwa', (w) => (w.length > 4 && isConsonant(w[0]) && w[1] === 'e' && w[2] === w[0] ? [w.slice(2)] : null), true, false),
];

/** A word that matches none of these cannot match any rule of PREFIX_RULES (a fast path). */
const MAY_HAVE_PREFIX =
  /^(?:di|ke|se|be|te|me|pe|ku|ka|[bcdfghjklmnpqrstvwxyz](?:er|el|em|in)[aiueo])|^([bcdfghjklmnpqrstvwxyz])e\1/;

function infix(w: string, inf: string): Candidates {
  return isConsonant(w[0]) && w.startsWith(inf, 1) && isVowel(w[3]) ? [w, w[0] + w.slice(3)] : null;
}

// ---------------------------------------------------------------------------------------------
// Suffixes.

const PARTICLES = ['lah', 'kah', 'tah', 'pun'] as const;
/**
 * The archaic particle -tah only follows question words (apatah, siapatah, manatah); read
 * elsewhere it would cut real roots (membantah -> ban, dibantah -> ban).
 */
const TAH_HOSTS = new Set(['apa', 'siapa', 'mana', 'bila', 'bagaimana', 'mengapa', 'kenapa', 'berapa', 'kapan']);
const POSSESSIVES = ['nya', 'ku', 'mu'] as const;
const DERIVATIONAL = ['kan', 'an', 'i'] as const;

/** Removes one of `suffixes` (and a hyphen before it: kuasa-mu, allah-lah) from the end. */
function stripSuffix(w: string, suffixes: readonly string[]): { result: string; removed: string } | null {
  for (const s of suffixes) {
    if (w.endsWith(s) && w.length > s.length) {
      let result = w.slice(0, -s.length);
      while (result.endsWith('-')) result = result.slice(0, -1);
      if (s === 'tah' && !TAH_HOSTS.has(result)) continue;
      return { result, removed: s };
    }
  }
  return null;
}

const SUFFIX_STEPS: readonly (readonly ['particle' | 'possessive' | 'derivational', readonly string[]])[] = [
  ['particle', PARTICLES],
  ['possessive', POSSESSIVES],
  ['derivational', DERIVATIONAL],
];

/** Prefixes that form verbs, and so cannot combine with the noun suffix -an. */
const VERBAL_PREFIX = /^(?:me|di|ter)/;

/** Nazief–Adriani with CS rule precedence: these confixes strip the prefix first. */
function prefixFirst(w: string): boolean {
  return (
    (w.startsWith('be') && (w.endsWith('lah') || w.endsWith('an'))) ||
    (w.endsWith('i') && (w.startsWith('me') || w.startsWith('di') || w.startsWith('pe') || w.startsWith('ter')))
  );
}

type RemovalKind = 'particle' | 'possessive' | 'derivational' | 'prefix';
interface Removal {
  kind: RemovalKind;
  /** The word before this removal. */
  subject: string;
  result: string;
  removed: string;
}

/** One run of the dictionary-assisted algorithm on one hyphen-free word. */
class StemContext {
  current: string;
  removals: Removal[] = [];

  constructor(
    readonly original: string,
    private readonly roots: RootLookup,
  ) {
    this.current = original;
  }

  private found(): boolean {
    return this.roots.has(this.current);
  }

  /** Returns the root, or null when the dictionary could not confirm one. */
  run(): string | null {
    if (this.found()) return this.current;
    if (this.original.length <= 3) return null;

    if (prefixFirst(this.original)) {
      // Confixes (be-an, me-i, di-i ...): prefixes first. Unlike Sastrawi we also look through
      // the suffix at each step, so that the shallowest root wins: menerangi is te-rang-i, not
      // me-te-rang-i; berimanlah is ber-iman-lah, not be-riman-lah.
      this.lookThroughSuffixes = true;
      const ok = this.removePrefixes();
      this.lookThroughSuffixes = false;
      if (ok) return this.current;
      if (this.removeSuffixes()) return this.current;
      this.current = this.original;
      this.removals = [];
    }
    if (this.removeSuffixes()) return this.current;
    if (this.removePrefixes()) return this.current;
    if (this.restoreSuffixesLoop()) return this.current;
    return null;
  }

  private lookThroughSuffixes = false;

  /**
   * True when `w` (a stem read as root-k + -an) is a root, or prefixes and a root: ke-…-kan and
   * se-…-kan are no Indonesian confixes (Nazief and Adriani's disallowed pairs), so
   * "kerusakan" is ke-rusak-an, never ke-rusa-kan.
   */
  private rootEndsInK(w: string): boolean {
    if (this.roots.has(w)) return true;
    // "kenakan" is kena-kan: a stem that is a root keeps its -kan.
    // ke-rusak, ke-ter-puruk: the prefixes come off a stem that ends in the root's k.
    return /^(?:ke|se)/.test(this.original) && !this.roots.has(w.slice(0, -1)) && new StemContext(w, this.roots).run() !== null;
  }

  private removeSuffixes(): boolean {
    for (const [kind, list] of SUFFIX_STEPS) {
      const r = stripSuffix(this.current, list);
      // Outside me-/di-/ter- a final -kan is more often root-k + -an (desakan, gerakan, bisikan):
      // take that reading when its root exists.
      if (r && r.removed === 'kan' && !VERBAL_PREFIX.test(this.original) && this.rootEndsInK(r.result + 'k')) {
        r.result += 'k';
        r.removed = 'an';
      }
      if (r) {
        this.removals.push({ kind, subject: this.current, result: r.result, removed: r.removed });
        this.current = r.result;
      }
      if (this.found()) return true;
    }
    return false;
  }

  /** The root left when the suffixes of `w` are removed, if any. */
  private rootUnderSuffixes(w: string): string | null {
    let cur = w;
    for (const [, list] of SUFFIX_STEPS) {
      const r = stripSuffix(cur, list);
      if (r) cur = r.result;
      if (this.roots.has(cur)) return cur;
    }
    return null;
  }

  private accepts(w: string): boolean {
    return this.roots.has(w) || (this.lookThroughSuffixes && this.rootUnderSuffixes(w) !== null);
  }

  /** Up to three layers of prefix (ke-ber-untung-an, mem-per-daya-kan). */
  private removePrefixes(): boolean {
    for (let i = 0; i < 3; i++) {
      const before = this.current;
      if (this.removeOnePrefix()) return true;
      // Nothing applied: another pass over the same word would not either.
      if (this.current === before) return false;
    }
    return false;
  }

  /** Applies the first rule that removes something; true when the dictionary confirms the result. */
  private removeOnePrefix(): boolean {
    const word = this.current;
    // Every rule needs at least a prefix and one more letter, and one of these beginnings.
    if (word.length < 3 || !MAY_HAVE_PREFIX.test(word)) return false;
    for (const r of PREFIX_RULES) {
      const proposals = r.apply(word);
      if (!proposals) continue;
      let chosen: string | null = null;
      for (const p of proposals) {
        if (p !== null && p.length > 0 && this.accepts(p)) {
          chosen = p;
          break;
        }
      }
      if (chosen === null && !r.rootOnly) chosen = proposals[proposals.length - 1] ?? null;
      if (chosen === null || chosen.length === 0) continue;
      this.removals.push({ kind: 'prefix', subject: word, result: chosen, removed: '' });
      this.current = chosen;
      if (this.found()) return true;
      if (this.lookThroughSuffixes) {
        const root = this.rootUnderSuffixes(chosen);
        if (root !== null) {
          this.current = root;
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** Puts `word` back as the current word and retries the prefixes on it. */
  private retryPrefixes(word: string, removals: Removal[]): boolean {
    this.current = word;
    this.removals = removals.slice();
    return this.found() || this.removePrefixes();
  }

  /** ECS "loop pengembalian akhiran": put suffixes back one by one and retry the prefixes. */
  private restoreSuffixesLoop(): boolean {
    const firstPrefix = this.removals.find((r) => r.kind === 'prefix');
    if (firstPrefix) this.current = firstPrefix.subject;
    const suffixRemovals = this.removals.filter((r) => r.kind !== 'prefix');
    const savedWord = this.current;
    // me-, di-, ter- do not take -an (an invalid confix in ECS): after them a final -kan belongs
    // to the root or is the suffix -kan (memakan, menekan), never -k + -an.
    const verbal = VERBAL_PREFIX.test(this.original);
    for (let i = suffixRemovals.length - 1; i >= 0; i--) {
      const removal = suffixRemovals[i]!;
      if (removal.removed === 'kan') {
        // Otherwise -kan may have been -k + -an (bisikan = bisik-an, pemasukan = pe-masuk-an).
        const tries = verbal ? [removal.subject, removal.result + 'k'] : [removal.result + 'k', removal.subject];
        for (const t of tries) if (this.retryPrefixes(t, suffixRemovals)) return true;
      } else if (this.retryPrefixes(removal.subject, suffixRemovals)) {
        return true;
      }
      this.current = savedWord;
    }
    return false;
  }
}

const INNER_PREFIX_RULES = new Set(
  '1 2 3 5 6 7 8 9 20 21 23 24 25 26 27 28 29 30 31 32 34 35 36'.split(' '),
);

/** One prefix removal in an affix reading. */
export interface PrefixStep {
  /** The rule that removed it (see PREFIX_RULES). */
  rule: string;
  from: string;
  to: string;
}

/** One way to read a word as affixes around a root. */
export interface AffixReading {
  root: string;
  /** Prefix removals, outermost first. */
  prefixes: PrefixStep[];
  /** Suffixes, innermost first, e.g. ['-kan', '-nya']. */
  suffixes: string[];
}

/**
 * Every reading of `word` as up to two prefixes, a derivational suffix and clitics, whatever the
 * dictionary says. For `scripts/build-id-roots.mjs`, which uses it to tell affixed entries of a
 * lexicon from roots and to find roots that the lexicons only attest in affixed forms.
 */
export function affixReadings(word: string): AffixReading[] {
  const out: AffixReading[] = [];
  const suffixed: { stem: string; suffixes: string[] }[] = [{ stem: word, suffixes: [] }];
  for (const list of [PARTICLES, POSSESSIVES, DERIVATIONAL]) {
    for (const form of suffixed.slice()) {
      const r = stripSuffix(form.stem, list);
      if (!r) continue;
      suffixed.push({ stem: r.result, suffixes: ['-' + r.removed, ...form.suffixes] });
      // -kan may be -k + -an (bisikan).
      if (r.removed === 'kan') suffixed.push({ stem: r.result + 'k', suffixes: ['-an', ...form.suffixes] });
    }
  }
  const seen = new Set<string>();
  const visit = (stem: string, prefixes: PrefixStep[], suffixes: string[]): void => {
    if (prefixes.length + suffixes.length > 0) {
      const key = [stem, ...prefixes.map((p) => p.rule), ...suffixes].join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ root: stem, prefixes, suffixes });
      }
    }
    if (prefixes.length === 2) return;
    // As in stemming, only the first rule that applies is read (peng- is never pe- + ng-). An
    // inner prefix can only be ber-, ter-, per- or pe- (mem-per-, ke-ber-, di-per-, pe-ber-).
    for (const r of PREFIX_RULES) {
      if (!r.derivational || (prefixes.length > 0 && !INNER_PREFIX_RULES.has(r.name))) continue;
      const proposals = r.apply(stem)?.filter((p): p is string => p !== null && p.length > 0 && p !== stem);
      if (!proposals || proposals.length === 0) continue;
      for (const p of proposals) visit(p, [...prefixes, { rule: r.name, from: stem, to: p }], suffixes);
      break;
    }
  };
  for (const form of suffixed) visit(form.stem, [], form.suffixes);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rule-only stripping for words whose root is not in the dictionary.

const MIN_GUESSED_ROOT = 4;

/** A plausible Indonesian (or loan) root: long enough, has a vowel, no stray hyphen. */
function plausibleRoot(w: string): boolean {
  return w.length >= MIN_GUESSED_ROOT && /^[a-z]+$/.test(w) && /[aiueo]/.test(w) && PLAUSIBLE_ONSET.test(w);
}

/**
 * How an Indonesian root can begin: a vowel, a consonant or digraph plus vowel, or one of the
 * onset clusters of loans (klaim, proses, stabil, struktur, sprint). Rules out the leftovers of a
 * wrong split such as ntal (ke-ntal) or rkah.
 */
export const PLAUSIBLE_ONSET =
  /^(?:[aiueo]|(?:ng|ny|sy|kh|[bcdfghjklmnpqrstvwxyz])[aiueo]|(?:[bcdfgkpt][lr]|s[klmnpw]|dw|kw|tw|sk[lr]|s[pt]r)[aiueo])/;

/**
 * meng-/peng- before a vowel hides either a vowel-initial root or a dropped k. For unknown roots
 * the dropped k is chosen where the rest looks like a Latin con-/com- loan (konfirmasi,
 * koordinasi, kompensasi) and the vowel reading otherwise (evakuasi, operasi, impor).
 */
function ngVowelRoot(rest: string): string {
  if (/^o(?:o|n[^aiueog]|m[^aiueo])/.test(rest)) return 'k' + rest;
  return rest;
}

interface GuessedPrefix {
  rest: string;
  /** pe(N)-, ke-: noun-forming, so a final -kan is root-k + -an (pengeroyokan). */
  nominal: boolean;
}

/**
 * The commonest reading of each prefix when the root is unknown: mem- + vowel restores p
 * (memantau, mematok), men- + vowel t (menargetkan); men- + t + vowel is not standard
 * spelling (menteng, mentari are roots); pe(N)- only inside the confix pe-an (pendopo,
 * penetrasi, Persija are not derived); per- and ter- + vowel are left alone (personel,
 * pertamina, terminal).
 */
const GUESS_RULES: readonly [RegExp, (m: RegExpExecArray) => string, boolean][] = [
  [/^meng([ghqk].*)$/, (m) => m[1]!, false],
  [/^menge([^aiueo][aiueo][^aiueo]*)$/, (m) => m[1]!, false], // mengebom, mengecat
  [/^meng([aiueo].*)$/, (m) => ngVowelRoot(m[1]!), false],
  [/^meny([aiueo].*)$/, (m) => 's' + m[1]!, false],
  [/^mem([bfvp].*)$/, (m) => m[1]!, false],
  [/^mem([aiueo].*)$/, (m) => 'p' + m[1]!, false],
  [/^men([cdjsz].*|t[^aiueo].*)$/, (m) => m[1]!, false],
  [/^men([aiueo].*)$/, (m) => 't' + m[1]!, false],
  [/^me([lrwy][aiueo].*)$/, (m) => m[1]!, false],
  [/^peng([ghqk].*an)$/, (m) => m[1]!, true],
  [/^peng([aiueo].*an)$/, (m) => ngVowelRoot(m[1]!), true],
  [/^peny([aiueo].*an)$/, (m) => 's' + m[1]!, true],
  [/^pem([bfvp].*an)$/, (m) => m[1]!, true],
  [/^pem([aiueo].*an)$/, (m) => 'p' + m[1]!, true],
  [/^pen([cdjsz].*an|t[^aiueo].*an)$/, (m) => m[1]!, true],
  [/^pen([aiueo].*an)$/, (m) => 't' + m[1]!, true],
  [/^ber([^aiueor].*)$/, (m) => m[1]!, false],
  [/^ber([aiueo].*)$/, (m) => m[1]!, false],
  [/^ter([^aiueor].*)$/, (m) => m[1]!, false],
  [/^ke(.*an)$/, (m) => m[1]!, true], // only as the confix ke-an
  [/^di(.*)$/, (m) => m[1]!, false],
];

/** The commonest reading of the word's prefix when the root is unknown. */
function guessPrefix(w: string): GuessedPrefix | null {
  for (const [re, rest, nominal] of GUESS_RULES) {
    const m = re.exec(w);
    if (m) return { rest: rest(m), nominal };
  }
  return null;
}

/**
 * Spellings that Indonesian does not use but English, other European languages and foreign
 * names do (director, disney, memory, bernabeu, didier, keenan): no affix is guessed on them.
 */
const FOREIGN_SPELLING = /ct|ph|th|sh|ck|sch|ee|ea|ie|eu|ou|ae|tion|sion|[^aiueons]y|y$|x|w$|([bdfgjlmprstvz])\1/;

/**
 * Strips the affixes whose reading does not need a dictionary. Deliberately conservative: a
 * suffix -i is never guessed (loans end in -i: konfirmasi, polisi), -an/-kan only inside a
 * confix (names and nouns end in -an: marwan, lonjakan), particles never (subarkah), a prefix
 * must leave a plausible root, and anything doubtful returns the word as it was.
 */
function guessStem(word: string): string {
  const possessive = /^(.{4,})nya$/.exec(word);
  const base = possessive ? possessive[1]! : word;

  const p1 = guessPrefix(base);
  if (!p1 || !plausibleRoot(p1.rest) || FOREIGN_SPELLING.test(p1.rest)) return base;
  let w = p1.rest;
  // A second layer: di-per-, di-ber-, ke-ber-, mem-per- ...
  if (/^(?:per|ber|ter)/.test(w)) {
    const p2 = /^(?:per|ber|ter)([^aiueor].*)$/.exec(w);
    if (p2 && plausibleRoot(p2[1]!)) w = p2[1]!;
  }
  if (p1.nominal) {
    // pe-an, ke-an: the k of a final -kan belongs to the root.
    const an = /^(.{4,})an$/.exec(w);
    if (an) w = an[1]!;
  } else {
    const kan = /^(.{4,})kan$/.exec(w);
    if (kan) w = kan[1]!;
  }
  return plausibleRoot(w) ? w : base;
}

// ---------------------------------------------------------------------------------------------

const STEMMABLE = /^[a-z]+(?:-[a-z]+)*$/;
const MAX_WORD_LENGTH = 48;
const PLURAL_SUFFIX = /^(.*)-(ku|mu|nya|lah|kah|tah|pun)$/;

/**
 * Standard spellings that an informal (colloquial) word may stand for, most likely first:
 * the nasal prefixes of spoken Indonesian without "me-" ("ngirim" for "mengirim", "ngasih"
 * for "mengasih", "nyerang" for "menyerang", "ngebom" for "mengebom"), the "-in" suffix for
 * "-kan" / "-i" ("kirimin", "bilangin"), and both together ("ngirimin"). Only spellings that
 * follow these regular rules; whole-word colloquialisms come from the lexicon (informal.ts).
 */
export function informalReadings(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && w !== word && !out.includes(w)) out.push(w);
  };
  const stems = [word];
  // -in for -kan / -i, also after a clitic ("kirimin", "kasihin", "bilanginnya").
  const m = /^(.{3,}?)in(?:nya|lah)?$/.exec(word);
  if (m) {
    stems.push(m[1]!);
    add(`${m[1]!}kan`);
    add(`${m[1]!}i`);
  }
  for (const w of stems) {
    if (w.startsWith('nge') && w.length >= 6) add(w.slice(3));
    if (w.startsWith('ng') && w.length >= 5) {
      const rest = w.slice(2);
      // ng- before a vowel stands for me(ng)- on a vowel or on a k that it replaced.
      if (/^[aiueo]/.test(rest)) {
        add(rest);
        add(`k${rest}`);
      } else if (rest.startsWith('g') || rest.startsWith('h')) add(rest);
    }
    // ny- stands for me(ny)- on an s or a c it replaced ("nyerang", "nyoba"); m- and n- alone
    // for a p or a t ("motret", "mulangin", "nulis", "nembak").
    if (w.startsWith('ny') && w.length >= 5 && /^[aiueo]/.test(w.slice(2))) {
      add(`s${w.slice(2)}`);
      add(`c${w.slice(2)}`);
    } else if (/^[mn][aiueo]/.test(w) && w.length >= 5) add(`${w[0] === 'm' ? 'p' : 't'}${w.slice(1)}`);
    if (w !== word) add(w);
  }
  return out;
}

export function createIndonesianStemmer(roots: RootLookup, options: StemmerOptions = {}): IndonesianStemmer {
  const guess = options.guessUnknownRoots ?? true;
  const cacheSize = options.cacheSize ?? 100_000;
  const cache = new Map<string, string>();

  /** Dictionary-confirmed root, or null. */
  const confirmedRoot = (word: string): string | null => {
    const root = new StemContext(word, roots).run();
    if (root !== null) return root;
    // Adopted foreign suffixes (idealisme, finalisasi, nasionalis), as a last resort only: a
    // native root can end in -is (tangis, habis).
    const bare = stripSuffix(stripSuffix(word, PARTICLES)?.result ?? word, POSSESSIVES)?.result ?? word;
    for (const w of bare === word ? [word] : [word, bare]) {
      const m = /^(.{5,}?)(?:isme|isasi|is)$/.exec(w);
      if (m) {
        const r = new StemContext(m[1]!, roots).run();
        if (r !== null && r.length >= 5) return r;
      }
    }
    return null;
  };

  const functionRoots = options.functionRoots;
  const contentRoots: RootLookup | undefined = functionRoots && { has: (w) => !functionRoots.has(w) && roots.has(w) };
  /** A root that is no function word, when the first reading gave one and a longer one exists. */
  const contentRoot = (word: string, root: string): string => {
    if (!contentRoots || root === word || !functionRoots!.has(root)) return root;
    const other = new StemContext(word, contentRoots).run();
    return other !== null && other.length > root.length ? other : root;
  };

  const stemSingular = (word: string): string => {
    if (word.length <= 3) return word;
    // No standard affix starts with ng- or ny- alone: a word so spelt that is no root is chat
    // Indonesian ("nyediain" is sedia, where the standard rules would find "ain").
    if (guess && /^n[gy]/.test(word) && !roots.has(word)) {
      for (const reading of informalReadings(word)) if (roots.has(reading)) return reading;
    }
    const root = confirmedRoot(word);
    if (root !== null) return contentRoot(word, root);
    // Chat Indonesian ("ngirim", "ngebom", "nyerang", "kirimin"): tried only when the standard
    // affixes found no root, so a standard word never changes.
    if (guess) {
      for (const reading of informalReadings(word)) {
        const r = roots.has(reading) ? reading : confirmedRoot(reading);
        if (r !== null) return r;
      }
    }
    if (!guess || word.includes('-')) {
      // kuasa-mu whose root is unknown: at least drop the clitic.
      const m = PLURAL_SUFFIX.exec(word);
      return m && guess && !m[1]!.includes('-') ? m[1]! : word;
    }
    return guessStem(word);
  };

  /** Reduplication (Asian 2007): buku-buku, berbalas-balasan, meniru-nirukan. */
  const stemPlural = (word: string): string => {
    let first: string;
    let second: string;
    const withClitic = PLURAL_SUFFIX.exec(word);
    if (withClitic && withClitic[1]!.includes('-')) {
      // malaikat-malaikat-nya -> malaikat + malaikat-nya
      const i = withClitic[1]!.lastIndexOf('-');
      first = withClitic[1]!.slice(0, i);
      second = withClitic[1]!.slice(i + 1) + '-' + withClitic[2]!;
    } else {
      const i = word.lastIndexOf('-');
      first = word.slice(0, i);
      second = word.slice(i + 1);
    }
    if (first.includes('-')) return word;
    // meniru-nirukan, menyepak-nyepak: the second half drops the prefix but keeps its nasal.
    const seconds = roots.has(second) ? [second] : [second, 'me' + second];
    // Dictionary-confirmed roots first, then the rule-only reading.
    const r1 = first.length <= 3 ? first : confirmedRoot(first);
    if (r1 !== null) {
      for (const s of seconds) if ((s.length <= 3 ? s : confirmedRoot(s)) === r1) return r1;
    }
    if (!guess) return word;
    const g1 = stemSingular(first);
    for (const s of seconds) if (stemSingular(s) === g1) return g1;
    return word;
  };

  const compute = (word: string): string => {
    // No Indonesian word is this long (dipertanggungjawabkannya has 24 letters).
    if (word.length > MAX_WORD_LENGTH || !STEMMABLE.test(word)) return word;
    const m = PLURAL_SUFFIX.exec(word);
    const plural = m ? m[1]!.includes('-') : word.includes('-');
    return plural ? stemPlural(word) : stemSingular(word);
  };

  return {
    stem(word: string): string {
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      const result = compute(word);
      if (cacheSize > 0) {
        if (cache.size >= cacheSize) {
          // Drop the oldest entry: Map keeps insertion order.
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(word, result);
      }
      return result;
    },
    isRoot: (word: string): boolean => roots.has(word),
  };
}

/** Parses a root list: one word per line; blank lines and `#` comments are ignored. */
export function parseRootList(text: string): Set<string> {
  const roots = new Set<string>();
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w.length > 0 && !w.startsWith('#')) roots.add(w);
  }
  return roots;
}

const ROOTS = parseRootList(readFileSync(new URL('./data/id-roots.txt', import.meta.url), 'utf8'));
/**
 * Function words as roots (createIndonesianStemmer's functionRoots), except the pronoun "aku",
 * which is the real root of the common "mengakui", "pengakuan", "diakui" (not "kaku").
 */
const FUNCTION_ROOTS: ReadonlySet<string> = new Set([...INDONESIAN_STOP_WORDS].filter((w) => w !== 'aku'));
const defaultStemmer = createIndonesianStemmer(ROOTS, { functionRoots: FUNCTION_ROOTS });

/**
 * Stems one lower-cased, NFC token to its Indonesian root.
 * @example stemIndonesian('pengerahan') === 'kerah'; stemIndonesian('buku-buku') === 'buku'
 */
export function stemIndonesian(word: string): string {
  return defaultStemmer.stem(word);
}

/** True when the lower-cased token is in the shipped root-word list. */
export function isIndonesianRoot(word: string): boolean {
  return ROOTS.has(word);
}

/** True when the lower-cased token is an Indonesian root or an affixed form of one ("pengerahan"). */
export function isIndonesianWord(word: string): boolean {
  return ROOTS.has(word) || ROOTS.has(stemIndonesian(word));
}
