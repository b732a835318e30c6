/**
 * Builds the saved web pages of tests/fixtures/web/ from real articles' text: the five seeds and
 * IndoSum articles (tests/fixtures/distractors). Each article is dressed in one of several site
 * layouts (navigation, related links, share buttons, bylines, comments, footers) with its
 * metadata as JSON-LD, OpenGraph only, plain meta tags, or none; plus paywall stubs and
 * non-article pages. `manifest.json` records what extraction must give for each page and the
 * boilerplate sentences that must never be indexed. Deterministic; run with
 * `npx tsx scripts/build-web-fixtures.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadInputs } from '../src/corpus/load-inputs.js';
import { SEEDS_DIR, PROJECT_ROOT } from '../src/db/database.js';

const OUT = path.join(PROJECT_ROOT, 'tests/fixtures/web');

interface Source {
  id: string;
  outlet: string;
  title: string | null;
  published: string;
  language: 'id' | 'en';
  text: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const seeds: Source[] = loadInputs([SEEDS_DIR]).articles.map((a) => ({
  id: a.id!,
  outlet: a.outlet,
  title: a.title ?? null,
  published: a.published!,
  language: a.language,
  text: a.text,
}));

const indosum: Source[] = zlib
  .gunzipSync(fs.readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/distractors/indosum-dev.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Source)
  .filter((a) => a.text.length > 1200 && a.text.length < 5000 && a.text.split('\n\n').length >= 4);

// Different outlets first, in file order: deterministic and varied.
const picked: Source[] = [];
const seenOutlets = new Map<string, number>();
for (const a of indosum) {
  const n = seenOutlets.get(a.outlet) ?? 0;
  if (n >= 2) continue;
  seenOutlets.set(a.outlet, n + 1);
  picked.push(a);
  if (picked.length === 20) break;
}
const others = indosum.slice(200, 260);

function paragraphs(a: Source): string[] {
  return a.text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
}

function headlineOf(a: Source): string {
  if (a.title) return a.title;
  const first = paragraphs(a).find((p) => p.length > 40) ?? a.id;
  const words = first.replace(/^[^-–—]{0,40}[-–—]\s*/, '').split(/\s+/).slice(0, 9).join(' ');
  return words.replace(/[,.;:]+$/, '') || first.split(/\s+/).slice(0, 9).join(' ');
}

function slugOf(a: Source): string {
  return a.id.replace(/^indosum-\d+-/, '').slice(0, 50);
}

function hostOf(outlet: string): string {
  return `${outlet.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
}

/** Sentences of site furniture that must never be indexed (related headlines are real sentences). */
function furniture(i: number) {
  const related = [0, 1, 2].map((k) => {
    const o = others[(i * 3 + k) % others.length]!;
    return (paragraphs(o)[0] ?? '').split(/(?<=\.)\s/)[0]!.slice(0, 160);
  });
  return {
    related,
    comment: `Semoga semua pihak bisa menahan diri dan mencari jalan damai secepatnya, tulis pembaca nomor ${i + 11}.`,
    footer: 'Hak cipta dilindungi undang-undang. Dilarang mengutip atau menyalin isi situs ini tanpa izin tertulis redaksi.',
    newsletter: 'Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda dengan berlangganan buletin kami.',
  };
}

type MetaStyle = 'jsonld' | 'jsonld-graph' | 'opengraph' | 'metatags' | 'none';
type Layout = 'portal' | 'magazine' | 'blog' | 'wire';

function head(a: Source, style: MetaStyle, url: string, options: { paywall?: boolean; type?: string } = {}): string {
  const title = headlineOf(a);
  const lines = [`<meta charset="utf-8">`, `<title>${esc(title)} | ${esc(a.outlet)}</title>`, `<meta name="viewport" content="width=device-width">`];
  const published = `${a.published}T08:15:00+07:00`;
  if (style === 'jsonld' || style === 'jsonld-graph') {
    const article = {
      '@type': 'NewsArticle',
      headline: title,
      datePublished: published,
      dateModified: `${a.published}T09:00:00+07:00`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      author: { '@type': 'Person', name: 'Redaksi' },
      publisher: { '@type': 'NewsMediaOrganization', name: a.outlet, logo: { '@type': 'ImageObject', url: `${url}/logo.png` } },
      inLanguage: 'id-ID',
      ...(options.paywall ? { isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } } : {}),
    };
    const ld =
      style === 'jsonld'
        ? { '@context': 'https://schema.org', ...article }
        : { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: a.outlet, url: `https://${hostOf(a.outlet)}/` }, { '@type': 'BreadcrumbList', itemListElement: [] }, article] };
    lines.push(`<script type="application/ld+json">${JSON.stringify(ld, null, 1).replace(/</g, '\\u003c')}</script>`);
    lines.push(`<meta property="og:title" content="${esc(title)}">`);
  }
  if (style === 'opengraph') {
    lines.push(
      `<meta property="og:type" content="${options.type ?? 'article'}">`,
      `<meta property="og:site_name" content="${esc(a.outlet)}">`,
      `<meta property="og:title" content="${esc(title)}">`,
      `<meta property="og:url" content="${esc(url)}">`,
      `<meta property="article:published_time" content="${published}">`,
      `<meta property="og:description" content="${esc((paragraphs(a)[0] ?? '').slice(0, 150))}">`,
    );
  }
  if (style === 'metatags') {
    lines.push(
      `<link rel="canonical" href="${esc(url)}">`,
      `<meta name="pubdate" content="${a.published.replace(/-/g, '')}">`,
      `<meta name="application-name" content="${esc(a.outlet)}">`,
      `<meta name="author" content="Redaksi">`,
    );
  }
  return lines.join('\n');
}

function nav(a: Source): string {
  return `<header class="site-header"><a class="logo" href="/">${esc(a.outlet)}</a>
<nav><ul><li><a href="/news">Berita</a></li><li><a href="/politik">Politik</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/tekno">Tekno</a></li><li><a href="/internasional">Internasional</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Cari berita"></form></header>`;
}

function share(): string {
  return `<div class="share-buttons"><span>Bagikan</span><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Salin link</a></div>`;
}

function related(f: ReturnType<typeof furniture>): string {
  return `<aside class="related"><h3>Berita Terkait</h3><ul>${f.related.map((r, k) => `<li><a href="/berita/${k}">${esc(r)}</a></li>`).join('')}</ul></aside>`;
}

function footer(a: Source, f: ReturnType<typeof furniture>): string {
  return `<footer><div class="newsletter"><p>${esc(f.newsletter)}</p><input placeholder="Email"></div><p>${esc(f.footer)}</p><p>© 2025 ${esc(a.outlet)}. <a href="/tentang">Tentang kami</a> · <a href="/pedoman">Pedoman media siber</a> · <a href="/kontak">Kontak</a></p></footer>`;
}

function comments(f: ReturnType<typeof furniture>): string {
  return `<section id="comments" class="comments"><h3>Komentar (2)</h3><div class="comment"><b>Budi</b><p>${esc(f.comment)}</p></div><div class="comment"><b>Sari</b><p>Terima kasih infonya.</p></div><form><textarea placeholder="Tulis komentar"></textarea><button>Kirim</button></form></section>`;
}

function body(a: Source, f: ReturnType<typeof furniture>, layout: Layout, teaser = false): string {
  const ps = paragraphs(a);
  const shown = teaser ? ps.slice(0, 1) : ps;
  const parts: string[] = [];
  shown.forEach((p, k) => {
    parts.push(`<p>${esc(p)}</p>`);
    // In-article furniture that site templates put between paragraphs.
    if (k === 1 && !teaser) parts.push(layout === 'wire' ? `<div class="ads">ADVERTISEMENT</div>` : `<p><strong>Baca juga:</strong> <a href="/berita/x">${esc(f.related[0]!)}</a></p>`);
    if (k === 3 && !teaser && layout === 'portal') parts.push(`<div class="inline-related"><p>Baca Juga: ${esc(f.related[1]!)}</p></div>`);
  });
  return parts.join('\n');
}

function page(a: Source, i: number, layout: Layout, style: MetaStyle, options: { paywall?: boolean } = {}): { html: string; url: string } {
  const url = `https://${hostOf(a.outlet)}/${a.published.replace(/-/g, '/')}/${slugOf(a)}`;
  const f = furniture(i);
  const title = headlineOf(a);
  const byline = `<div class="byline"><span class="author">Penulis: Redaksi</span> <time datetime="${a.published}T08:15:00+07:00">${a.published}</time></div>`;
  const paywall = options.paywall
    ? `<div class="paywall"><h3>Artikel ini khusus pelanggan</h3><p>Berlangganan mulai Rp 30.000 per bulan untuk membaca selengkapnya.</p><a class="btn" href="/langganan">Langganan sekarang</a> <a href="/masuk">Masuk</a></div>`
    : '';
  let main: string;
  switch (layout) {
    case 'portal':
      main = `${nav(a)}
<div class="breadcrumb"><a href="/">Beranda</a> › <a href="/internasional">Internasional</a></div>
<main><article class="detail"><h1 class="detail-title">${esc(title)}</h1>${byline}
<figure><img src="/img/1.jpg" alt=""><figcaption>Ilustrasi. (Foto: Dok. Istimewa)</figcaption></figure>
${share()}
<div class="detail-text">${body(a, f, layout, options.paywall)}</div>${paywall}
<div class="tags">Tags: <a href="/tag/a">internasional</a> <a href="/tag/b">politik</a></div>
${share()}</article>
${related(f)}${comments(f)}</main>${footer(a, f)}`;
      break;
    case 'magazine':
      main = `${nav(a)}<div class="layout"><div class="col-main"><div class="post">
<h1>${esc(title)}</h1>${byline}<div class="entry-content">${body(a, f, layout, options.paywall)}</div>${paywall}</div>
${comments(f)}</div><div class="sidebar">${related(f)}<div class="widget"><h3>Terpopuler</h3><ol>${f.related.map((r) => `<li>${esc(r)}</li>`).join('')}</ol></div></div></div>${footer(a, f)}`;
      break;
    case 'blog':
      main = `<div id="wrapper">${nav(a)}<div id="content"><h2 class="entry-title">${esc(title)}</h2><div class="meta">Diposting oleh Redaksi</div>
<div class="post-body">${body(a, f, layout, options.paywall)}</div>${paywall}${share()}</div>${related(f)}${comments(f)}${footer(a, f)}</div>`;
      break;
    case 'wire':
      main = `${nav(a)}<main role="main"><article><header><h1>${esc(title)}</h1>${byline}</header><section class="article-body">${body(a, f, layout, options.paywall)}</section>${paywall}</article>${related(f)}</main>${footer(a, f)}`;
      break;
  }
  const html = `<!doctype html>
<html lang="id">
<head>
${head(a, style, url, options)}
<link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({event: 'pageview'});</script>
</head>
<body>
${main}
<script src="/js/app.js"></script>
</body>
</html>
`;
  return { html, url };
}

/** A non-article page: a section front with headlines and teasers. */
function sectionPage(outlet: string, items: Source[]): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Internasional | ${esc(outlet)}</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="${esc(outlet)}"></head><body>
<header><nav><a href="/">Beranda</a> <a href="/internasional">Internasional</a></nav></header><main><h1>Internasional</h1>
${items.map((a, k) => `<div class="card"><h2><a href="/berita/${k}">${esc(headlineOf(a))}</a></h2><span class="date">${a.published}</span><p class="teaser">${esc((paragraphs(a)[0] ?? '').slice(0, 120))}…</p></div>`).join('\n')}
<div class="pagination"><a href="?page=2">Berikutnya</a></div></main><footer><p>© 2025 ${esc(outlet)}</p></footer></body></html>
`;
}

interface ManifestEntry {
  file: string;
  layout: string;
  meta: MetaStyle;
  /** The article whose text the page carries (articles.jsonl) when extraction must succeed. */
  article?: string;
  expect?: { outlet: string; published: string; title: string; url: string };
  /** When extraction must be refused: a word the reason contains. */
  refused?: string;
  /** With these overrides the refused page is accepted. */
  overrides?: { outlet: string; published: string };
  boilerplate: string[];
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const manifest: ManifestEntry[] = [];
const articles: Source[] = [];
const layouts: Layout[] = ['portal', 'magazine', 'blog', 'wire'];
const styles: MetaStyle[] = ['jsonld', 'opengraph', 'jsonld-graph', 'metatags'];
const sources = [...seeds, ...picked];
sources.forEach((a, i) => {
  const layout = layouts[i % layouts.length]!;
  // The last three articles get no metadata at all: refused unless outlet and date are given.
  const style: MetaStyle = i >= sources.length - 3 ? 'none' : styles[Math.floor(i / layouts.length) % styles.length]!;
  const { html, url } = page(a, i, layout, style);
  const file = `${String(i + 1).padStart(2, '0')}-${layout}-${style}.html`;
  fs.writeFileSync(path.join(OUT, file), html);
  const f = furniture(i);
  articles.push(a);
  manifest.push({
    file,
    layout,
    meta: style,
    article: a.id,
    ...(style === 'none'
      ? { refused: 'outlet', overrides: { outlet: a.outlet, published: a.published } }
      : { expect: { outlet: a.outlet, published: a.published, title: headlineOf(a), url } }),
    boilerplate: [...f.related, f.comment, f.footer, f.newsletter, 'Berlangganan mulai Rp 30.000 per bulan untuk membaca selengkapnya.'],
  });
});
// Paywall stubs: a teaser paragraph and a subscription box.
[picked[4]!, picked[9]!].forEach((a, k) => {
  const file = `paywall-${k + 1}.html`;
  fs.writeFileSync(path.join(OUT, file), page(a, 40 + k, k === 0 ? 'portal' : 'magazine', 'jsonld', { paywall: true }).html);
  manifest.push({ file, layout: k === 0 ? 'portal' : 'magazine', meta: 'jsonld', refused: 'paywall', boilerplate: [] });
});
// Non-article pages: section fronts.
['kumparan', 'antaranews'].forEach((outlet, k) => {
  const file = `section-${k + 1}.html`;
  fs.writeFileSync(path.join(OUT, file), sectionPage(outlet, others.slice(k * 8, k * 8 + 8)));
  manifest.push({ file, layout: 'section', meta: 'opengraph', refused: 'not an article', boilerplate: [] });
});
fs.writeFileSync(path.join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
fs.writeFileSync(path.join(OUT, 'articles.jsonl'), `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
fs.writeFileSync(
  path.join(OUT, 'README.md'),
  `# Saved web pages for extraction tests\n\nGenerated by \`scripts/build-web-fixtures.ts\` from the seeds (see NOTICE.md) and IndoSum articles\n(CC BY-SA 4.0, see ../distractors/SOURCE.md): ${manifest.length} pages in four site layouts with JSON-LD,\nOpenGraph, plain meta tags or no metadata, paywall stubs and section fronts. \`manifest.json\` says what\nextraction must give; \`articles.jsonl\` holds the articles' original text. Site names and URLs are invented\n(\`*.example\`).\n`,
);
console.log(`wrote ${manifest.length} pages to ${path.relative(PROJECT_ROOT, OUT)}`);
