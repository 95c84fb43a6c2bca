// One rendered X post (article[data-testid="tweet"]), as on a post page or in a profile timeline.
// X's markup is the same in every language except for the words, so each figure is the number in
// the accessibility label of the button data-testid names (exact: "27 Likes. Like", "27 Me gusta.
// Me gusta"), with the button's visible text as its display ("6K"); never the words around it.
import { countFromText, parseCount } from '../counts/parse-count';
import type { Count, Post } from '../schemas/profile';
import { fill, newPost } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { collapsedText } from './embedded';
import { domSource, type Picked, pick, pickWhere, type SelectorList } from './selectors';

// data-testid hooks, newest first (X's classes are generated and never used). Dates: the month of
// the captures they were checked on (2025-12, ../shared/fixtures/pages/x).
export const ARTICLE_SELECTORS = {
  tweet: [{ since: '2025-12', css: 'article[data-testid="tweet"]' }], // unchanged since 2019
  tweetText: [{ since: '2025-12', css: '[data-testid="tweetText"]' }],
  tweetUser: [{ since: '2025-12', css: '[data-testid="User-Name"]' }],
  socialContext: [{ since: '2025-12', css: '[data-testid="socialContext"]' }], // "Pinned", "… reposted"
  postLink: [{ since: '2025-12', css: 'a[href*="/status/"] time[datetime]' }],
  postedAt: [{ since: '2025-12', css: 'time[datetime]' }],
  // "unlike"/"unretweet" once the viewer has liked or reposted: the same button, another state.
  reply: [{ since: '2025-12', css: '[data-testid="reply"]' }],
  repost: [
    { since: '2025-12', css: '[data-testid="retweet"]' },
    { since: '2025-12', css: '[data-testid="unretweet"]' },
  ],
  like: [
    { since: '2025-12', css: '[data-testid="like"]' },
    { since: '2025-12', css: '[data-testid="unlike"]' },
  ],
  views: [{ since: '2025-12', css: 'a[href$="/analytics"][aria-label]' }],
  actionBar: [{ since: '2025-12', css: 'div[role="group"][aria-label]' }],
  video: [
    { since: '2025-12', css: '[data-testid="videoPlayer"]' },
    { since: '2025-12', css: '[data-testid="videoComponent"]' },
  ],
  photo: [{ since: '2025-12', css: '[data-testid="tweetPhoto"]' }],
  verified: [{ since: '2025-12', css: 'svg[data-testid="icon-verified"]' }],
} as const satisfies Record<string, SelectorList>;
const S = ARTICLE_SELECTORS;

// The socialContext line of a pinned post, in the languages we support (en, es, de, fr, pt, it, nl).
const PINNED = /^(?:pinned|fijado|fijada|angeheftet|épinglé|fixado|fissato|vastgezet)$/i;

// What marks a promoted post: X's own label, alone in a span in the post's header row ("Ad" today,
// "Promoted" in older layouts; localised). `data-testid="placementTracking"` is no such mark: it wraps every
// video player and the Follow button too (The Verge's ordinary video post in ../shared).
const AD_LABELS = new Set([
  'ad',
  'promoted',
  'anuncio',
  'promocionado',
  'anzeige',
  'gesponsert',
  'annonce',
  'sponsorisé',
  'anúncio',
  'promovido',
  'sponsorizzato',
  'gesponsord',
]);

// Words of the action bar's summary label ("10 replies, 1 repost, 27 likes, 5 bookmarks, 11424
// views"), read only for a figure whose button carries no number. Stems in en, es, de, fr, pt.
const SUMMARY_WORDS: [keyof ArticleCounts, RegExp][] = [
  ['comments', /^(?:repl|respu|respo|antwort|répon)/i],
  ['shares', /^(?:repost|retweet|retuit|republica)/i],
  ['likes', /^(?:like|me gusta|„?gefällt|j.aime|curtid)/i],
  ['views', /^(?:view|visualiza|aufruf|ansicht|vue|impression)/i],
];

type ArticleCounts = Record<'comments' | 'shares' | 'likes' | 'views', Count>;

/** What one article shows, beyond the Post record itself. */
export interface ArticleReading {
  post: Post;
  /** The post's author as its header shows them ("Kiko Beats", verified badge). */
  authorName: string | null;
  authorVerified: boolean;
}

/** A post's format from what it carries: a video, several photos (a carousel), one photo, or text. */
export function mediaFormat(hasVideo: boolean, photos: number): Post['format'] {
  if (hasVideo) return 'video';
  return photos > 1 ? 'carousel' : photos === 1 ? 'image' : 'text';
}

/** Every entry of a list, for "is it inside any of these" (closest, matches): no element is picked. */
const anyOf = (list: SelectorList) => list.map((s) => s.css).join(', ');

/** True when `el` sits inside a post quoted by `article` (its own header, media and text). */
function inQuote(article: Element, el: Element): boolean {
  const quote = el.closest('div[role="link"]');
  return !!quote && quote !== article && article.contains(quote) && !!quote.querySelector(anyOf(S.tweetUser));
}

/** The newest entry's first element that belongs to the article itself, not to a quoted post. */
function own(article: Element, list: SelectorList): Picked | null {
  return pickWhere(article, list, (el) => !inQuote(article, el));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rounded figure a button shows ("11K"); null when it shows none. */
function shownFigure(el: Element): string | null {
  const figure =
    el.querySelector('[data-testid="app-text-transition-container"]') ?? el.querySelector('span');
  const text = collapsedText(figure ?? el);
  return /\d/.test(text) ? text : null;
}

/** The exact figure in a button's label ("27 Likes. Like"), with the text shown on it. */
function labelledCount(el: Element | null | undefined, locale: string | undefined): Count | null {
  const label = el?.getAttribute('aria-label');
  const parsed = el && label ? parseCount(label, { locale }) : null;
  return parsed ? { ...parsed, display: shownFigure(el!) } : null;
}

/** Figures from the action bar's summary label, by the word after each number. */
function summaryCounts(label: string | null | undefined, locale: string | undefined): Partial<ArticleCounts> {
  const out: Partial<ArticleCounts> = {};
  for (const part of (label ?? '').split(/,\s+/)) {
    const m = /^\s*(\d[\d.,\u00a0\u202f ]*?)\s*(\D.*)$/u.exec(part);
    const parsed = m ? parseCount(m[1]!, { locale }) : null;
    const field = m ? SUMMARY_WORDS.find(([, re]) => re.test(m[2]!.trim()))?.[0] : undefined;
    if (parsed && field && !out[field]) out[field] = { ...parsed, display: null };
  }
  return out;
}

/** The author's handle from the article's own header: the element that reads "@Kikobeats". */
function handleIn(user: Element | null): string | null {
  if (!user) return null;
  for (const el of user.querySelectorAll('a, span')) {
    const m = /^@(\w{1,15})$/.exec(collapse(el.textContent ?? ''));
    if (m) return m[1]!;
  }
  return null;
}

/** X's "Ad"/"Promoted" label: a span of its own in the article, outside the text, links and quotes. */
function promotedLabel(article: Element): boolean {
  for (const span of article.querySelectorAll('span')) {
    if (span.children.length > 0) continue;
    if (!AD_LABELS.has(collapse(span.textContent ?? '').toLowerCase())) continue;
    if (span.closest(`${anyOf(S.tweetText)}, ${anyOf(S.actionBar)}, a, [role="link"]`)) continue;
    if (!inQuote(article, span)) return true;
  }
  return false;
}

/** True when the article's social context says the post is pinned to the profile. */
function pinnedLabel(article: Element): boolean {
  const context = own(article, S.socialContext);
  return !!context && PINNED.test(collapse(context.element.textContent ?? ''));
}

/** Reads one article; `locale` (the page's lang) decides "1.234" vs "1,234" in the labels. */
export function readArticle(article: Element, locale: string | undefined): ArticleReading {
  const post = newPost();
  const user = own(article, S.tweetUser);
  fill(post, 'authorHandle', handleIn(user?.element ?? null), user ? domSource(user) : '');
  const time = own(article, S.postLink);
  const link = time?.element.closest('a')?.getAttribute('href') ?? '';
  const views = own(article, S.views);
  const id =
    /\/status\/(\d+)(?:$|[/?#])/.exec(link)?.[1] ??
    /\/status\/(\d+)\/analytics/.exec(views?.element.getAttribute('href') ?? '')?.[1];
  fill(post, 'id', id, time ? `${domSource(time)} (a[href] /status/<id>)` : 'dom:a[href$="/analytics"]');
  if (post.id && post.authorHandle) post.url = `https://x.com/${post.authorHandle}/status/${post.id}`;

  // Each button's own label first; the action bar's summary for a figure a button's label lacks;
  // the figure shown on the button last.
  const bar = own(article, S.actionBar);
  const summary = summaryCounts(bar?.element.getAttribute('aria-label'), locale);
  for (const [field, list] of [
    ['comments', S.reply],
    ['shares', S.repost],
    ['likes', S.like],
    ['views', S.views],
  ] as const) {
    const button = own(article, list);
    const labelled = labelledCount(button?.element, locale);
    if (button && labelled) fill(post, field, labelled, `${domSource(button)} aria-label`);
    else if (bar && summary[field]) fill(post, field, summary[field], `${domSource(bar)} aria-label`);
    else if (button) {
      // Only the figure on the button: "785" is exact, "6K" rounded.
      const shown = shownFigure(button.element);
      fill(post, field, shown ? countFromText(shown, { locale }) : null, `${domSource(button)} text`);
    }
  }

  const posted = time ?? own(article, S.postedAt);
  const datetime = posted?.element.getAttribute('datetime') ?? '';
  if (posted && Number.isFinite(Date.parse(datetime))) {
    fill(post, 'postedAt', datetime, domSource(posted));
    post.postedAtPrecision = 'time';
  }

  const photos =
    S.photo
      .map((s) => [...article.querySelectorAll(s.css)].filter((el) => !inQuote(article, el)))
      .find((found) => found.length > 0) ?? [];
  post.format = mediaFormat(!!own(article, S.video), photos.length);
  post.sources.format = `dom:${anyOf(S.video)} / ${anyOf(S.photo)}`;

  const text = own(article, S.tweetText);
  const caption = text ? collapsedText(text.element) : '';
  if (fill(post, 'caption', caption, text ? domSource(text) : '')) readCaptionEntities(post);
  post.pinned = pinnedLabel(article);
  if (promotedLabel(article)) fill(post, 'paidPartnership', true, 'dom:promoted label ("Ad")');

  const nameEl = user?.element.querySelector('span');
  return {
    post,
    authorName: nameEl ? collapse(nameEl.textContent ?? '') || null : null,
    authorVerified: !!(user && pick(user.element, S.verified)),
  };
}
