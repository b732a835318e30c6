/**
 * What is not the article's reporting, as data. Each rule names the page debris it removes;
 * `clean.ts` applies them. Add a rule here (with a test) when a new outlet brings new debris.
 */

export interface LineRule {
  name: string;
  /** Tested against the trimmed line. */
  pattern: RegExp;
  /** Also drop every line after this one (trailing tag lists). */
  dropRest?: boolean;
  /**
   * This line and the rest of the article are the distributor's notice, not reporting: kept as
   * "notice" passages (searchable: "does SeaPRwire vouch for the article?" is a fair question),
   * never the lead, never a top fact, and ranked below reporting (W_NOTICE). The other rules
   * still remove their lines in it, one by one.
   */
  notice?: boolean;
}

/** Lines that are page furniture wherever they appear. */
export const LINE_RULES: readonly LineRule[] = [
  { name: 'related-link', pattern: /^(?:baca(?:\s+(?:juga|pula))?|lihat\s+juga|simak(?:\s+juga)?|artikel\s+terkait|berita\s+terkait|read\s+more|related)\s*:/iu },
  { name: 'share-widget', pattern: /^(?:share|bagikan(?:\s+artikel)?|tweet|x\s*\|\s*close|close|tutup|komentar|print|cetak|salin\s+link|copy\s+link)\s*:?$/iu },
  { name: 'author-widget', pattern: /^(?:thumbnail-author|penulis|editor|reporter|pewarta|redaktur|fotografer|kontributor|author)\s*:?$/iu },
  { name: 'credit-line', pattern: /^(?:sumber|source|penulis|editor|reporter|pewarta|redaktur|foto|editor|kontributor)\s*:\s*\S.{0,60}$/iu },
  { name: 'source-tag', pattern: /^[([]\s*[\p{L}]{2,10}(?:\s*[/,]\s*[\p{L}]{2,10})*\s*[)\]]$/u },
  { name: 'page-header', pattern: /^.{0,100}\b\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit|utc|gmt))?$/iu },
  { name: 'ad-label', pattern: /^(?:advertisement|iklan|ads|sponsored|konten\s+bersponsor|scroll\s+to\s+(?:continue|resume)(?:\s+with\s+content)?|gulir\s+untuk\s+melanjutkan)$/iu },
  { name: 'tags-line', pattern: /^(?:tags?|topik|sektor|kategori|category)\s*:/iu, dropRest: true },
  {
    name: 'distributor-disclaimer',
    pattern: /(?:penyedia konten pihak ketiga|tidak memberikan jaminan atau pernyataan|distribusi siaran pers|provided by a third-party content provider|press release distribution)/iu,
    notice: true,
  },
];

/** A short name line directly above an author/editor label is a byline credit, not reporting. */
export const BYLINE_LABEL = /^(?:penulis|editor|reporter|pewarta|redaktur|fotografer|kontributor)\s*:?$/iu;
export const BYLINE_NAME = /^[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,4}$/u;

/** Photo credit at the end of a caption: "(Antara)", "(Foto: Reuters)". */
export const PHOTO_CREDIT = /\s*\((?:antara|ant|foto[^)]*|reuters|afp|ap|getty[^)]*|istimewa|dok[^)]*|ist|shutterstock)\)\s*$/iu;

/** How far into the article a dateline may appear (title and standfirst come first). */
export const DATELINE_MAX_PARAGRAPH = 3;

/**
 * A dateline: a few words (place, outlet, or both) ending in a dash, at the start of an early
 * paragraph. Group 1 is the name part. Validated by `isDatelineName`.
 */
export const DATELINE = /^[\s\u00A0]*((?:\([^)\n]{2,40}\)|[^\s\u00A0-–—][^\n]{0,70}?))[\s\u00A0]*(?:--|[-–—])(?=[\s\u00A0]|$)[\s\u00A0]*/u;
