# Teks bot dan obrolan terminal dalam bahasa Indonesia. Kuncinya harus sama dengan en.ftl.
# Hanya teks biasa: renderer meng-escape teks ini dan menambahkan HTML sendiri.

## Jawaban
also-reported-by = Juga diberitakan oleh: { $outlets }
figures-differ = Media memberitakan angka yang berbeda:
figure-line = { $label }: { $outlets }
answer-page = Kutipan { $from }–{ $to } dari { $total }
question-truncated = Pertanyaan Anda panjang, jadi hanya { $max } karakter pertamanya yang dipakai.
date-unknown = tanpa tanggal
title-unknown = tanpa judul
quote-cut = (kutipan dipersingkat)

## Tidak ditemukan
answer-related = Tidak ada kalimat yang menjawab ini secara langsung; laporan terdekat:
inline-related = Terkait
not-found = Saya tidak menemukan kalimat dalam artikel berita saya yang menjawab pertanyaan ini.
not-found-coverage = Saya punya { $articles } artikel dari { $outlets }, terbit { $from } sampai { $to }.
not-found-coverage-undated = Saya punya { $articles } artikel dari { $outlets }.
not-found-topics = Topiknya: { $topics }.
not-found-examples = Coba tanyakan, misalnya:

## Tombol
btn-more = Kutipan lain
btn-first = Kembali ke kutipan pertama
btn-more-compact = Lainnya
btn-context = Dalam konteks
btn-source = Sumber
callback-expired = Jawaban ini sudah kedaluwarsa. Silakan bertanya lagi.
callback-unknown = Tombol ini sudah tidak berlaku. Silakan bertanya lagi.
context-title = Dalam konteks:
source-title = Sumber
source-outlet = Media: { $outlet }
source-date = Tanggal: { $date }
source-headline = Judul: { $title }
source-byline = Penulis: { $byline }
source-url = Tautan: { $url }
source-sentences = Kalimat dalam korpus: { $count }
source-missing = Artikel ini sudah tidak ada di korpus.

## Perintah
example-question-1 = Berapa tentara Korea Utara yang dikirim ke Rusia?
example-question-2 = Apa kata Kim Jong Un tentang pasukan yang dikirim?
start-welcome = Halo! Tanyakan tentang peristiwa dalam berita, dalam bahasa Indonesia atau Inggris, dan saya jawab dengan kalimat persis seperti yang diterbitkan media, lengkap dengan nama media dan tanggalnya. Tidak ada yang diparafrasekan.
help =
    Kirim pertanyaan sebagai pesan biasa, misalnya:
    • { $example1 }
    • { $example2 }

    Perintah:
    /ask atau /cari pertanyaan: menjawab pertanyaan (juga di grup)
    /cite atau /sumber: balas sebuah pesan di grup untuk memeriksa klaimnya
    /sources: artikel yang saya kutip
    /lang id atau /lang en: bahasa balasan saya

    Di grup saya hanya bicara jika disapa: /ask, /cite, menyebut @{ $bot }, atau membalas pesan saya.
    Di obrolan mana pun Anda juga bisa mengetik @{ $bot } dan pertanyaan untuk membagikan kutipan.
sources-title = Artikel yang saya kutip ({ $count }):
sources-line = { $outlet }, { $date }: { $title } ({ $sentences } kalimat)
sources-more = …dan { $count } lainnya.
sources-empty = Belum ada artikel dalam korpus.
lang-set = Mulai sekarang saya membalas dalam bahasa Indonesia di obrolan ini. Kutipan tetap dalam bahasa aslinya.
lang-usage = Tulis /lang id (Bahasa Indonesia) atau /lang en (English). Sekarang: { $current }.
lang-admins-only = Di grup, hanya admin grup yang dapat mengubah bahasa balasan saya.
lang-auto = bahasa setiap pertanyaan
lang-name-id = Bahasa Indonesia
lang-name-en = English
ask-usage = Tulis pertanyaan setelah perintah, misalnya: /ask { $example }
cite-usage = Balas sebuah pesan dengan /cite untuk memeriksa klaimnya, atau tulis /cite diikuti pertanyaan.
unknown-command = Saya tidak mengenal perintah ini. Kirim /help untuk melihat yang bisa saya lakukan.
unhandled-private = Saya menjawab pertanyaan yang ditulis sebagai teks. Kirim /help untuk contoh.

## Menu perintah
cmd-start = Mulai dan perkenalan
cmd-help = Cara bertanya, dengan contoh
cmd-ask = Ajukan pertanyaan tentang berita
cmd-cite = Periksa klaim (balas sebuah pesan)
cmd-sources = Artikel yang saya kutip
cmd-lang = Bahasa balasan: id atau en

## Mode inline
inline-empty-button = Tanya saya di obrolan pribadi
inline-no-answer-button = Kutipan tidak ditemukan. Tanya di obrolan pribadi

## Admin
admin-only = Maaf, hanya editor bot yang dapat menambahkan artikel.
admin-add-usage = Kirim /add diikuti satu artikel dalam format JSON, misalnya: { $example }
admin-added = Artikel diterima: { $count }
admin-added-line = { $slug }: { $outlet }, { $sentences } kalimat ({ $status })
admin-status-added = ditambahkan
admin-status-updated = diperbarui
admin-status-unchanged = sudah ada, tidak berubah
admin-status-duplicate = duplikat artikel yang sudah ada
admin-invalid = Tidak ada yang ditambahkan: { $error }
admin-file-too-big = Berkas terlalu besar; batasnya { $max } KB.
admin-file-type = Kirim berkas seed (.md, .markdown atau .txt) atau berkas .jsonl (atau .jsonl.gz) dengan satu artikel per baris.
admin-download-failed = Saya tidak dapat mengunduh berkas itu. Silakan coba lagi.

## Masalah
rate-limited = Anda mengirim pertanyaan terlalu cepat. Tunggu beberapa detik, lalu tanyakan lagi.
error-generic = Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi.

## Obrolan terminal
terminal-welcome = Ajukan pertanyaan tentang berita (bahasa Indonesia atau Inggris). Ctrl+D untuk keluar.
terminal-prompt = pertanyaan>{" "}
terminal-help =
    Ketik pertanyaan lalu tekan Enter, misalnya:
    • { $example1 }
    • { $example2 }

    Perintah:
    /ask atau /cari pertanyaan: menjawab pertanyaan
    /cite atau /sumber klaim: memeriksa sebuah klaim
    /sources: artikel yang saya kutip
    /lang id atau /lang en: bahasa balasan saya
    /help: bantuan ini. Ctrl+D untuk keluar.

## Newsroom: tindak lanjut, feed, umpan balik, celah (issue 13)
follow-usage = Kirim /follow diikuti pertanyaan atau klaim, misalnya: /follow Berapa tentara Korea Utara yang tewas di Kursk? Saya akan mengabari Anda saat ada artikel baru yang menjawabnya.
follow-added = Diikuti: “{ $question }”. Saya akan mengabari Anda saat ada artikel baru yang menjawabnya secara langsung (paling banyak beberapa pesan per jam). /following menampilkan daftar yang Anda ikuti.
follow-exists = Anda sudah mengikuti “{ $question }”.
follow-too-many = Anda sudah mengikuti sebanyak yang bisa saya simpan untuk satu obrolan. Hapus satu dulu dengan /unfollow.
follow-admins-only = Di grup, hanya admin grup yang dapat mengubah apa yang diikuti grup.
following-none = Anda belum mengikuti pertanyaan apa pun. Kirim /follow diikuti pertanyaan atau klaim.
following-title = Anda mengikuti { $count } pertanyaan:
following-hint = /unfollow diikuti nomor menghentikan satu; /unfollow semua menghentikan semuanya.
unfollow-usage = Kirim /unfollow diikuti nomor dari /following, atau /unfollow semua.
unfollow-done = Berhenti mengikuti { $count } pertanyaan.
unfollow-none = Tidak ada yang diikuti dengan nomor itu. /following menampilkan daftarnya beserta nomornya.
follow-alert = Ada artikel baru yang menjawab pertanyaan yang Anda ikuti: “{ $question }”
follow-alert-footer = /unfollow menghentikan pesan ini.
feeds-title = Feed ({ $count }):
feeds-line = { $feed }: terakhir berhasil dibaca { $when } ({ $items } item)
feeds-never = belum pernah
feedback-thanks-up = Terima kasih! Senang bisa membantu.
feedback-thanks-down = Terima kasih. Editor akan melihat jawaban mana yang kurang.
gaps-admins-only = Maaf, hanya editor bot yang dapat melihat celah ini.
gaps-title = Pertanyaan pembaca { $days } hari terakhir yang tidak terjawab oleh arsip
gaps-not-found = Tidak ditemukan:
gaps-related = Hanya laporan terkait:
gaps-voted-down = Jawaban yang dinilai 👎:
gaps-none = Tidak ada pertanyaan tak terjawab dalam { $days } hari terakhir.
cmd-follow = Dapat pesan saat artikel baru menjawab pertanyaan
cmd-following = Pertanyaan yang Anda ikuti
cmd-unfollow = Berhenti mengikuti pertanyaan

## Cek klaim (klaim yang ditempel dibandingkan dengan yang dimuat media; menyatakan isi arsip, tidak pernah memberi vonis)
claim-title = Klaim ini dibandingkan dengan arsip:
claim-quantity = { $quantity ->
    [sent] dikirim atau dikerahkan
    [reinforcements] bala bantuan
    [killed] tewas
    [casualties] tewas atau terluka
    [wounded] terluka
   *[generic] angka
  }
claim-figure-reported = { $claimed } ({ $quantity }): dimuat media sebagai { $reported }.
claim-figure-not-reported = { $claimed } ({ $quantity }): tidak ada media dalam arsip yang memuat angka ini. Yang dimuat: { $reported }.
claim-figure-none = { $claimed } ({ $quantity }): tidak ada media dalam arsip yang memuat angka untuk hal ini.
claim-date-reported = { $claimed }: media menyebut { $reported }.
claim-date-not-reported = { $claimed }: tidak ada media dalam arsip yang menyebut tanggal ini untuk hal tersebut. Yang disebut: { $reported }.
claim-relation = { $relation ->
    [attacks] menyerang
    [defeats] mengalahkan
    [gives] memberi kepada
    [buys] membeli dari
   *[sends] mengirim ke
  }
claim-actors-swapped = Siapa ke siapa: media memberitakannya sebaliknya, { $from } { $relation } { $to } ({ $outlets }).
claim-actors-same = Siapa ke siapa: media memberitakan { $from } { $relation } { $to } ({ $outlets }).
claim-note = Ini hanya menyatakan apa yang dimuat media dalam arsip; kalimat mereka di bawah.
