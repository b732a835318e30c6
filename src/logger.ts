/**
 * The pino logger. The bot token (and the webhook secret) must never reach a log line, and
 * grammY puts the token into request URLs that end up in error messages and stacks, so
 * secrets are removed at three levels: `redact` for known fields, serializers/hooks that scrub
 * strings, and a last pass over every serialised line before it is written.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

const REDACTED = '[REDACTED]';

export interface LoggerSettings {
  level?: LoggerOptions['level'];
  /** Strings that must never be written (bot token, webhook secret). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; stdout by default. Tests pass a capturing stream. */
  destination?: DestinationStream;
}

/** Returns a function that replaces every secret (raw or URL-encoded) in a string. */
export function createScrubber(secrets: readonly (string | undefined)[]): (s: string) => string {
  const needles = [
    ...new Set(
      secrets
        .filter((s): s is string => typeof s === 'string' && s.length >= 8)
        .flatMap((s) => [s, encodeURIComponent(s)]),
    ),
  ].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (s) => s;
  return (s) => {
    let out = s;
    for (const n of needles) if (out.includes(n)) out = out.split(n).join(REDACTED);
    return out;
  };
}

/** Deep copy of a value with every string scrubbed (errors become plain objects). */
function scrubDeep(value: unknown, scrub: (s: string) => string, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrub(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, scrub, seen);
  return out;
}

/** Creates the application logger with secrets redacted everywhere. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const scrub = createScrubber(settings.secrets ?? []);
  const errSerializer = (err: unknown) => scrubDeep(pino.stdSerializers.err(err as Error), scrub);
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: undefined,
    redact: {
      paths: [
        'token',
        '*.token',
        'telegramToken',
        '*.telegramToken',
        'webhookSecret',
        '*.webhookSecret',
        'secretToken',
        '*.secretToken',
        'headers["x-telegram-bot-api-secret-token"]',
        '*.headers["x-telegram-bot-api-secret-token"]',
      ],
      censor: REDACTED,
    },
    serializers: { err: errSerializer, error: errSerializer },
    hooks: {
      // Messages and interpolation arguments are scrubbed before pino formats them.
      logMethod(args, method) {
        const cleaned = args.map((a) => (typeof a === 'string' ? scrub(a) : a instanceof Error ? errSerializer(a) : a));
        method.apply(this, cleaned as Parameters<typeof method>);
      },
    },
  };
  const target = settings.destination ?? pino.destination({ dest: 1, sync: true });
  // Last line of defence: whatever slipped into a field we did not foresee is scrubbed here.
  const guarded: DestinationStream = { write: (line: string) => target.write(scrub(line)) };
  return pino(options, guarded);
}
