/**
 * The DOS code page (cp866) of old legal systems' and DOS editors' exports. It puts а–п (о, е, а, и, н …: about
 * 70 % of the letters of a Russian text) at 0xA0–0xAF and р–я at 0xE0–0xEF, while windows-1251 spends 0xA0–0xAF on
 * punctuation (no-break space, «, §, ¦) and puts р–я at 0xF0–0xFF, where cp866 has only rare signs (Ё, №, ¤, ■) and
 * KOI8-R upper-case letters; KOI8-R puts box drawing at 0xA0–0xAF. So a Russian text is cp866 when bytes 0xA0–0xAF
 * and 0xE0–0xEF each outnumber 0xF0–0xFF many times: the letter-frequency score that parts windows-1251 from KOI8-R
 * cannot judge cp866, whose box drawing (0xB0–0xDF) reads as letters in both others.
 */

/** How many times each of cp866's letter ranges must outnumber windows-1251's р–я range. */
const DOMINANCE = 4;
/** Fewer bytes in 0xA0–0xAF than this say nothing (a short Latin text with a few signs). */
const MIN_LETTERS = 32;

export function looksCp866(sample: Uint8Array): boolean {
  let low = 0; // 0xA0–0xAF: cp866 а–п
  let high = 0; // 0xE0–0xEF: cp866 р–я
  let top = 0; // 0xF0–0xFF: windows-1251 р–я, KOI8-R П–Ъ
  for (const b of sample) {
    if (b >= 0xa0 && b <= 0xaf) low++;
    else if (b >= 0xe0 && b <= 0xef) high++;
    else if (b >= 0xf0) top++;
  }
  return low >= MIN_LETTERS && low > DOMINANCE * top && high > DOMINANCE * top;
}
