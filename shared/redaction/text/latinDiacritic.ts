// Latin letters with diacritics ("Jarosław Szczepańska", "Xóchitl"): an unlisted word with one is
// spelled like a name, not like a product
const LATIN_DIACRITIC = /[\u00c0-\u024f]/;

export function hasLatinDiacritic(word: string): boolean {
  return LATIN_DIACRITIC.test(word);
}
