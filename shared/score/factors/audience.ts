// Region and language hints against the brief's regions and languages. The hints are the page's
// (a stated country, the caption language), not audience analytics, and the reason says so.
import { primaryLanguage } from '../compiled-brief';
import { type FactorOutcome, type FitContext, known, notApplicable, unknown } from './context';

export function audienceFactor(ctx: FitContext): FactorOutcome {
  const { regions, languages } = ctx.compiled;
  if (regions.size === 0 && languages.size === 0) {
    return notApplicable('The brief names no region or language.');
  }
  const parts: number[] = [];
  const evidence: string[] = [];
  const said: string[] = [];
  const missing: string[] = [];
  if (regions.size > 0) {
    const country = ctx.profile.countryHint?.trim().toUpperCase() || null;
    if (country === null) missing.push('country');
    else {
      const fits = regions.has(country);
      parts.push(fits ? 100 : 0);
      evidence.push(`country hint ${country}; brief wants ${ctx.compiled.regionsText}`);
      said.push(fits ? `based in ${country}` : `based in ${country}, outside the brief’s regions`);
    }
  }
  if (languages.size > 0) {
    const lang = ctx.profile.languageHint ? primaryLanguage(ctx.profile.languageHint) : '';
    if (!lang) missing.push('language');
    else {
      const fits = languages.has(lang);
      parts.push(fits ? 100 : 0);
      evidence.push(`language hint ${lang}; brief wants ${ctx.compiled.languagesText}`);
      said.push(fits ? `posts in ${lang}` : `posts in ${lang}, not a brief language`);
    }
  }
  if (parts.length === 0)
    return unknown(`The page shows no ${missing.join(' or ')} to compare with the brief.`);
  if (missing.length > 0) evidence.push(`${missing.join(' and ')} not shown`);
  const score = parts.reduce((a, b) => a + b, 0) / parts.length;
  const text = said.join(' and ');
  return known(
    score,
    `${text.charAt(0).toUpperCase()}${text.slice(1)} (page hints, not audience data).`,
    evidence,
  );
}
