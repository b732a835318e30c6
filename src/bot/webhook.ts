/**
 * Webhook mode: a plain node:http server. POSTs to the webhook path go to grammY's
 * `webhookCallback`, which answers 401 and handles nothing when the secret token header is
 * wrong or missing; `GET /healthz` checks the database with a trivial query.
 */
import http from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';

export interface WebhookServerOptions {
  bot: Bot<BotContext>;
  /** The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (setWebhook's secret_token). */
  secretToken: string;
  /** The path updates are POSTed to (the path of WEBHOOK_URL). */
  path: string;
  /** Returns normally when the service is healthy, throws otherwise. */
  healthCheck: () => void;
  logger: Logger;
}

/** Creates (does not start) the webhook HTTP server. */
export function createWebhookServer(options: WebhookServerOptions): http.Server {
  const { bot, logger } = options;
  const handleUpdate = webhookCallback(bot, 'http', {
    secretToken: options.secretToken,
    // Slow updates (waiting out a 429) finish in the background rather than being redelivered.
    onTimeout: 'return',
    timeoutMilliseconds: 9_000,
  });
  const webhookPath = options.path || '/';

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      try {
        options.healthCheck();
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      } catch (error) {
        logger.error({ err: error }, 'health check failed');
        res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"ok":false}');
      }
      return;
    }
    if (req.method === 'POST' && url.pathname === webhookPath) {
      handleUpdate(req, res).catch((error: unknown) => {
        logger.error({ err: error }, 'webhook request failed');
        if (!res.headersSent) res.writeHead(500).end();
        else res.end();
      });
      return;
    }
    res.writeHead(404).end();
  });
}

/** The path part of WEBHOOK_URL ("/" when it has none). */
export function webhookPath(webhookUrl: string): string {
  return new URL(webhookUrl).pathname || '/';
}
