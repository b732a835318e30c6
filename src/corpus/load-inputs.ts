/**
 * Reads ingest paths (seed files, folders of them, JSONL files, gzip-compressed JSONL files)
 * into validated articles. Everything is read and validated before anything is written, so a bad
 * input writes nothing. `npm run ingest`, the bench and the bot's uploads all read through
 * `parseInputBytes`: one decoder, one list of file types, the same messages naming file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { IngestError, type ArticleInput } from './article-input.js';
import { parseJsonl } from './jsonl.js';
import { parseSeedFile } from './seed-format.js';
import { articleFromHtml, type ExtractOverrides } from './web/extract.js';

/** Largest input file accepted, in bytes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The file types an input can have, by how its name ends (case-insensitive). */
export type InputFormat = 'seed' | 'jsonl' | 'jsonl.gz' | 'html';

const FORMAT_BY_ENDING: ReadonlyArray<readonly [string, InputFormat]> = [
  ['.jsonl.gz', 'jsonl.gz'],
  ['.jsonl', 'jsonl'],
  ['.md', 'seed'],
  ['.markdown', 'seed'],
  ['.txt', 'seed'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
];

/** The accepted endings, for messages ("`.jsonl.gz`, `.jsonl`, ..."). */
export const INPUT_ENDINGS: readonly string[] = FORMAT_BY_ENDING.map(([ending]) => ending);

/** The format of a file by its name, or undefined when it is not an accepted input type. */
export function inputFormatOf(fileName: string): InputFormat | undefined {
  const lower = fileName.toLowerCase();
  return FORMAT_BY_ENDING.find(([ending]) => lower.endsWith(ending))?.[1];
}

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

/** Inflates a `.jsonl.gz` file, refusing one that inflates beyond `MAX_FILE_BYTES`. */
function gunzip(buffer: Buffer, file: string): Buffer {
  try {
    return gunzipSync(buffer, { maxOutputLength: MAX_FILE_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new IngestError({ file, line: 0 }, `file inflates to more than ${MAX_FILE_BYTES} bytes`);
    throw new IngestError({ file, line: 0 }, `not a valid gzip file (${code ?? (error as Error).message})`);
  }
}

/**
 * Parses the bytes of one input file named `file` (a path or an upload's file name) into
 * articles: its name picks the format, UTF-8 is decoded strictly. Throws an `IngestError` naming
 * the file and line.
 */
export function parseInputBytes(bytes: Uint8Array, file: string, overrides?: ExtractOverrides): ArticleInput[] {
  const format = inputFormatOf(file);
  if (format === undefined) throw new IngestError({ file, line: 0 }, `not an input file type (expected ${INPUT_ENDINGS.join(', ')})`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'jsonl.gz') return parseJsonl(decodeUtf8(gunzip(buffer, file), file), file);
  const content = decodeUtf8(buffer, file);
  if (format === 'jsonl') return parseJsonl(content, file);
  // A saved web page: metadata and body extracted like a fetched one.
  if (format === 'html') return [articleFromHtml(content, file, overrides ? { overrides } : {})];
  return [parseSeedFile(content, file)];
}

/** Reads one file into articles (a JSONL file gives many). */
export function readInputFile(file: string, overrides?: ExtractOverrides): ArticleInput[] {
  if (inputFormatOf(file) === undefined) throw new IngestError({ file, line: 0 }, `not an input file type (expected ${INPUT_ENDINGS.join(', ')})`);
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
  return parseInputBytes(buffer, file, overrides);
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
    .filter((e) => e.isFile() && inputFormatOf(e.name) !== undefined && !/^readme/i.test(e.name))
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
