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
  /** When the question is a claim to check: its figures, dates and actors against the reports (src/claims/). */
  claim?: ClaimCheck;
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

/** What a figure counts (src/claims/quantities.ts). */
export type Quantity = 'sent' | 'reinforcements' | 'killed' | 'casualties' | 'wounded' | 'generic';

/** A sentence that printed a figure, date or actors, verbatim, with its attribution. */
export interface ClaimQuote {
  outlet: string;
  article: string;
  published: string | null;
  text: string;
  sentenceId: number;
}

/** A figure the outlets printed for the quantity of a claimed figure. */
export interface ReportedFigure {
  /** The number as printed by the first outlet ("14.000", "10.000-12.000"). */
  text: string;
  /** The value, or [low, high] for a range. */
  value: number | [number, number];
  quantity: Quantity;
  outlets: string[];
  /** The reported figure (with its approximation's spread) holds the claimed one. */
  holds: boolean;
  quotes: ClaimQuote[];
}

/** A figure of the claim against what the outlets printed for the same quantity. */
export interface ClaimedFigure {
  /** As the claim wrote it ("20 ribu"). */
  claimed: string;
  value: number | [number, number];
  quantity: Quantity;
  status: 'reported' | 'not reported';
  reported: ReportedFigure[];
}

/** A date the outlets printed for the same event, resolved against the article's date. */
export interface ReportedDate {
  /** As printed ("Senin (28/4)", "pekan lalu"). */
  text: string;
  /** The resolved date: "2025-04-28", "2025-04" or "2025" (a week: its first and last day, "2025-04-14/2025-04-20"). */
  value: string;
  outlets: string[];
  holds: boolean;
  quotes: ClaimQuote[];
}

export interface ClaimedDate {
  claimed: string;
  /** "2025-03-28", "2025-03" or "2025". */
  value: string;
  status: 'reported' | 'not reported';
  reported: ReportedDate[];
}

/** Who did what to whom: the claim's direction against the reports'. */
export interface ClaimActors {
  relation: 'sends' | 'attacks' | 'defeats' | 'gives' | 'buys';
  claimed: { from: string; to: string };
  /** "same": an outlet reported it this way round; "swapped": outlets reported it only the other way round. */
  status: 'same' | 'swapped';
  reported: { from: string; to: string; outlets: string[]; quotes: ClaimQuote[] }[];
}

export interface ClaimCheck {
  /** The statement checked, without "benarkah", "is it true that" and the like. */
  statement: string;
  figures: ClaimedFigure[];
  dates?: ClaimedDate[];
  actors?: ClaimActors;
}
