import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { quoteHash } from '../../src/newsroom/follows.js';

describe('newsroom configuration', () => {
  it('reads FEEDS, FEED_POLL_MINUTES, FOLLOW_ALERTS_PER_HOUR and QUESTION_LOG_DAYS with their defaults', () => {
    expect(loadConfig({})).toMatchObject({ feeds: [], feedPollMinutes: 15, followAlertsPerHour: 3, questionLogDays: 30 });
    const config = loadConfig({ FEEDS: 'https://a.example/rss.xml, https://b.example/atom', FEED_POLL_MINUTES: '5', QUESTION_LOG_DAYS: '7' });
    expect(config.feeds).toEqual(['https://a.example/rss.xml', 'https://b.example/atom']);
    expect(config.feedPollMinutes).toBe(5);
    expect(config.questionLogDays).toBe(7);
  });

  it('names a bad feed URL or a bad number', () => {
    expect(() => loadConfig({ FEEDS: 'https://ok.example/rss, ftp://x/feed' })).toThrow(ConfigError);
    expect(() => loadConfig({ FEEDS: 'ftp://x/feed' })).toThrow(/FEEDS "ftp:\/\/x\/feed" is not an http\(s\) URL/);
    expect(() => loadConfig({ QUESTION_LOG_DAYS: '0' })).toThrow(/QUESTION_LOG_DAYS/);
  });

  it('recognises a reprint by its text, whatever the case, accents, quotes and spacing', () => {
    expect(quoteHash('Korut mengirim 14.000 tentara, kata Zelensky.')).toBe(quoteHash('korut  mengirim 14.000 tentara — kata Zelensky'));
    expect(quoteHash('Korut mengirim 14.000 tentara.')).not.toBe(quoteHash('Korut mengirim 12.000 tentara.'));
  });
});
