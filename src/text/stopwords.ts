/**
 * Stop words: function words that carry no topic. Curated rather than taken from a general
 * list (such as the `stopword` package's 753 Indonesian words) because those lists also drop
 * words that carry answers in news: "pertama" (first), "tahun" (year), "banyak" (many),
 * "jumlah" (number), "lebih" (more), "sekitar" (about), "tambah" (additional), "bawah" (under).
 * Question words are stop words here; the question analyser reads them before they are dropped.
 * So are the particles of chat Indonesian ("sih", "dong", "kok"), which carry tone, not topic.
 */
export const INDONESIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `ada adalah adanya agar akan aku anda antara apa apakah apalagi atas atau ataupun bagaimana
  bagaimanakah bagi bahkan bahwa baik begitu belum berapa berapakah bila bisa bukan buat dalam dan dapat dari
  daripada demi demikian dengan di dia dialah diri dirinya dong ia ialah ini inilah itu itulah jika juga kah
  kalau kami kamu kan kapan kapankah karena ke kenapa kepada ketika kita lah lalu maka mana manakah masih
  maupun melainkan mengapa mereka meski meskipun mu nya oleh pada padahal para pun saja sang sangat saya
  se sebagai sebuah secara sedang sedangkan seorang seperti serta si siapa siapakah sudah supaya
  tapi telah tentang tersebut melalui tetapi untuk yaitu yakni yang dimana gimana apaan soal terkait mengenai perihal
  sih deh kok nih tuh lho loh dong kah ya yah gitu gini toh`.split(/\s+/),
);

/** English function words, dropped before translation. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about am an and any are as at be been being but by can could did do does doing for from had has have
  having he her hers him his how i if in into is it its me my of on or our ours she should so than that the
  their theirs them then there these they this those to too us very was we were what when where which while
  who whom whose why will with would you your yours tell me please there's what's who's how's many much
  itself himself herself themselves myself yourself ourselves actually really exactly basically just ever
  anyway perhaps maybe else lately over still once again also such each even yet already though although`.split(/\s+/),
);
