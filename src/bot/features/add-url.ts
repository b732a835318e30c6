/**
 * `/add <url>` for admins: fetches the page, extracts the article (same code as
 * `npm run ingest -- URL`) and ingests it. `/add` with anything else goes on to the admin
 * feature (JSON, documents). A failure names the URL and the reason; nothing is written.
 */
import { Composer } from 'grammy';
import { IngestError } from '../../corpus/article-input.js';
import { isWebUrl, loadWebArticle } from '../../corpus/web/load-web.js';
import { escapeHtml, tHtml } from '../../render/html.js';
import { t } from '../../render/messages.js';
import type { BotContext } from '../context.js';
import { isAdmin } from '../filters/is-admin.js';
import { replyHtml } from '../handlers/reply.js';

export const addUrlFeature = new Composer<BotContext>();

addUrlFeature.command('add', async (ctx, next) => {
  const url = ctx.match.trim();
  if (!isWebUrl(url) || /\s/.test(url) || ctx.msg.document) return next();
  const locale = ctx.uiLanguage;
  if (!isAdmin(ctx)) {
    await replyHtml(ctx, tHtml(locale, 'admin-only'));
    return;
  }
  let input;
  try {
    input = await loadWebArticle(url);
  } catch (error) {
    if (error instanceof IngestError) {
      await replyHtml(ctx, tHtml(locale, 'admin-invalid', { error: error.message }));
      return;
    }
    throw error;
  }
  const report = ctx.deps.engine.addArticles([input]);
  ctx.deps.logger.info({ update_id: ctx.update.update_id, admin: ctx.from?.id, url, added: report.added }, 'article added from a web page');
  const lines = [tHtml(locale, 'admin-added', { count: report.results.length })];
  for (const r of report.results) {
    const source = ctx.deps.engine.source(r.slug);
    lines.push(
      `• ${tHtml(locale, 'admin-added-line', {
        slug: { html: `<code>${escapeHtml(r.slug)}</code>` },
        outlet: source?.outlet ?? input.outlet,
        sentences: source?.sentences ?? 0,
        status: t(locale, `admin-status-${r.status}`),
      })}`,
    );
  }
  await replyHtml(ctx, lines.join('\n'));
});
