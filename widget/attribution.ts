// Campaign attribution copied from the landing page into hidden fields. Only allowlisted keys are
// read, so whatever else sits in the host page's URL (tokens, e-mail addresses) never leaves it.
import { ATTRIBUTION_KEYS } from '../shared/schemas/enums';

export type Attribution = Partial<Record<(typeof ATTRIBUTION_KEYS)[number], string>>;

export function attribution(location: Location, referrer: string): Attribution {
  const out: Attribution = {};
  const params = new URLSearchParams(location.search);
  for (const key of ATTRIBUTION_KEYS) {
    const value = params.get(key);
    if (key.startsWith('utm_') && value) out[key] = value.slice(0, 2000);
  }
  // Origin and path only: the query may carry more than the allowlist.
  if (referrer) {
    try {
      const r = new URL(referrer);
      out.referrer = r.origin + r.pathname;
    } catch {}
  }
  out.landingUrl = location.origin + location.pathname;
  return out;
}
