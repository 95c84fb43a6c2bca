// Hashtags, mentions and links in a caption or bio, with their UTF-16 positions. Shared by the
// platform adapters (a post's hashtags and mentions) and the disclosure checker (#ad, @brand).
//
// Traps handled (all seen on real pages): "amig@s" and e-mail addresses are not mentions, an "@"
// inside a URL is not a mention, "#1950’s" is the tag "1950", "#adventure" is not "#ad" (callers
// compare whole tags), and a "#" inside a URL ("/#section") is not a hashtag.

export interface Entity {
  /** Without the leading # or @. */
  text: string;
  start: number;
  end: number;
}

const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ly|gl|me|tv|gg|link|shop|store|app|to|be|de|fr|es|it|nl|uk|br|in|au|ca|pl|no|mx)\/[^\s<>"']*/giu;
// A tag runs over letters, marks, digits and underscores; an apostrophe or any punctuation ends it.
const HASHTAG_RE = /(^|[^\p{L}\p{N}_&/])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
// A mention must not follow a letter, digit, dot or slash (e-mails, "amig@s", URLs).
const MENTION_RE = /(^|[^\p{L}\p{N}_./@])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)/gu;
const TRAILING_PUNCT = /[.,;:!?)\]}'"’”»]+$/u;

export function findLinks(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(TRAILING_PUNCT, '');
    out.push({ text: raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

function outside(spans: Entity[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return false;
  return true;
}

function collect(re: RegExp, text: string, links: Entity[], sigil: number): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(re)) {
    const lead = m[1] ?? '';
    const start = m.index + lead.length;
    if (!outside(links, start)) continue;
    const body = m[2] ?? '';
    out.push({ text: body, start, end: start + sigil + body.length });
  }
  return out;
}

export function findHashtags(text: string, links = findLinks(text)): Entity[] {
  // Pure digit runs of 1-2 characters are usually rankings ("#1"), not tags.
  return collect(HASHTAG_RE, text, links, 1).filter((e) => !/^\d{1,2}$/.test(e.text));
}

export function findMentions(text: string, links = findLinks(text)): Entity[] {
  return collect(MENTION_RE, text, links, 1);
}

/** Unique hashtags in order of first use, as written. */
export function hashtagsOf(text: string): string[] {
  return [...new Set(findHashtags(text).map((e) => e.text))];
}

/** Unique mentioned handles in order of first use, as written. */
export function mentionsOf(text: string): string[] {
  return [...new Set(findMentions(text).map((e) => e.text))];
}
