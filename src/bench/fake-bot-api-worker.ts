/**
 * The minimal fake Bot API in a process of its own (as the real one is on another machine), so
 * that its CPU does not count against the measured bot. Prints {"url"} once listening and exits
 * when its stdin closes.
 */
import { startMinimalBotApi } from './fake-bot-api.js';

const api = await startMinimalBotApi();
process.stdout.write(`${JSON.stringify({ url: api.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void api.close().then(() => process.exit(0));
});
