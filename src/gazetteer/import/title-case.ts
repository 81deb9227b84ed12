/**
 * Readable case for names that the lists write in capitals (`LASHKAR I JHANGVI` → `Lashkar i Jhangvi`,
 * `TEHRIK-E TALIBAN PAKISTAN` → `Tehrik-e Taliban Pakistan`, `BIN LADEN` → `bin Laden`).
 */

/** Words written in lower case when they are not the first word of the name. */
const SMALL_WORDS = new Set([
  // English
  'a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  // Arabic / Urdu / Persian particles and connectors, as the lists themselves write them in mixed case
  'al', 'el', 'bin', 'bint', 'ibn', 'ben', 'wa', 'wal', 'fi', 'li', 'i', 'e', 'ul', 'ud', 'ur', 'ut',
  // French / Spanish / Portuguese / Dutch
  'de', 'del', 'della', 'des', 'du', 'da', 'do', 'dos', 'la', 'le', 'les', 'et', 'pour', 'en', 'y', 'van', 'von',
]);

/** Connectors written in lower case after a hyphen (`Tehrik-e`, `Jaish-i-Mohammed`, `Bashir-ud-Din`). */
const HYPHEN_CONNECTORS = new Set(['e', 'i', 'a', 'o', 'ul', 'ud', 'ur', 'us', 'uz', 'ut', 'al', 'el', 'wal', 'wa']);

/** Capitals kept as they are inside a name. */
const KEEP_UPPER = new Set(['ISIL', 'ISIS', 'IRGC', 'ETA', 'IRA', 'PKK', 'USA', 'UAE', 'UK', 'II', 'III', 'IV', 'VI']);

/** Company-form abbreviations written in mixed case. */
const FIXED: Record<string, string> = { LTD: 'Ltd', CO: 'Co', INC: 'Inc', CORP: 'Corp', INTL: 'Intl', PVT: 'Pvt' };

const HAS_LOWER = /\p{Ll}/u;
const HAS_VOWEL = /[AEIOUYÀ-ÖØ-Ý]/;

function capitalise(seg: string): string {
  // Skip leading quote marks and brackets: ‘ABD → ‘Abd, 'ADNAN → 'Adnan.
  const m = /^([^\p{L}]*)(\p{L})(.*)$/su.exec(seg);
  if (!m) return seg;
  return m[1]! + m[2]!.toUpperCase() + m[3]!.toLowerCase();
}

function caseSegment(seg: string, firstInName: boolean, afterHyphen: boolean, keep: ReadonlySet<string>): string {
  if (seg === '' || HAS_LOWER.test(seg)) return seg;
  const bare = seg.replace(/[^\p{L}\p{N}]/gu, '');
  if (FIXED[bare] !== undefined) return seg.replace(bare, FIXED[bare]!);
  if (bare === '' || keep.has(bare) || KEEP_UPPER.has(bare) || /\d/.test(bare)) return seg;
  if (bare.length >= 2 && !HAS_VOWEL.test(bare)) return seg; // TTP, HQN, LLC: read as acronyms
  if (/\./.test(seg) && bare.length <= 3) return seg; // L.L.C., S.A.
  const lower = seg.toLowerCase();
  if (!firstInName) {
    if (afterHyphen && HYPHEN_CONNECTORS.has(lower)) return lower;
    if (!afterHyphen && SMALL_WORDS.has(lower)) return lower;
    // French elision: L’UNIFICATION → l’Unification
    const el = /^([ld])(['’])(.+)$/.exec(lower);
    if (el) return el[1]! + el[2]! + capitalise(el[3]!);
  }
  return capitalise(seg);
}

/**
 * Give upper-case words a readable case; words that already contain a lower-case letter are kept.
 * @param name a name as the list writes it
 * @param keepUpper extra all-caps words to keep (for example the record's own acronyms)
 * @returns the name with the same characters, only letter case changed
 * Note: `AL-` at the start stays `Al-` (`Al-Qaida`), later `al-` (`Asbat al-Ansar`); after an
 * apostrophe letters stay lower (`Qa'ida`); vowel-less words (`TTP`) and words with digits are kept.
 */
export function titleCaseName(name: string, keepUpper: ReadonlySet<string> = new Set()): string {
  let first = true;
  return name
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s+$/.test(word) || word === '') return word;
      const parts = word.split(/([-‐–—])/);
      const out = parts.map((seg, i) => {
        if (i % 2 === 1) return seg;
        const res = caseSegment(seg, first && i === 0, i > 0, keepUpper);
        // `AL-` / `EL-` starting a later word is a particle: Asbat al-Ansar.
        if (i === 0 && !first && parts.length > 1 && /^(al|el|ad|an|ar|as|ash|at|az)$/i.test(seg) && !HAS_LOWER.test(seg)) {
          return seg.toLowerCase();
        }
        return res;
      });
      if (/\p{L}/u.test(word)) first = false;
      return out.join('');
    })
    .join('');
}
