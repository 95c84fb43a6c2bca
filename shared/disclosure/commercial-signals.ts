// Commercial signals: the facts about a post that call for a disclosure (affiliate and shortened links,
// discount codes, gift/PR, sponsor and affiliate wording, shopping calls to action, brand mentions in a
// commercial context, the platform's paid-partnership label). Whether something discloses them is
// disclosures.ts and judgement.ts.
import type { CommercialSignal } from '../schemas/disclosure';
import type { Platform } from '../schemas/enums';
import { findMentions } from '../text/entities';
import { linkShapeOf, linkShapeOfLower } from './affiliate-networks';
import { brandAfter, brandBefore, brandOnLine } from './brand-object';
import type { CaptionScan } from './caption-scan';
import type { Disclosure } from './disclosures';
import { firstAtOrAfter } from './sorted';

const LETTER = /\p{L}/u;
// A code: letters and digits, at least 3, with a digit or in capitals ("SARAH20", "GLOW").
const CODE_AFTER = /[\s:："'“”‘’«»=-]*([\p{L}\p{N}][\p{L}\p{N}_-]{2,24})/uy;
const NOT_CODES = new Set([
  'FOR',
  'THE',
  'AND',
  'YOU',
  'ALL',
  'AT',
  'IN',
  'TO',
  'ON',
  'IS',
  'PARA',
  'POUR',
  'FÜR',
]);
const CUE_BEFORE_MENTION =
  /(?:thanks|thank you|thx|danke|merci|gracias|grazie|obrigad[oa]|dzięki|takk|bedankt|with|by|from|x|×|via|at|bei|von|con|avec|de|da|z|fra|van)\s*(?:to|an|à|a|til|aan)?\s*$/iu;

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

function readCode(text: string, from: number): { code: string; end: number } | null {
  CODE_AFTER.lastIndex = from;
  const m = CODE_AFTER.exec(text);
  const code = m?.[1];
  if (!m || !code) return null;
  const upper = code.toUpperCase();
  if (NOT_CODES.has(upper) || !(/\d/.test(code) || code === upper) || !/[\p{L}\d]/u.test(code)) return null;
  if (!LETTER.test(code) && code.length < 4) return null;
  return { code, end: m.index + m[0].length };
}

/** Start of the number before a "%", or -1 when no number precedes it. */
function numberBefore(text: string, percentAt: number): number {
  let i = percentAt;
  while (i > 0 && text[i - 1] === ' ') i--;
  let j = i;
  while (j > 0 && /[\d.,]/.test(text[j - 1]!)) j--;
  return j < i && /\d/.test(text.slice(j, i)) ? j : -1;
}

/** The brand a partnership word or role (text[start, end)) is about, or null when it names none. */
function brandBeside(text: string, start: number, end: number, where: 'object' | 'line'): string | null {
  return (
    brandAfter(text, end) ??
    brandBefore(text, start) ??
    (where === 'line' ? brandOnLine(text, start, end) : null)
  );
}

/** Link, word and hashtag signals, and the paid label; brand mentions come once the post is known commercial. */
export function signalsOf(
  scan: CaptionScan,
  paidLabel: boolean | null,
  platform: Platform | null,
): CommercialSignal[] {
  const { text, lower } = scan;
  const signals: CommercialSignal[] = [];
  for (const link of scan.links) {
    // A slice of `lower` is the link lower-cased, except where "İ" was mapped (then lower-case it alone).
    const shape = scan.dotted ? linkShapeOf(link.text) : linkShapeOfLower(lower.slice(link.start, link.end));
    if (shape)
      signals.push({
        kind: shape.kind,
        text: link.text,
        start: link.start,
        end: link.end,
        detail: shape.network,
        disclosedBy: [],
      });
  }
  for (const m of scan.matches) {
    for (const meaning of m.entry.signals) {
      let s = m.start;
      let e = m.end;
      let detail: string | null = meaning.language;
      // A gift noun counts only as a thanked-for gift (the scan made that one term, gift-thanks.ts).
      if (meaning.needsThanks) continue;
      if (meaning.brand !== null && brandBeside(text, m.start, m.end, meaning.brand) === null) continue;
      if (meaning.kind === 'discount_code' && !m.tag) {
        if (meaning.needsNumber) {
          s = numberBefore(text, m.start);
          if (s < 0) continue;
        } else {
          const code = readCode(text, m.end);
          if (code) {
            e = code.end;
            detail = code.code;
          } else if (meaning.needsCode) continue;
        }
      } else if (meaning.needsCode || meaning.needsNumber) continue;
      signals.push({ kind: meaning.kind, text: text.slice(s, e), start: s, end: e, detail, disclosedBy: [] });
    }
  }
  if (paidLabel === true)
    signals.push({ kind: 'paid_label', text: '', start: -1, end: -1, detail: platform, disclosedBy: [] });
  return signals.sort(byStart);
}

/**
 * In a commercial post, an @handle next to the commercial wording (same line) or after "thanks to", "x",
 * "by" ... is most likely the brand. Returns `signals` with those mentions merged in, in text order.
 */
export function withBrandMentions(
  scan: CaptionScan,
  signals: CommercialSignal[],
  disclosures: readonly Disclosure[],
): CommercialSignal[] {
  const { text } = scan;
  if (!text.includes('@')) return signals;
  const anchors: number[] = [];
  let f = 0;
  for (const s of signals) {
    if (s.start < 0) continue;
    while (f < disclosures.length && disclosures[f]!.start <= s.start) anchors.push(disclosures[f++]!.start);
    anchors.push(s.start);
  }
  while (f < disclosures.length) anchors.push(disclosures[f++]!.start);
  const mentions: CommercialSignal[] = [];
  for (const mention of findMentions(text, scan.links)) {
    const lineStart = text.lastIndexOf('\n', mention.start) + 1;
    const lineEnd = text.indexOf('\n', mention.end) < 0 ? text.length : text.indexOf('\n', mention.end);
    const next = firstAtOrAfter(anchors.length, lineStart, (k) => anchors[k]!);
    const sameLine = next < anchors.length && anchors[next]! < lineEnd;
    if (
      sameLine ||
      CUE_BEFORE_MENTION.test(text.slice(Math.max(lineStart, mention.start - 24), mention.start))
    )
      mentions.push({
        kind: 'brand_mention',
        text: text.slice(mention.start, mention.end),
        start: mention.start,
        end: mention.end,
        detail: mention.text,
        disclosedBy: [],
      });
  }
  return mentions.length === 0 ? signals : [...signals, ...mentions].sort(byStart);
}

/**
 * "Link in bio", "shop now" and the like are signals with a brand tag (disclosure-rules.md: "link in bio"
 * with a brand tag) or beside another signal; alone they point at the creator's own podcast, video or
 * recipe. Returns `signals` without them then.
 */
export function withoutBareCallsToAction(scan: CaptionScan, signals: CommercialSignal[]): CommercialSignal[] {
  if (signals.length === 0 || signals.some((s) => s.kind !== 'link_in_bio')) return signals;
  return scan.text.includes('@') && findMentions(scan.text, scan.links).length > 0 ? signals : [];
}
