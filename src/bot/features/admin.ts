/**
 * Admins (ADMIN_IDS) add articles from the chat: `/add {json}` (the ingest JSONL format) or a
 * document of any type `npm run ingest` reads (seed `.md`/`.markdown`/`.txt`, `.jsonl`,
 * `.jsonl.gz`). A document goes through the CLI's own loading code (`parseInputBytes`: strict
 * UTF-8, the same file types, the same messages naming file and line) and the same ingest;
 * anyone else is refused and nothing is written.
 */
import { Composer } from 'grammy';
import type { Document } from 'grammy/types';
import { IngestError, validateArticle, type ArticleInput } from '../../corpus/article-input.js';
import type { IngestReport } from '../../corpus/ingest.js';
import { parseJsonl } from '../../corpus/jsonl.js';
import { inputFormatOf, parseInputBytes } from '../../corpus/load-inputs.js';
import { escapeHtml } from '../../render/html.js';
import type { BotContext } from '../context.js';
import { isAdmin } from '../filters/is-admin.js';
import { replyHtml } from '../handlers/reply.js';

export const adminFeature = new Composer<BotContext>();

/** Largest upload accepted (bytes). Articles are at most 200,000 characters each. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const ADD_EXAMPLE = '{"outlet": "Kompas", "published": "2025-05-01", "title": null, "url": null, "text": "..."}';

/** Parses the text after `/add`: one JSON object (may span lines) or JSONL lines. */
export function parseAddArguments(args: string, source = '/add'): ArticleInput[] {
  const trimmed = args.trim();
  const lines = trimmed.split('\n').filter((l) => l.trim());
  if (lines.length > 1) {
    // A pretty-printed object spans lines; JSONL has one complete object per line.
    let whole: unknown;
    try {
      whole = JSON.parse(trimmed);
    } catch {
      return parseJsonl(trimmed, source);
    }
    if (typeof whole !== 'object' || whole === null || Array.isArray(whole)) throw new IngestError({ file: source, line: 1 }, 'expected a JSON object');
    return [validateArticle(whole, { file: source, line: 1 })];
  }
  return parseJsonl(trimmed, source);
}

function reportHtml(ctx: BotContext, report: IngestReport): string {
  const lines = [ctx.tHtml('admin-added', { count: report.results.length })];
  for (const r of report.results) {
    const source = ctx.deps.engine.source(r.slug);
    lines.push(
      `• ${ctx.tHtml('admin-added-line', {
        slug: { html: `<code>${escapeHtml(r.slug)}</code>` },
        outlet: source?.outlet ?? '?',
        sentences: source?.sentences ?? 0,
        status: ctx.t(`admin-status-${r.status}`),
      })}`,
    );
  }
  return lines.join('\n');
}

async function ingest(ctx: BotContext, parse: () => ArticleInput[]): Promise<void> {
  let inputs: ArticleInput[];
  try {
    inputs = parse();
  } catch (error) {
    if (error instanceof IngestError) {
      await replyHtml(ctx, ctx.tHtml('admin-invalid', { error: error.message }));
      return;
    }
    throw error;
  }
  const report = ctx.deps.engine.addArticles(inputs);
  ctx.deps.logger.info(
    { update_id: ctx.update.update_id, admin: ctx.from?.id, added: report.added, updated: report.updated, unchanged: report.unchanged },
    'articles ingested from chat',
  );
  await replyHtml(ctx, reportHtml(ctx, report));
}

async function downloadDocument(ctx: BotContext, document: Document): Promise<Uint8Array | undefined> {
  const file = await ctx.getFile();
  if (!file.file_path) return undefined;
  const { telegramApiRoot, telegramToken } = ctx.deps.config;
  const response = await ctx.deps.fetch(`${telegramApiRoot}/file/bot${telegramToken ?? ''}/${file.file_path}`);
  if (!response.ok) {
    ctx.deps.logger.warn({ update_id: ctx.update.update_id, status: response.status, file: document.file_name }, 'file download failed');
    return undefined;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return undefined;
  return bytes;
}

async function handleDocument(ctx: BotContext, document: Document): Promise<void> {
  const name = document.file_name ?? 'upload';
  if (inputFormatOf(name) === undefined) {
    await replyHtml(ctx, ctx.tHtml('admin-file-type'));
    return;
  }
  if ((document.file_size ?? 0) > MAX_UPLOAD_BYTES) {
    await replyHtml(ctx, ctx.tHtml('admin-file-too-big', { max: Math.floor(MAX_UPLOAD_BYTES / 1024) }));
    return;
  }
  const bytes = await downloadDocument(ctx, document);
  if (bytes === undefined) {
    await replyHtml(ctx, ctx.tHtml('admin-download-failed'));
    return;
  }
  await ingest(ctx, () => parseInputBytes(bytes, name));
}

// Admins only, as a filter (the grammY template's way): what passes it is handled here and stops.
const admins = adminFeature.filter(isAdmin);

admins.command('add', async (ctx) => {
  // `/add` as the caption of a document adds the document.
  if (ctx.msg.document) {
    await handleDocument(ctx, ctx.msg.document);
    return;
  }
  if (!ctx.match.trim()) {
    await replyHtml(ctx, ctx.tHtml('admin-add-usage', { example: { html: `<code>${escapeHtml(ADD_EXAMPLE)}</code>` } }));
    return;
  }
  await ingest(ctx, () => parseAddArguments(ctx.match));
});

// In private chats any document is an upload attempt; in groups only with `/add` (above), so a
// file shared in a group never makes the bot speak.
admins.chatType('private').on('message:document', (ctx) => handleDocument(ctx, ctx.msg.document));

// Everyone else who tries is told politely, and nothing is downloaded or written.
const replyAdminOnly = (ctx: BotContext) => replyHtml(ctx, ctx.tHtml('admin-only'));
adminFeature.command('add', replyAdminOnly);
adminFeature.chatType('private').on('message:document', replyAdminOnly);
