// Affiliate networks by link shape, from the lists of Mathur, Narayanan and Chetty (CSCW 2018) and the
// AdIntuition extension, plus LTK and ShopMy named by the UK influencers' guide. A link matches a network
// when its host matches `host` and, where given, its query has `param`.

export interface LinkShape {
  network: string;
  /** Tested against the lower-cased host. */
  host: RegExp;
  /** Query parameter that carries the affiliate id on an otherwise ordinary shop URL. */
  param?: string;
  kind: 'affiliate_link' | 'shortener';
}

export const LINK_SHAPES: readonly LinkShape[] = [
  { network: 'Amazon Associates', host: /^(?:amzn\.(?:to|eu|asia)|a\.co)$/, kind: 'affiliate_link' },
  { network: 'Amazon Associates', host: /(?:^|\.)amazon\.[a-z.]+$/, param: 'tag', kind: 'affiliate_link' },
  { network: 'LTK / ShopStyle', host: /(?:^|\.)(?:rstyle\.me|shopstyle\.it)$/, kind: 'affiliate_link' },
  { network: 'LTK', host: /(?:^|\.)(?:liketk\.it|liketoknow\.it|shopltk\.com)$/, kind: 'affiliate_link' },
  { network: 'ShopMy', host: /(?:^|\.)(?:shopmy\.us|shopmy\.com|shopmyshelf\.us)$/, kind: 'affiliate_link' },
  { network: 'Rakuten Advertising', host: /(?:^|\.)linksynergy\.com$/, kind: 'affiliate_link' },
  {
    network: 'Skimlinks',
    host: /(?:^|\.)(?:go\.redirectingat\.com|go\.skimresources\.com)$/,
    kind: 'affiliate_link',
  },
  { network: 'Awin', host: /(?:^|\.)(?:awin1\.com|zenaps\.com)$/, kind: 'affiliate_link' },
  { network: 'ShareASale', host: /(?:^|\.)shareasale(?:-analytics)?\.com$/, kind: 'affiliate_link' },
  {
    network: 'CJ Affiliate',
    host: /(?:^|\.)(?:anrdoezrs\.net|dpbolvw\.net|jdoqocy\.com|kqzyfj\.com|tkqlhce\.com|emjcd\.com|qksrv\.net)$/,
    kind: 'affiliate_link',
  },
  { network: 'Impact', host: /(?:^|\.)(?:7eer\.net|evyy\.net|sjv\.io|pxf\.io)$/, kind: 'affiliate_link' },
  {
    network: 'Pepperjam',
    host: /(?:^|\.)(?:pntrac\.com|pntra\.com|pntrs\.com|gopjn\.com|pjtra\.com|pjatr\.com)$/,
    kind: 'affiliate_link',
  },
  { network: 'ClickBank', host: /(?:^|\.)hop\.clickbank\.net$/, kind: 'affiliate_link' },
  {
    network: 'Admitad',
    host: /(?:^|\.)(?:admitad\.com|alitems\.com|ad\.admitad\.com)$/,
    kind: 'affiliate_link',
  },
  { network: 'AliExpress Portals', host: /^(?:ali\.pub|s\.click\.aliexpress\.com)$/, kind: 'affiliate_link' },
  {
    network: 'AliExpress Portals',
    host: /(?:^|\.)aliexpress\.[a-z.]+$/,
    param: 'af',
    kind: 'affiliate_link',
  },
  {
    network: 'eBay Partner Network',
    host: /(?:^|\.)ebay\.[a-z.]+$/,
    param: 'campid',
    kind: 'affiliate_link',
  },
  { network: 'eBay Partner Network', host: /^rover\.ebay\.[a-z.]+$/, kind: 'affiliate_link' },
  { network: 'Booking.com Affiliate', host: /(?:^|\.)booking\.com$/, param: 'aid', kind: 'affiliate_link' },
  {
    network: 'Apple Services Performance Partners',
    host: /(?:^|\.)apple\.com$/,
    param: 'at',
    kind: 'affiliate_link',
  },
  { network: 'Flipkart Affiliate', host: /(?:^|\.)flipkart\.com$/, param: 'affid', kind: 'affiliate_link' },
  // Shorteners hide the destination: often an affiliate link, so a commercial signal that needs care.
  {
    network: 'shortener',
    host: /^(?:bit\.ly|goo\.gl|tinyurl\.com|smarturl\.it|geni\.us)$/,
    kind: 'shortener',
  },
];

/** The network a link belongs to, or null. */
export function linkShapeOf(url: string): LinkShape | null {
  return linkShapeOfLower(url.toLowerCase());
}

/** linkShapeOf for a link already lower-cased (the checker slices it from its lower-cased caption). */
export function linkShapeOfLower(lower: string): LinkShape | null {
  // Offsets instead of regex replaces: a feed has a link every few lines. After the scheme ("^[a-z]+://"),
  // the host runs to the first "/", "?" or "#", without a leading "www." or a trailing ":port".
  let from = 0;
  const sep = lower.indexOf('://');
  if (sep > 0) {
    let k = 0;
    while (k < sep && lower.charCodeAt(k) >= 97 && lower.charCodeAt(k) <= 122) k++;
    if (k === sep) from = sep + 3;
  }
  let hostEnd = from;
  for (; hostEnd < lower.length; hostEnd++) {
    const c = lower.charCodeAt(hostEnd);
    if (c === 47 || c === 63 || c === 35) break;
  }
  const hostStart = lower.startsWith('www.', from) ? from + 4 : from;
  let digits = hostEnd;
  while (digits > hostStart && lower.charCodeAt(digits - 1) >= 48 && lower.charCodeAt(digits - 1) <= 57)
    digits--;
  if (digits < hostEnd && digits > hostStart && lower.charCodeAt(digits - 1) === 58) hostEnd = digits - 1;
  const shapes = shapesForHost(lower.slice(hostStart, hostEnd));
  if (shapes.length === 0) return null;
  const q = lower.indexOf('?', from);
  const query = q < 0 ? '' : `&${lower.slice(q + 1)}`;
  for (const shape of shapes) {
    if (shape.param && !query.includes(`&${shape.param}=`)) continue;
    return shape;
  }
  return null;
}

// A feed links the same few hosts over and over (amzn.to, instagram.com): remember which shapes each
// host matches instead of trying every host pattern per link. Bounded, hosts come from user text.
const byHost = new Map<string, readonly LinkShape[]>();
const NONE: readonly LinkShape[] = [];

function shapesForHost(host: string): readonly LinkShape[] {
  let shapes = byHost.get(host);
  if (shapes === undefined) {
    const matching = LINK_SHAPES.filter((shape) => shape.host.test(host));
    shapes = matching.length === 0 ? NONE : matching;
    if (byHost.size >= 4096) byHost.clear();
    byHost.set(host, shapes);
  }
  return shapes;
}
