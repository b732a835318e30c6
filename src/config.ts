/**
 * Configuration from the environment, parsed and validated once. A bad value stops the
 * process with a message naming the variable, before anything connects.
 */
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const idList = z
  .string()
  .default('')
  .transform((s, ctx) => {
    const ids = s
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((x) => {
        if (!/^-?\d{1,20}$/.test(x)) {
          ctx.addIssue({ code: 'custom', message: `"${x}" is not a numeric Telegram user id` });
          return 0;
        }
        return Number(x);
      });
    return new Set(ids);
  });

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z
  .object({
    DATABASE_PATH: z.preprocess(emptyToUndefined, z.string().default('data/news.db')),
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{3,20}:[A-Za-z0-9_-]{20,100}$/, 'does not look like a bot token from @BotFather (digits:secret)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.preprocess(emptyToUndefined, z.url({ message: 'must be a URL' }).default('https://api.telegram.org')),
    WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url({ message: 'must be a URL (https for api.telegram.org)' }).optional()),
    WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16-256 characters of A-Z, a-z, 0-9, _ or - (Telegram secret_token rules)')
        .optional(),
    ),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(8080)),
    ADMIN_IDS: idList,
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(LOG_LEVELS).default('info')),
    FEEDS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default('')
        .transform((s, ctx) =>
          s
            .split(/[\s,]+/)
            .filter(Boolean)
            .filter((u) => {
              const ok = /^https?:\/\/\S+$/i.test(u) && URL.canParse(u);
              if (!ok) ctx.addIssue({ code: 'custom', message: `"${u}" is not an http(s) URL` });
              return ok;
            }),
        ),
    ),
    FEED_POLL_MINUTES: z.preprocess(emptyToUndefined, z.coerce.number().min(1).max(24 * 60).default(15)),
    FOLLOW_ALERTS_PER_HOUR: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(60).default(3)),
    QUESTION_LOG_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(30)),
  });

export interface Config {
  databasePath: string;
  telegramToken: string | undefined;
  telegramApiRoot: string;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  port: number;
  adminIds: ReadonlySet<number>;
  logLevel: (typeof LOG_LEVELS)[number];
  /** RSS/Atom feeds the running bot polls (FEEDS). */
  feeds: readonly string[];
  feedPollMinutes: number;
  /** At most this many follow-up alerts per chat per hour. */
  followAlertsPerHour: number;
  /** Question log and feedback are deleted after this many days. */
  questionLogDays: number;
}

/** Thrown for a bad environment; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment (process.env by default) into a Config, or throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const lines = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`);
  // Checked on the raw values so it is reported together with any other bad variable.
  if (emptyToUndefined(env.WEBHOOK_URL) !== undefined && emptyToUndefined(env.WEBHOOK_SECRET) === undefined) {
    lines.push('WEBHOOK_SECRET is required when WEBHOOK_URL is set');
  }
  if (!parsed.success || lines.length > 0) throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  const e = parsed.data;
  return {
    databasePath: e.DATABASE_PATH,
    telegramToken: e.TELEGRAM_BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    port: e.PORT,
    adminIds: e.ADMIN_IDS,
    logLevel: e.LOG_LEVEL,
    feeds: e.FEEDS,
    feedPollMinutes: e.FEED_POLL_MINUTES,
    followAlertsPerHour: e.FOLLOW_ALERTS_PER_HOUR,
    questionLogDays: e.QUESTION_LOG_DAYS,
  };
}
