// The brief editor's text fields to and from a Brief: lists are one item per line, niches are
// "Name: keyword, keyword" lines. Kept apart from the UI so round-trips are tested.
import { type Brief, BriefSchema } from '../../shared/schemas/brief';

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function nichesText(brief: Pick<Brief, 'niches'>): string {
  return brief.niches.map((n) => `${n.name}: ${n.keywords.join(', ')}`).join('\n');
}

export function parseNiches(text: string): Brief['niches'] {
  return lines(text).map((line) => {
    const [name, rest] = line.includes(':')
      ? [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]
      : [line, line];
    const keywords = rest
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    return { name: name.trim(), keywords: keywords.length ? keywords : [name.trim()] };
  });
}

/** A brief with nothing asked for yet: the schema's defaults say what each empty field holds. */
export function newBrief(): Brief {
  return BriefSchema.parse({ id: crypto.randomUUID(), name: 'New brief', purpose: 'hybrid' });
}

/** The editor's fields that are typed as text and must be read before they go into the brief. */
export interface BriefFields {
  followersMin: string;
  followersMax: string;
  /** In percent, as the marketer types it: "2.5" is 2.5%. */
  minEngagement: string;
  regions: string;
  excludedRegions: string;
  languages: string;
}

export type FieldProblems = Partial<Record<keyof BriefFields, string>>;

export function fieldsOf(brief: Brief): BriefFields {
  const number = (n: number | null) => (n === null ? '' : String(n));
  return {
    followersMin: number(brief.followerRange.min),
    followersMax: number(brief.followerRange.max),
    // Rounded: 0.029 * 100 is 2.9000000000000004.
    minEngagement:
      brief.minEngagementRate === null ? '' : String(Math.round(brief.minEngagementRate * 1e4) / 100),
    regions: brief.regions.join('\n'),
    excludedRegions: brief.excludedRegions.join('\n'),
    languages: brief.languages.join('\n'),
  };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Two-letter codes Intl names that are no country (the EU, the UN, "UK" for GB...). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'UK', 'QO', 'ZZ']);

/** "United States" -> "US": a country typed by name, to suggest its code. */
function countryCodeNamed(name: string): string | null {
  const wanted = name.trim().toLowerCase();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && regionNames.of(code)?.toLowerCase() === wanted) return code;
    }
  return null;
}

function readRegions(text: string): { codes: string[]; problem: string | null } {
  const codes: string[] = [];
  for (const line of lines(text)) {
    const code = line.toUpperCase();
    const name = /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) ? regionNames.of(code) : undefined;
    if (name && name !== code) {
      codes.push(code);
      continue;
    }
    const suggestion = code === 'UK' ? 'GB' : countryCodeNamed(line);
    return {
      codes,
      problem: suggestion
        ? `"${line}" is not a country code: write ${suggestion} for ${regionNames.of(suggestion)}.`
        : `"${line}" is not a two-letter country code (ISO 3166-1, for example US, GB, DE).`,
    };
  }
  return { codes, problem: null };
}

function readLanguages(text: string): { codes: string[]; problem: string | null } {
  const codes: string[] = [];
  for (const line of lines(text)) {
    const code = line.toLowerCase();
    const name = /^[a-z]{2}$/.test(code) ? languageNames.of(code) : undefined;
    if (!name || name === code)
      return {
        codes,
        problem: `"${line}" is not a two-letter language code (ISO 639-1, for example en, es, de).`,
      };
    codes.push(code);
  }
  return { codes, problem: null };
}

function readCount(text: string, what: string): { value: number | null; problem: string | null } {
  if (text.trim() === '') return { value: null, problem: null };
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value))
    return { value: null, problem: `${what} must be a whole number of followers, 0 or more.` };
  return { value, problem: null };
}

/**
 * The brief with the typed fields read into it, and what is wrong with each field that could not be
 * read (a field with a problem keeps the brief's previous value). Saving is refused while any is.
 */
export function readFields(brief: Brief, fields: BriefFields): { brief: Brief; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const min = readCount(fields.followersMin, 'Followers from');
  const max = readCount(fields.followersMax, 'Followers up to');
  if (min.problem) problems.followersMin = min.problem;
  if (max.problem) problems.followersMax = max.problem;
  if (min.value !== null && max.value !== null && min.value > max.value)
    problems.followersMax = `Followers up to (${max.value.toLocaleString('en')}) is below followers from (${min.value.toLocaleString('en')}).`;
  let minEngagementRate = brief.minEngagementRate;
  if (fields.minEngagement.trim() === '') minEngagementRate = null;
  else {
    const percent = Number(fields.minEngagement.replace('%', ''));
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
      problems.minEngagement = `Minimum engagement is a percentage from 0 to 100 (2.5 means 2.5%), not ${fields.minEngagement.trim()}.`;
    // Via hundredths of a percent: 2.9 / 100 is 0.028999999999999998.
    else minEngagementRate = Math.round(percent * 100) / 1e4;
  }
  const regions = readRegions(fields.regions);
  const excludedRegions = readRegions(fields.excludedRegions);
  const languages = readLanguages(fields.languages);
  if (regions.problem) problems.regions = regions.problem;
  if (excludedRegions.problem) problems.excludedRegions = excludedRegions.problem;
  if (languages.problem) problems.languages = languages.problem;
  return {
    brief: {
      ...brief,
      followerRange: {
        min: problems.followersMin || problems.followersMax ? brief.followerRange.min : min.value,
        max: problems.followersMin || problems.followersMax ? brief.followerRange.max : max.value,
      },
      minEngagementRate,
      regions: regions.problem ? brief.regions : regions.codes,
      excludedRegions: excludedRegions.problem ? brief.excludedRegions : excludedRegions.codes,
      languages: languages.problem ? brief.languages : languages.codes,
    },
    problems,
  };
}
