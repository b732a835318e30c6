import { z } from 'zod';

/** Where an article came from, for error messages: file and 1-based line. */
export interface InputLocation {
  file: string;
  line: number;
}

/** A refused input: names the file and line so an editor can fix it. */
export class IngestError extends Error {
  constructor(
    readonly location: InputLocation,
    message: string,
  ) {
    super(`${location.file}:${location.line}: ${message}`);
    this.name = 'IngestError';
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Largest article body accepted (characters); longer input is refused, not truncated. */
export const MAX_ARTICLE_CHARS = 200_000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date');

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .nullish()
  .transform((s) => (s ? s : null));

/** The article fields shared by the seed format and the JSONL format (design.md). */
export const articleFieldsSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,199}$/u, 'must be letters, digits, dot, dash or underscore (at most 200)')
    .nullish(),
  outlet: z.string({ error: 'outlet is required' }).trim().min(1, 'outlet is required').max(200),
  site: optionalText,
  title: optionalText,
  byline: optionalText,
  published: isoDate.nullish(),
  url: optionalText,
  language: z.enum(['id', 'en']).default('id'),
  text: z
    .string({ error: 'text is required' })
    .max(MAX_ARTICLE_CHARS, `text is longer than ${MAX_ARTICLE_CHARS} characters`)
    .refine((s) => s.trim().length > 0, 'text is empty'),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** One validated article ready for ingest. */
export interface ArticleInput extends ArticleFields {
  location: InputLocation;
}

/** Validates raw fields; throws IngestError naming the first problem. */
export function validateArticle(raw: unknown, location: InputLocation, fieldLines: Readonly<Record<string, number>> = {}): ArticleInput {
  const parsed = articleFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'article';
    const message = issue?.message ?? 'invalid article';
    const at = { ...location, line: fieldLines[String(issue?.path[0])] ?? location.line };
    throw new IngestError(at, message.startsWith(field) ? message : `${field}: ${message}`);
  }
  if (/\uFFFD/.test(parsed.data.text)) throw new IngestError(location, 'text is not valid UTF-8 (replacement characters found)');
  // Half of a surrogate pair (a string cut inside an emoji) cannot be stored as UTF-8: the
  // stored text would differ from the input and quotes would no longer be verbatim.
  for (const [field, value] of Object.entries(parsed.data)) {
    if (typeof value === 'string' && LONE_SURROGATE.test(value)) throw new IngestError(location, `${field}: contains half of a surrogate pair (a cut emoji)`);
  }
  return { ...parsed.data, location };
}
