/**
 * What a figure counts, read from the words around it in its clause, in either language:
 * troops sent (deployed), reinforcements, killed, wounded, killed or wounded (casualties), or
 * a figure the words do not qualify (generic). Two figures are estimates of one number only
 * when they count the same thing: "sekitar 4.000 tentara ... tewas atau terluka" (casualties),
 * "sekitar 2.000 tentara ... tewas" (killed) and "3.000 pasukan tambahan" (reinforcements) are
 * three different quantities, whatever their unit.
 */
import { foldText } from '../text/normalize.js';
import { ENGLISH_STOP_WORDS, INDONESIAN_STOP_WORDS } from '../text/stopwords.js';

export type Quantity = 'sent' | 'reinforcements' | 'killed' | 'casualties' | 'wounded' | 'generic';

/** Words after the figure that make it reinforcements ("3.000 bala bantuan", "3,000 additional troops"). */
const REINFORCEMENT_AFTER =
  /^(?:\s+\S+){0,2}?\s+(?:tambahan|bala bantuan|pengganti|penambahan|additional|more|reinforcements?|replacements?|fresh)\b|\b(?:menggantikan|mengganti|gantikan|replace|replacing|to replace)\b/u;
/** Words just before the figure that make it reinforcements ("tambahan 3.000", "another 3,000"). */
const REINFORCEMENT_BEFORE = /\b(?:tambahan|menambah|menambahkan|another|additional|further|extra|reinforcements? of|lagi)\s+$/u;
const KILLED =
  /\b(?:tewas|terbunuh|meninggal(?: dunia)?|(?<!musim\s)gugur|mati|menewaskan|membunuh|kehilangan nyawa|killed|died|dead|deaths?|death toll|fatalities|lost their lives|perished)\b/u;
const WOUNDED = /\b(?:terluka|luka-luka|luka|cedera|melukai|wounded|injured|injuries|hurt)\b/u;
const CASUALTIES = /\b(?:korban|casualties|casualty|losses|lost|kehilangan)\b/u;
const SENT =
  /\b(?:kirim|dikirim|mengirim|mengirimkan|dikirimkan|pengiriman|kerahkan|dikerahkan|mengerahkan|pengerahan|menerjunkan|diterjunkan|memobilisasi|sent|send|sends|sending|deployed|deploy|deploys|deploying|deployment|dispatched|dispatch|dispatching|stationed|ditempatkan)\b/u;

/** Clause boundaries: the words qualifying a figure stop at these. */
const CLAUSE_BREAK = /[,;:()"“”]|\s(?:termasuk|including|sementara|while|whereas|namun|tetapi|but)\s/u;

/** How many words before and after the figure are read. */
const WORDS_BEFORE = 6;
const WORDS_AFTER = 8;

/** The clause around text[start, end): at most a few words either side, within clause breaks. */
function window(text: string, start: number, end: number): { before: string; after: string } {
  let before = text.slice(0, start);
  const breaks = [...before.matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))];
  if (breaks.length > 0) {
    const last = breaks[breaks.length - 1]!;
    before = before.slice(last.index + last[0].length);
  }
  let after = text.slice(end);
  // The words after a figure qualify it up to the next clause break or the next figure
  // ("59 orang tewas dan 500 orang terluka": 59 killed, 500 wounded).
  const next = after.search(new RegExp(`${CLAUSE_BREAK.source}|\\s\\d`, 'u'));
  if (next >= 0) after = after.slice(0, next);
  // "menewaskan 47 dan membuat puluhan lainnya terluka": a conjunction right after the figure
  // starts another clause; the figure's predicate is before it.
  if (/^\s*(?:dan|and|serta|atau|or)\b/iu.test(after)) after = '';
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  return {
    before: ` ${words(foldText(before)).slice(-WORDS_BEFORE).join(' ')} `,
    after: ` ${words(foldText(after)).slice(0, WORDS_AFTER).join(' ')}`,
  };
}

/** What the figure at text[start, end) counts. */
export function quantityAt(text: string, start: number, end: number): Quantity {
  const { before, after } = window(text, start, end);
  if (REINFORCEMENT_AFTER.test(after) || REINFORCEMENT_BEFORE.test(before)) return 'reinforcements';
  // What follows the figure says what it counts ("4.000 tentara ... tewas atau terluka");
  // the words before it only when those after are silent ("menewaskan 59 orang").
  const qualifies = KILLED.test(after) || WOUNDED.test(after) ? after : `${before} ${after}`;
  const around = `${before} ${after}`;
  const killed = KILLED.test(qualifies);
  const wounded = WOUNDED.test(qualifies);
  if (killed && wounded) return 'casualties';
  if (killed) return 'killed';
  if (wounded) return 'wounded';
  if (CASUALTIES.test(around)) return 'casualties';
  if (SENT.test(around)) return 'sent';
  return 'generic';
}

/**
 * Whether a claimed quantity may be compared with a reported one. Equal quantities compare;
 * a claim that does not say what its figure counts ("14 ribu tentara Korut") compares with
 * every reported figure of the same unit; a specific claim never with a generic report.
 */
export function comparable(claimed: Quantity, reported: Quantity): boolean {
  return claimed === reported || claimed === 'generic';
}

/** People counted: a figure of "tentara" and one of "troops" count the same kind of thing. */
const PEOPLE = new Set(
  ('tentara pasukan prajurit personel personil serdadu orang warga jiwa korban pekerja bala anggota militer pejuang tahanan pengungsi peran ' +
    'calon kandidat pegawai karyawan siswa siswi mahasiswa murid guru penumpang pendaki jemaat pengunjung peserta anak polisi petugas penduduk ' +
    'pasien nelayan petani buruh turis wisatawan pemilih relawan demonstran pengunjuk militan teroris tersangka terdakwa napi narapidana ' +
    'troops troop soldiers soldier people persons personnel men women children fighters servicemen workers employees residents civilians ' +
    'refugees prisoners candidates students passengers tourists patients voters volunteers protesters militants suspects police officers ' +
    'atlet pemain athletes athlete players player delegates delegasi').split(
    ' ',
  ),
);
/** Currencies, in both languages and in the plural: a sum of money is one kind of figure. */
const MONEY = new Set(
  ('rupiah rp idr dolar dollar dollars usd us$ euro euros eur yen won rubel ruble rubles rouble roubles pound pounds poundsterling sterling ' +
    'ringgit yuan renminbi rupee rupees peso pesos franc francs riyal riyals dirham dirhams baht dong lira').split(' '),
);
const PERCENT = new Set('persen % percent per cent'.split(' '));
/** Units written differently in the two languages or in short: one name each. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  ton: 'ton', tons: 'ton', tonnes: 'ton', tonne: 'ton', metrik: 'ton', metric: 'ton',
  km: 'km', kilometer: 'km', kilometers: 'km', kilometres: 'km', meter: 'm', meters: 'm', metres: 'm',
  tahun: 'year', years: 'year', year: 'year', thn: 'year', bulan: 'month', months: 'month', month: 'month',
  hari: 'day', days: 'day', day: 'day', jam: 'hour', hours: 'hour', hour: 'hour', menit: 'minute', minutes: 'minute',
  unit: 'unit', units: 'unit', kali: 'times', times: 'times', kg: 'kg', kilogram: 'kg', kilograms: 'kg',
  rumah: 'house', houses: 'house', homes: 'house', negara: 'country', countries: 'country', kursi: 'seat', seats: 'seat',
  saham: 'share', shares: 'share', pesawat: 'aircraft', aircraft: 'aircraft', planes: 'aircraft',
  rudal: 'missile', missiles: 'missile', kapal: 'ship', ships: 'ship', lives: 'people',
  poin: 'point', points: 'point', point: 'point', pts: 'point', angka: 'point', gol: 'goal', goals: 'goal', goal: 'goal',
  laga: 'match', pertandingan: 'match', matches: 'match', games: 'match', kemenangan: 'win', wins: 'win', victories: 'win',
  suara: 'vote', votes: 'vote', judul: 'title', titles: 'title', gelar: 'title',
};

/** Words just before a figure that make it a price. */
const PRICE_BEFORE = /\b(?:harga\S*|seharga|senilai|bernilai|biaya\S*|tarif\S*|price[ds]?|priced|costs?|worth|valued)\s+(?:\S+\s+){0,2}$/iu;

/** Words skipped when looking for the unit: names, and determiners. */
const SKIP = /^(?:\p{Lu}\S*|korea|utara|selatan|rusia|north|south|korean|russian|ukrainian|of|the|dari|yang|asal|additional|more|extra|other|new|fresh|further|lainnya|tambahan|baru|lagi|lebih)$/u;

/** The kind of thing a figure counts, from the first noun after it: "people", "money", "percent" or the word. */
export function unitAt(text: string, end: number): string | undefined {
  const after = text.slice(end, end + 80);
  if (/^\s*%/.test(after)) return 'percent';
  const before = text.slice(Math.max(0, end - 40), end);
  // A rank ("8th", "ke-8", "yang kedelapan") is compared with ranks only.
  if (/(?:\d(?:st|nd|rd|th)|\bke-?\s?\d+)$/iu.test(before)) return 'ordinal';
  if (/(?:rp\.?|us\$|\$|€|£)\s*[\d.,]+(?:\s?\S+)?$/iu.test(before)) return 'money';
  // "harganya sekitar 300 jt", "seharga 34,9 juta", "worth $5 million": a price.
  if (PRICE_BEFORE.test(before.replace(/[\d.,]+(?:\s?\S+)?$/u, ''))) return 'money';
  const words = after.split(/[\s,;.()]+/).filter(Boolean).slice(0, 4);
  for (const raw of words) {
    // A currency is the unit, capitalised or not ("34,9 juta Pounds").
    if (MONEY.has(foldText(raw))) return 'money';
    if (SKIP.test(raw)) continue;
    const w = foldText(raw);
    if (PEOPLE.has(w)) return 'people';
    if (w in UNIT_ALIASES) return UNIT_ALIASES[w];
    // A figure followed by a function word ("47 dan ...", "20.000 ke Rusia") names no unit.
    if (INDONESIAN_STOP_WORDS.has(w) || ENGLISH_STOP_WORDS.has(w)) return undefined;
    if (MONEY.has(w)) return 'money';
    if (PERCENT.has(w)) return 'percent';
    return w;
  }
  return undefined;
}
