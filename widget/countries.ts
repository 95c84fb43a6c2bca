// The country list, built from Intl instead of shipped: every two-letter code the runtime can name
// is a region, minus groupings, pseudo-regions and retired codes (CLDR still names "Burma" as BU).
// Sorted by name in the applicant's locale.
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

const cache = new Map<string, { code: string; name: string }[]>();

export function countries(locale: string): { code: string; name: string }[] {
  const known = cache.get(locale);
  if (known) return known;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name && name !== code) list.push({ code, name });
    }
  }
  const collator = new Intl.Collator(locale);
  list.sort((x, y) => collator.compare(x.name, y.name));
  cache.set(locale, list);
  return list;
}
