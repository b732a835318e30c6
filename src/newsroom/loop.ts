/**
 * The newsroom loop of the running bot: polls FEEDS when due, notices articles that arrived from
 * anywhere (this process, a feed, or `npm run ingest` in another process), refreshes the engine,
 * sends follow-up alerts within Telegram's flood limits, and deletes old question logs. A tick
 * never throws; failures are logged and retried at the next tick.
 */
import { GrammyError, type Api } from 'grammy';
import type { Db } from '../db/database.js';
import type { Logger } from '../logger.js';
import { renderFollowAlertHtml } from '../render/follow-alert.js';
import type { Engine } from '../search/engine.js';
import { purgeQuestionLog } from './feedback.js';
import { pollFeed, type PollOptions } from './feeds.js';
import { collectAlerts, forgetChat, markAlertSent } from './follows.js';

export interface NewsroomOptions {
  db: Db;
  engine: Engine;
  api: Api;
  logger: Logger;
  feeds: readonly string[];
  feedPollMinutes: number;
  followAlertsPerHour: number;
  questionLogDays: number;
  /** How often to look for new articles (default 30 s). */
  checkSeconds?: number;
  /** Pause between two alerts (default 50 ms: at most 20 messages/s, below Telegram's 30/s). */
  sendGapMs?: number;
  pollOptions?: PollOptions;
  now?: () => number;
}

export interface Newsroom {
  /** One round: due feeds, new articles, alerts, clean-up. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function corpusMark(db: Db): string {
  const row = db.$client.prepare('SELECT coalesce(max(id), 0) AS id, count(*) AS n FROM articles').get() as { id: number; n: number };
  return `${row.id}:${row.n}`;
}

/** Creates the loop; `start: false` (tests) leaves the ticking to the caller. */
export function createNewsroom(options: NewsroomOptions, { start = true } = {}): Newsroom {
  const { db, engine, api, logger } = options;
  const now = options.now ?? Date.now;
  const nextPoll = new Map<string, number>();
  let mark = corpusMark(db);
  let lastPurge = 0;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pollDueFeeds(): Promise<void> {
    for (const url of options.feeds) {
      if ((nextPoll.get(url) ?? 0) > now()) continue;
      const result = await pollFeed(db, url, { ...options.pollOptions, log: (message) => logger.warn({ feed: url }, `feed item skipped: ${message}`) });
      nextPoll.set(url, now() + options.feedPollMinutes * 60_000);
      if (result.error) logger.warn({ feed: url, error: result.error }, 'feed poll failed; retried at the next poll');
      else logger.info({ feed: url, status: result.status, newItems: result.newItems, added: result.added, failed: result.failed }, 'feed polled');
    }
  }

  async function sendAlerts(): Promise<void> {
    const alerts = collectAlerts(db, engine, { maxPerHour: options.followAlertsPerHour, now: now() });
    for (const alert of alerts) {
      if (stopped) return;
      try {
        await api.sendMessage(alert.follow.chatId, renderFollowAlertHtml(alert, alert.follow.language), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
        markAlertSent(db, alert, now());
        logger.info({ chat: alert.follow.chatId, follow: alert.follow.id, quotes: alert.quotes.length }, 'follow-up alert sent');
      } catch (error) {
        if (error instanceof GrammyError && (error.error_code === 403 || /chat not found/i.test(error.description))) {
          forgetChat(db, alert.follow.chatId);
          logger.info({ chat: alert.follow.chatId }, 'chat unreachable; its follows were removed');
        } else {
          logger.warn({ err: error, chat: alert.follow.chatId }, 'follow-up alert failed; retried at the next check');
        }
      }
      await sleep(options.sendGapMs ?? 50);
    }
  }

  async function round(): Promise<void> {
    try {
      await pollDueFeeds();
    } catch (error) {
      logger.error({ err: error }, 'feed polling failed');
    }
    try {
      const current = corpusMark(db);
      if (current !== mark) {
        mark = current;
        engine.refresh();
        await sendAlerts();
      } else {
        // Alerts held back by the hourly limit go out once the hour allows.
        await sendAlerts();
      }
    } catch (error) {
      logger.error({ err: error }, 'follow-up check failed');
    }
    try {
      if (now() - lastPurge > 3_600_000) {
        const removed = purgeQuestionLog(db, options.questionLogDays, now());
        lastPurge = now();
        if (removed > 0) logger.info({ removed, days: options.questionLogDays }, 'old question logs deleted');
      }
    } catch (error) {
      logger.error({ err: error }, 'question log clean-up failed');
    }
  }

  const tick = (): Promise<void> => {
    running ??= round().finally(() => (running = undefined));
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void tick().finally(schedule);
    }, (options.checkSeconds ?? 30) * 1000);
    timer.unref();
  };
  if (start) {
    void tick().finally(schedule);
  }
  return {
    tick,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
