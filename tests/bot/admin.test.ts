import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/corpus/load-inputs.js';
import { escapeHtml } from '../../src/render/html.js';
import { type Harness, useHarness } from '../helpers/bot-harness.js';
import { SECOND_USER_ID, USER_ID, groupCommand, privateDocument, privateMessage } from '../helpers/updates.js';

const ARTICLE = {
  id: 'kompas-2025-05-02-uji-admin',
  outlet: 'Kompas Uji',
  title: 'Uji tambah artikel',
  published: '2025-05-02',
  url: null,
  language: 'id',
  text: 'JAKARTA - Gunung Lewotobi Laki-laki erupsi pada Jumat pagi dengan tinggi kolom abu 1.200 meter.\n\nBadan Geologi menaikkan status gunung itu menjadi Awas setelah erupsi tersebut.',
};

const SEED_FILE = `---
id: detik-2025-05-03-uji-berkas
outlet: "Detik Uji"
published: 2025-05-03
title: "Uji unggah berkas"
byline: null
url: null
language: id
---
JAKARTA - Banjir rob merendam kawasan pesisir utara Jakarta pada Sabtu malam setinggi 40 sentimeter.

Warga mengungsi ke masjid terdekat sambil menunggu air surut.
`;

let h: Harness;

useHarness((value) => (h = value), { adminIds: [USER_ID] });

describe('admin: adding articles from the chat', () => {
  it('/add with a valid JSON object ingests it and reports slug, outlet and sentences', async () => {
    const before = h.engine.stats().articles;
    await h.send(privateMessage(`/add ${JSON.stringify(ARTICLE)}`));
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(h.engine.stats().articles).toBe(before + 1);
    const source = h.engine.source(ARTICLE.id)!;
    expect(source.outlet).toBe('Kompas Uji');
    expect(text).toContain(`<code>${ARTICLE.id}</code>`);
    expect(text).toContain('Kompas Uji');
    expect(text).toContain(`${source.sentences} kalimat (ditambahkan)`);
    // The new article is searchable at once.
    const answer = h.engine.ask('Berapa tinggi kolom abu erupsi Gunung Lewotobi?');
    expect(answer.answers.some((q) => q.article === ARTICLE.id)).toBe(true);
    // Adding it again changes nothing.
    await h.send(privateMessage(`/add ${JSON.stringify(ARTICLE)}`));
    expect(h.api.last('sendMessage')!.payload.text).toContain('sudah ada, tidak berubah');
    expect(h.engine.stats().articles).toBe(before + 1);
  });

  it('/add accepts a pretty-printed object over several lines', async () => {
    const article = { ...ARTICLE, id: 'kompas-2025-05-02-uji-multiline', text: 'Artikel kedua tentang uji coba baris banyak.\n\nIsinya dua paragraf pendek saja.' };
    await h.send(privateMessage(`/add\n${JSON.stringify(article, null, 2)}`));
    expect(h.api.last('sendMessage')!.payload.text).toContain('kompas-2025-05-02-uji-multiline');
    expect(h.engine.source('kompas-2025-05-02-uji-multiline')).toBeDefined();
  });

  it('/add with invalid input names the problem (file:line) and writes nothing', async () => {
    const before = h.engine.stats();
    await h.send(privateMessage('/add {"outlet": "X", "text": "isi", "published": "2025-13-45"}'));
    expect(h.api.last('sendMessage')!.payload.text).toMatch(/Tidak ada yang ditambahkan: \/add:1: published/);
    await h.send(privateMessage('/add {not json'));
    expect(h.api.last('sendMessage')!.payload.text).toMatch(/\/add:1: not valid JSON/);
    await h.send(privateMessage('/add'));
    expect(h.api.last('sendMessage')!.payload.text).toContain('<code>{&quot;outlet&quot;');
    expect(h.engine.stats()).toEqual(before);
  });

  it('refuses a non-admin politely and writes nothing, in private and in groups', async () => {
    const before = h.engine.stats();
    const article = JSON.stringify({ ...ARTICLE, id: 'tidak-boleh' });
    await h.send(privateMessage(`/add ${article}`, { from: { id: SECOND_USER_ID, language_code: 'en' } }));
    expect(h.api.last('sendMessage')!.payload.text).toBe("Sorry, only the bot's editors can add articles.");
    await h.send(groupCommand(`/add@example_news_bot ${article}`, { from: { id: SECOND_USER_ID, language_code: 'id' } }));
    expect(h.api.last('sendMessage')!.payload.text).toContain('hanya editor bot');
    expect(h.engine.source('tidak-boleh')).toBeUndefined();
    expect(h.engine.stats()).toEqual(before);
  });

  it('an admin can add an article in a group too', async () => {
    const article = JSON.stringify({ ...ARTICLE, id: 'grup-admin-uji', text: 'Artikel dari grup untuk uji admin.\n\nParagraf kedua.' });
    await h.send(groupCommand(`/add ${article}`, { from: { id: USER_ID } }));
    expect(h.engine.source('grup-admin-uji')).toBeDefined();
  });

  it('an admin uploads a seed-format document; it is downloaded and ingested', async () => {
    h.api.addFile('doc-seed-1', SEED_FILE);
    await h.send(privateDocument('banjir.md', 'doc-seed-1', Buffer.byteLength(SEED_FILE)));
    expect(h.api.methods()).toEqual(['getFile', 'file', 'sendMessage']);
    expect(h.api.last('file')!.status).toBe(200);
    const text = h.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('detik-2025-05-03-uji-berkas');
    expect(text).toContain('Detik Uji');
    expect(h.engine.source('detik-2025-05-03-uji-berkas')?.title).toBe('Uji unggah berkas');
  });

  it('an admin uploads a .jsonl file; a bad line is reported with file and line and nothing is written', async () => {
    const good = JSON.stringify({ ...ARTICLE, id: 'jsonl-baik', text: 'Baris pertama yang sah.\n\nParagraf.' });
    const bad = JSON.stringify({ outlet: '', text: 'tanpa media' });
    const content = `${good}\n${bad}\n`;
    h.api.addFile('doc-jsonl-1', content);
    const before = h.engine.stats();
    await h.send(privateDocument('batch.jsonl', 'doc-jsonl-1', content.length));
    expect(h.api.last('sendMessage')!.payload.text).toMatch(/batch\.jsonl:2: outlet/);
    expect(h.engine.source('jsonl-baik')).toBeUndefined();
    expect(h.engine.stats()).toEqual(before);
  });

  it('an upload is decoded strictly: a bad byte in the outlet is refused as `npm run ingest` refuses it, nothing written', async () => {
    const line = Buffer.concat([Buffer.from('{"id": "upload-latin1", "outlet": "Harian Caf'), Buffer.from([0xe9]), Buffer.from('", "text": "Berita tentang kopi."}\n')]);
    const content = Buffer.concat([Buffer.from(`${JSON.stringify({ ...ARTICLE, id: 'upload-good-line' })}\n`), line]);
    h.api.addFile('doc-latin1', content);
    const before = h.engine.stats();
    await h.send(privateDocument('latin1.jsonl', 'doc-latin1', content.length));
    const reply = h.api.last('sendMessage')!.payload.text as string;
    expect(reply).toContain('latin1.jsonl:2: not valid UTF-8');
    // Word for word what the ingest command says for the same bytes (its path named instead).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-upload-'));
    try {
      fs.writeFileSync(path.join(dir, 'latin1.jsonl'), content);
      const [cliError] = loadInputs([path.join(dir, 'latin1.jsonl')]).errors;
      expect(reply).toContain(escapeHtml(cliError!.message.replace(`${dir}${path.sep}`, '')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(h.engine.source('upload-latin1')).toBeUndefined();
    expect(h.engine.source('upload-good-line')).toBeUndefined();
    expect(h.engine.stats()).toEqual(before);
  });

  it('accepts the file types `npm run ingest` accepts: .markdown and gzip-compressed .jsonl.gz', async () => {
    const markdown = SEED_FILE.replace('detik-2025-05-03-uji-berkas', 'upload-markdown-file').replace('Banjir rob', 'Hujan deras');
    h.api.addFile('doc-markdown', markdown);
    await h.send(privateDocument('banjir.markdown', 'doc-markdown', Buffer.byteLength(markdown)));
    expect(h.engine.source('upload-markdown-file')?.outlet).toBe('Detik Uji');

    const packed = gzipSync(`${JSON.stringify({ ...ARTICLE, id: 'upload-gzip-jsonl', text: 'Longsor menutup jalan desa pada Senin.\n\nWarga bergotong royong.' })}\n`);
    h.api.addFile('doc-gzip', packed);
    await h.send(privateDocument('batch.jsonl.gz', 'doc-gzip', packed.length));
    expect(h.engine.source('upload-gzip-jsonl')?.outlet).toBe('Kompas Uji');
    expect(h.api.last('sendMessage')!.payload.text).toContain('upload-gzip-jsonl');
  });

  it('refuses oversized and unsupported files before downloading', async () => {
    await h.send(privateDocument('huge.jsonl', 'doc-huge', 50 * 1024 * 1024));
    expect(h.api.last('sendMessage')!.payload.text).toContain('terlalu besar');
    await h.send(privateDocument('scan.pdf', 'doc-pdf', 1000));
    expect(h.api.last('sendMessage')!.payload.text).toContain('.jsonl');
    // `.json` is not an ingest input type either (one object per line is `.jsonl`).
    await h.send(privateDocument('article.json', 'doc-json', 1000));
    expect(h.api.last('sendMessage')!.payload.text).toContain('.jsonl');
    expect(h.api.methods()).toEqual(['sendMessage', 'sendMessage', 'sendMessage']);
  });

  it('a non-admin document is refused without downloading it', async () => {
    h.api.addFile('doc-seed-2', SEED_FILE);
    await h.send(privateDocument('banjir.md', 'doc-seed-2', 100, { from: { id: SECOND_USER_ID } }));
    expect(h.api.methods()).toEqual(['sendMessage']);
    expect(h.api.last('sendMessage')!.payload.text).toContain('hanya editor bot');
  });
});
