/**
 * Reads ingest paths (seed files, folders of them, JSONL files) into validated articles.
 * Everything is read and validated before anything is written, so a bad input writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IngestError, type ArticleInput } from './article-input.js';
import { parseJsonl } from './jsonl.js';
import { parseSeedFile } from './seed-format.js';
import { articleFromHtml, type ExtractOverrides } from './web/extract.js';

/** Largest input file accepted, in bytes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const SEED_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** Decodes UTF-8 strictly; a bad byte is reported with its line. */
function decodeUtf8(buffer: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Find the first line that does not decode, for the message.
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i <= buffer.length; i++) {
      if (i === buffer.length || buffer[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(lineStart, i));
        } catch {
          throw new IngestError({ file, line }, 'not valid UTF-8');
        }
        line++;
        lineStart = i + 1;
      }
    }
    throw new IngestError({ file, line: 1 }, 'not valid UTF-8');
  }
}

/** Reads one file into articles (a JSONL file gives many). */
export function readInputFile(file: string, overrides?: ExtractOverrides): ArticleInput[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new IngestError({ file, line: 0 }, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (stat.size > MAX_FILE_BYTES) throw new IngestError({ file, line: 0 }, `file is larger than ${MAX_FILE_BYTES} bytes`);
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    throw new IngestError({ file, line: 0 }, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const content = decodeUtf8(buffer, file);
  if (file.endsWith('.jsonl')) return parseJsonl(content, file);
  // A saved web page: metadata and body extracted like a fetched one.
  if (/\.x?html?$/i.test(file)) return [articleFromHtml(content, file, overrides ? { overrides } : {})];
  return [parseSeedFile(content, file)];
}

/** Lists the ingestable files of a path: itself, or a folder's seed and JSONL files (sorted). */
export function listInputFiles(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new IngestError({ file: target, line: 0 }, 'no such file or folder');
  }
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((e) => e.isFile() && (SEED_EXTENSIONS.has(path.extname(e.name)) || e.name.endsWith('.jsonl')) && !/^readme/i.test(e.name))
    .map((e) => path.join(target, e.name))
    .sort();
}

export interface LoadResult {
  articles: ArticleInput[];
  errors: IngestError[];
}

/** Reads and validates every path; collects all errors instead of stopping at the first. */
export function loadInputs(paths: readonly string[], overrides?: ExtractOverrides): LoadResult {
  const articles: ArticleInput[] = [];
  const errors: IngestError[] = [];
  for (const target of paths) {
    let files: string[];
    try {
      files = listInputFiles(target);
    } catch (error) {
      errors.push(error as IngestError);
      continue;
    }
    for (const file of files) {
      try {
        articles.push(...readInputFile(file, overrides));
      } catch (error) {
        if (error instanceof IngestError) errors.push(error);
        else errors.push(new IngestError({ file, line: 0 }, (error as Error).message));
      }
    }
  }
  return { articles, errors };
}
