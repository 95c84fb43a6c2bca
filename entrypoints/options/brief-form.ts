// The brief editor's text fields to and from a Brief: lists are one item per line, niches are
// "Name: keyword, keyword" lines. Kept apart from the UI so round-trips are tested.
import type { Brief } from '../../shared/schemas/brief';

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

export function newBrief(): Brief {
  return {
    id: crypto.randomUUID(),
    name: 'New brief',
    brand: '',
    purpose: 'hybrid',
    niches: [],
    values: [],
    excludedTerms: [],
    cautionTerms: [],
    platforms: [],
    followerRange: { min: null, max: null },
    minEngagementRate: null,
    regions: [],
    excludedRegions: [],
    languages: [],
    jurisdictions: ['US'],
    weights: {},
  };
}
