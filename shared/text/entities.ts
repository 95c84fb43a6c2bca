// Hashtags, mentions and links in a caption or bio, with their UTF-16 positions. Shared by the
// platform adapters (a post's hashtags and mentions) and the disclosure checker (#ad, @brand).
//
// Traps handled (all seen on real pages): "amig@s" and e-mail addresses are not mentions, an "@"
// inside a URL is not a mention, "#1950’s" is the tag "1950", "#adventure" is not "#ad" (callers
// compare whole tags), and a "#" inside a URL ("/#section") is not a hashtag.
//
// The finders jump from one "#", "@", "://", "www." or "/" to the next with indexOf instead of running a
// Unicode regex over every character: the disclosure audit must stay within a few times the cost of one
// toLowerCase() pass (tests/bench/disclosure.bench.ts), and whole-text \p{L} regexes cost 5-8 such passes.

export interface Entity {
  /** Without the leading # or @. */
  text: string;
  start: number;
  end: number;
}

const TLDS =
  'com|net|org|io|co|ly|gl|me|tv|gg|link|shop|store|app|to|be|de|fr|es|it|nl|uk|br|in|au|ca|pl|no|mx|us|eu|pub|info|biz|page|ws|ai|at|ch|se|dk|fi|pt|ie|nz|jp';
// A bare domain before a "/", e.g. "amzn.to" in "amzn.to/3xYz"; the last label must be a known TLD.
const BARE_DOMAIN = new RegExp(`^(?:[a-z0-9-]+\\.)+(?:${TLDS})$`, 'i');
const URL_CHAR_STOP = /[\s<>"']/;
const TRAILING_PUNCT = [...'.,;:!?)]}\'"’”»'].map((c) => c.charCodeAt(0));
// A tag runs over letters, marks, digits and underscores; an apostrophe or any punctuation ends it.
const TAG_BODY = /[\p{L}\p{M}\p{N}_]+/uy;
const NOT_BEFORE_TAG = /[\p{L}\p{N}_&/]/u;
// A mention must not follow a letter, digit, dot, slash or "@" (e-mails, "amig@s", URLs).
const MENTION_BODY = /[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/uy;
const NOT_BEFORE_MENTION = /[\p{L}\p{N}_./@]/u;
const ASCII_WORD = /[A-Za-z0-9_]/;

/** The code point ending just before `at`, as a string ('' at the start). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return text.slice(at - 2, at);
  return text[at - 1]!;
}

/** Every index of `needle` in `text`, ascending. */
function indexesOf(text: string, needle: string, into: number[]): number[] {
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) into.push(i);
  return into;
}

function urlEnd(text: string, from: number): number {
  let end = from;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    // Whitespace, < > " ' end a URL (char codes keep this loop free of per-character regexes).
    if (c === 60 || c === 62 || c === 34 || c === 39 || c <= 32) break;
    if (c > 127 && URL_CHAR_STOP.test(text[end]!)) break;
  }
  return end;
}

const isAsciiWord = (c: number) => isAlnum(c) || c === 95;

/** Whether text[from, to) is "http" or "https" in any case (ASCII only, as /^https?$/i). */
function isScheme(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n !== 4 && n !== 5) return false;
  if ((text.charCodeAt(from) | 32) !== 104 || (text.charCodeAt(from + 1) | 32) !== 116) return false;
  if ((text.charCodeAt(from + 2) | 32) !== 116 || (text.charCodeAt(from + 3) | 32) !== 112) return false;
  return n === 4 || (text.charCodeAt(from + 4) | 32) === 115;
}

const isHostChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function pushLink(out: Entity[], text: string, start: number, end: number): void {
  // Trailing punctuation belongs to the sentence, not the link. A walk back by char code: the regex form
  // ([…]+$) is tried at every position of the link.
  while (end > start && TRAILING_PUNCT.includes(text.charCodeAt(end - 1))) end--;
  out.push({ text: text.slice(start, end), start, end });
}

export function findLinks(text: string): Entity[] {
  const starts: number[] = [];
  // Most captions have no "/" at all: then only "www." can start a link.
  const slashes = text.indexOf('/') >= 0;
  // "http://", "https://" (any case) and "www.", each starting a word.
  for (const i of slashes ? indexesOf(text, '://', []) : []) {
    const s = i >= 5 && isScheme(text, i - 5, i) ? i - 5 : i - 4;
    if (s >= 0 && isScheme(text, s, i) && !(s > 0 && isAsciiWord(text.charCodeAt(s - 1)))) starts.push(s);
  }
  const schemed = starts.length;
  for (const i of indexesOf(text, 'www.', indexesOf(text, 'WWW.', []))) {
    if (!(i > 0 && isAsciiWord(text.charCodeAt(i - 1)))) starts.push(i);
  }
  if (starts.length > schemed) starts.sort((a, b) => a - b);
  const out: Entity[] = [];
  let covered = -1;
  for (const s of starts) {
    if (s < covered) continue;
    const end = urlEnd(text, s);
    pushLink(out, text, s, end);
    covered = end;
  }
  // Bare domains with a path ("amzn.to/3xYz", "rstyle.me/abc"): walk back from each "/" over the host.
  const bare: Entity[] = [];
  if (!slashes) return out;
  let link = 0;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    // Slashes ascend: a cursor over the links found so far, and a jump past each (most "/" are in them).
    while (link < out.length && out[link]!.end <= slash) link++;
    if (link < out.length && out[link]!.start <= slash) {
      slash = out[link]!.end - 1;
      continue;
    }
    if (slash < (bare[bare.length - 1]?.end ?? 0)) continue;
    let s = slash;
    while (s > 0 && isHostChar(text.charCodeAt(s - 1))) s--;
    while (s < slash && !isAlnum(text.charCodeAt(s))) s++;
    if (s === slash || ASCII_WORD.test(charBefore(text, s)) || !BARE_DOMAIN.test(text.slice(s, slash)))
      continue;
    const end = urlEnd(text, slash);
    pushLink(bare, text, s, end);
  }
  return bare.length === 0 ? out : [...out, ...bare].sort((a, b) => a.start - b.start);
}

/** Whether `at` falls in one of `spans` (sorted, not overlapping); binary search keeps long texts linear-ish. */
export function insideSpans(spans: readonly Entity[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Tags or mentions as flat [start, end, start, end, ...] pairs; an entity's text is slice(start + 1, end). */
function collect(
  text: string,
  sigils: string[],
  body: RegExp,
  notBefore: RegExp,
  links: readonly Entity[],
  asciiBody: boolean,
  skipShortNumbers: boolean,
): number[] {
  const at = indexesOf(text, sigils[0]!, []);
  const plain = at.length;
  for (let k = 1; k < sigils.length; k++) indexesOf(text, sigils[k]!, at);
  // The full-width "＃" is rare: sort only when it occurs.
  if (at.length > plain && plain > 0) at.sort((a, b) => a - b);
  const out: number[] = [];
  const n = text.length;
  // Positions ascend, so one cursor over the (sorted) links replaces a search per sigil.
  let link = 0;
  for (const i of at) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    // ASCII neighbours are decided without a regex: space and most punctuation allow a tag or mention.
    if (
      before > 127 ||
      isAlnum(before) ||
      before === 95 ||
      before === 38 ||
      before === 47 ||
      before === 46 ||
      before === 64
    ) {
      if (notBefore.test(charBefore(text, i))) continue;
    }
    while (link < links.length && links[link]!.end <= i) link++;
    if (link < links.length && links[link]!.start <= i) continue;
    // Most tags are plain ASCII: read those with char codes, and hand anything else to the Unicode regex.
    let end = i + 1;
    if (asciiBody) {
      // Bounded by the length: charCodeAt past the end is NaN, which deoptimizes this loop.
      while (end < n) {
        const c = text.charCodeAt(end);
        if (!(isAlnum(c) || c === 95)) break;
        end++;
      }
      if (end > i + 1 && (end === n || text.charCodeAt(end) <= 127)) {
        if (!(skipShortNumbers && end - i <= 3 && isDigits(text, i + 1, end))) out.push(i, end);
        continue;
      }
    }
    body.lastIndex = i + 1;
    const m = body.exec(text);
    if (!m) continue;
    end = i + 1 + m[0].length;
    if (skipShortNumbers && end - i <= 3 && isDigits(text, i + 1, end)) continue;
    out.push(i, end);
  }
  return out;
}

function entitiesOf(text: string, spans: readonly number[]): Entity[] {
  const out: Entity[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k]!;
    const end = spans[k + 1]!;
    out.push({ text: text.slice(start + 1, end), start, end });
  }
  return out;
}

function isDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Hashtags as flat [start, end, ...] pairs (the "#" at start, the tag is slice(start + 1, end)): for callers
 * that look at most tags only briefly (the disclosure checker) and need not allocate an object for each.
 */
export function hashtagSpans(text: string, links: readonly Entity[]): number[] {
  // Pure digit runs of 1-2 characters are usually rankings ("#1"), not tags.
  return collect(text, ['#', '＃'], TAG_BODY, NOT_BEFORE_TAG, links, true, true);
}

export function findHashtags(text: string, links = findLinks(text)): Entity[] {
  return entitiesOf(text, hashtagSpans(text, links));
}

export function findMentions(text: string, links = findLinks(text)): Entity[] {
  return entitiesOf(text, collect(text, ['@'], MENTION_BODY, NOT_BEFORE_MENTION, links, false, false));
}

/** Unique hashtags in order of first use, as written. */
export function hashtagsOf(text: string): string[] {
  return [...new Set(findHashtags(text).map((e) => e.text))];
}

/** Unique mentioned handles in order of first use, as written. */
export function mentionsOf(text: string): string[] {
  return [...new Set(findMentions(text).map((e) => e.text))];
}
