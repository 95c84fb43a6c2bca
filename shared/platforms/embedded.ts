// Reading what a page embeds for machines: meta tags, JSON-LD, JSON in script tags. Parsed JSON
// is cached per script element, so the content script never parses a multi-megabyte state twice,
// while a script the site replaces during in-app navigation is read afresh.
const parsedScripts = new WeakMap<Element, Map<string, unknown>>();

function cached<T>(el: Element, key: string, read: () => T): T {
  let perEl = parsedScripts.get(el);
  if (!perEl) {
    perEl = new Map();
    parsedScripts.set(el, perEl);
  }
  if (perEl.has(key)) return perEl.get(key) as T;
  const value = read();
  perEl.set(key, value);
  return value;
}

/** content of <meta property=key> or <meta name=key> (first one: some pages repeat their head). */
export function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  const v = el?.getAttribute('content');
  return v == null || v === '' ? null : v;
}

/** The page's own URL for itself: link[rel=canonical], else og:url. */
export function canonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta(doc, 'og:url');
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every JSON-LD block, flattened (arrays and @graph unwrapped). */
export function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const parsed = cached(el, 'json', () => parseJson(el.textContent));
    {
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items) {
        if (!item || typeof item !== 'object') continue;
        const graph = (item as { '@graph'?: unknown })['@graph'];
        if (Array.isArray(graph)) out.push(...(graph as Record<string, unknown>[]));
        else out.push(item as Record<string, unknown>);
      }
    }
  }
  return out;
}

/** JSON inside <script id=...> (TikTok __UNIVERSAL_DATA_FOR_REHYDRATION__, SIGI_STATE). */
export function scriptJson(doc: Document, id: string): unknown {
  const el = doc.getElementById(id);
  return el ? cached(el, 'json', () => parseJson(el.textContent)) : undefined;
}

/**
 * The object literal assigned to `name` in an inline script (`var ytInitialData = {...};`,
 * `window._sharedData = {...};`, `window["ytInitialData"] = {...}`), or the JSON in the string
 * literal the mobile YouTube site assigns instead (`var ytInitialData = '\x7b\x22…';`).
 */
export function assignedJson(doc: Document, name: string): unknown {
  const re = new RegExp(
    `(?:^|[\\s;,(])(?:var |let |const |window\\.|window\\["|self\\.)?${name}"?\\]?\\s*=\\s*[{']`,
  );
  for (const el of doc.querySelectorAll('script:not([src])')) {
    const value = cached(el, name, () => {
      const text = el.textContent ?? '';
      if (!text.includes(name)) return undefined;
      const m = re.exec(text);
      const start = m ? m.index + m[0].length : 0;
      // YouTube writes every quote inside the literal as \x27 or \x22: the next quote ends it.
      if (m?.[0].endsWith("'"))
        return parseJson(unescaped(text.slice(start, text.indexOf("'", start))) as string);
      return m ? objectAt(text, start - 1) : undefined;
    });
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The text a JavaScript string literal's body stands for, read as a JSON string once its \xHH
 * escapes are JSON's \u00HH (YouTube escapes every quote and backslash in it as \xHH).
 */
const unescaped = (body: string) => parseJson(`"${body.replace(/\\x/g, '\\u00')}"`);

/** Parses the JSON object starting at `start` ("{"), ignoring whatever code follows it. */
function objectAt(text: string, start: number): unknown {
  // Common case: the object runs to the script's last "}" (one JSON.parse, no scanning).
  const last = text.lastIndexOf('}');
  if (/^[\s;]*$/.test(text.slice(last + 1))) {
    const whole = parseJson(text.slice(start, last + 1));
    if (whole !== undefined) return whole;
  }
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return parseJson(text.slice(start, i + 1));
  }
  return undefined;
}

/** Text a reader sees in `el`: style and script contents skipped (TikTok inlines CSS in links). */
function visibleText(el: Element): string {
  if (!el.querySelector('style, script')) return el.textContent ?? '';
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1 && !['STYLE', 'SCRIPT'].includes((node as Element).tagName.toUpperCase())) {
      out += visibleText(node as Element);
    }
  }
  return out;
}

/** The visible text of `el` on one line: white space runs collapsed to one space, ends trimmed. */
export function collapsedText(el: Element): string {
  return visibleText(el).replace(/\s+/g, ' ').trim();
}
