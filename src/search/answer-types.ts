/**
 * The Answer: plain data produced by the engine and rendered three ways (Telegram HTML,
 * terminal text, JSON). Field names of the JSON contract (design.md) must not change.
 */

export type Language = 'id' | 'en';

/** What kind of thing the question asks for. */
export type AnswerKind = 'person' | 'number' | 'date' | 'place' | 'reason' | 'manner' | 'name' | 'yesno' | 'any';

/** Another outlet that printed (nearly) the same sentence. */
export interface AlsoReported {
  outlet: string;
  article: string;
  published: string | null;
  text: string;
  sentenceId: number;
}

/** One quote: a sentence exactly as the article has it, with its attribution. */
export interface Quote {
  /** The sentence, verbatim: original.slice(start, end) of the named article. */
  text: string;
  outlet: string;
  /** The article's slug. */
  article: string;
  title: string | null;
  published: string | null;
  url: string | null;
  score: number;
  sentenceId: number;
  start: number;
  end: number;
  alsoReportedBy: AlsoReported[];
}

/** One figure for a quantity, with the outlets that printed it and their sentences. */
export interface Figure {
  /** The figure as printed, e.g. "10.000-12.000 tentara" (verbatim from the first sentence). */
  label: string;
  /** Canonical value (the lower bound for ranges). */
  value: number;
  outlets: string[];
  quotes: { outlet: string; article: string; published: string | null; text: string; sentenceId: number }[];
}

export interface Answer {
  question: string;
  language: Language;
  noAnswer: boolean;
  /**
   * Present whenever noAnswer is false: "direct" when the first quote answers the question,
   * "related" when no sentence answers it directly and the quotes are the closest reports.
   */
  match?: 'direct' | 'related';
  answers: Quote[];
  /** Different figures printed for the same quantity (present when outlets disagree). */
  figures?: Figure[];
  /** What the question was taken to ask for. */
  kind: AnswerKind;
  /** Set when the question was cut to the maximum length before analysis. */
  truncated?: boolean;
  /** Set on input errors in batch mode (`ask --jsonl`). */
  error?: string;
  /** When noAnswer: what the corpus covers, for the "not found" reply. */
  coverage?: CorpusCoverage;
  tookMs?: number;
}

export interface CorpusCoverage {
  articles: number;
  outlets: string[];
  from: string | null;
  to: string | null;
  topics: string[];
  examples: Record<Language, string[]>;
}
