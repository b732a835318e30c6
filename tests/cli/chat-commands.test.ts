/**
 * The terminal chat understands the bot's commands, with the bot's texts (src/locales), instead
 * of searching "/help" as a question.
 */
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../src/corpus/bootstrap.js';
import { runChat } from '../../src/cli/chat.js';
import { respondToLine, type ChatSession } from '../../src/cli/chat-commands.js';
import { t } from '../../src/render/messages.js';
import { renderAnswerText } from '../../src/render/text.js';
import { createEngine, type Engine } from '../../src/search/engine.js';

const QUESTION = 'Berapa tentara Korea Utara yang dikirim ke Rusia?';
const NOT_FOUND_EN = t('en', 'not-found');
const NOT_FOUND_ID = t('id', 'not-found');

let engine: Engine;
beforeAll(() => {
  engine = createEngine(openCorpus(':memory:').db);
});

const session = (locale: 'id' | 'en' = 'en'): ChatSession => ({ engine, locale });

/** Pipes lines through the real chat loop (non-interactive) and returns what it printed. */
async function chat(lines: string[]): Promise<{ output: string; answered: number }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const done = runChat({ engine, input, output, interactive: false, language: 'en' });
  input.end(`${lines.join('\n')}\n`);
  const answered = await done;
  return { output: text, answered };
}

describe('terminal chat commands', () => {
  it('/help and /start show the help text instead of searching for "/help"', async () => {
    const { output, answered } = await chat(['/help', '/start', '/help@news_cite_bot']);
    expect(answered).toBe(3);
    const help = t('en', 'terminal-help', { example1: t('en', 'example-question-1'), example2: t('en', 'example-question-2') });
    expect(output).toContain(`> /help\n${help}\n`);
    expect(output).toContain(`> /start\n${t('en', 'start-welcome')}\n\n${help}\n`);
    expect(output).toContain(`> /help@news_cite_bot\n${help}\n`);
    expect(output).not.toContain(NOT_FOUND_EN);
    expect(output).not.toContain(NOT_FOUND_ID);
    for (const command of ['/ask', '/cite', '/sources', '/lang']) expect(help).toContain(command);
  });

  it('/sources lists the articles with the bot\'s sources texts', () => {
    const text = respondToLine(session(), '/sources');
    const lines = text.split('\n');
    expect(lines[0]).toBe(t('en', 'sources-title', { count: 5 }));
    expect(lines).toHaveLength(6);
    for (const outlet of ['GELORA.CO', 'NTVNews', 'Pahami.id', 'SeaPRwire', 'Suarathailand']) expect(text).toContain(`• ${outlet}, `);
    expect(text).toMatch(/• Suarathailand, 24 October 2025: .+ \(\d+ sentences\)/);
    expect(respondToLine(session('id'), '/sources').split('\n')[0]).toBe(t('id', 'sources-title', { count: 5 }));
  });

  it('/ask, /cari, /cite and /sumber answer the question after them, as the question alone does', () => {
    const expected = renderAnswerText(engine.ask(QUESTION));
    expect(expected).toContain('14.000 tentara');
    for (const command of ['/ask', '/cari', '/cite', '/sumber', '/ASK']) expect(respondToLine(session(), `${command} ${QUESTION}`)).toBe(expected);
    expect(respondToLine(session(), QUESTION)).toBe(expected);
    expect(respondToLine(session(), '/ask')).toBe(t('en', 'ask-usage', { example: t('en', 'example-question-1') }));
    expect(respondToLine(session(), '/cite   ')).toBe(t('en', 'cite-usage'));
  });

  it('/lang sets the language of every reply; without a valid language it shows the usage', () => {
    const s = session('id');
    expect(respondToLine(s, '/lang')).toBe(t('id', 'lang-usage', { current: t('id', 'lang-auto') }));
    expect(respondToLine(s, '/lang fr')).toBe(t('id', 'lang-usage', { current: t('id', 'lang-auto') }));
    // An Indonesian question is answered with Indonesian texts until /lang en.
    expect(respondToLine(s, QUESTION)).toContain(t('id', 'also-reported-by', { outlets: '' }).trim());
    expect(respondToLine(s, '/lang EN')).toBe(t('en', 'lang-set'));
    expect(s.chatLanguage).toBe('en');
    const answer = respondToLine(s, QUESTION);
    expect(answer).toContain('Also reported by:');
    expect(answer).toContain('14.000 tentara'); // quotes stay in their language
    expect(respondToLine(s, '/help')).toContain('Commands:');
    expect(respondToLine(s, '/lang')).toBe(t('en', 'lang-usage', { current: t('en', 'lang-name-en') }));
  });

  it('an unknown command gets the bot\'s reply, and a line that only starts with a slash is a question', () => {
    expect(respondToLine(session(), '/frobnicate now')).toBe(t('en', 'unknown-command'));
    expect(respondToLine(session(), '/ 14 ribu tentara')).toBe(renderAnswerText(engine.ask('/ 14 ribu tentara')));
    expect(respondToLine(session(), '   ')).toBe('');
  });

  it('after a question, commands reply in its language unless /lang chose one', () => {
    const s = session('en');
    respondToLine(s, QUESTION);
    expect(respondToLine(s, '/frobnicate')).toBe(t('id', 'unknown-command'));
    respondToLine(s, 'How many North Korean troops were sent to Russia?');
    expect(respondToLine(s, '/frobnicate')).toBe(t('en', 'unknown-command'));
    respondToLine(s, '/lang id');
    respondToLine(s, 'How many North Korean troops were sent to Russia?');
    expect(respondToLine(s, '/frobnicate')).toBe(t('id', 'unknown-command'));
  });
});
