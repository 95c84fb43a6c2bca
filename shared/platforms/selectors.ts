// Dated selector fallbacks. A platform redesign adds one line at the top of a list; entries that
// no longer match anything are easy to see (their date) and to retire. Every lookup goes through
// `pick`/`pickAll`, which try the entries newest first, one at a time: a list joined with ", "
// would return whichever element comes first in the document, and `sources` would name the wrong
// selector when a fallback matched.
import { collapsedText } from './embedded';

/** One CSS selector for one fact, with the month it was first seen on the live site ("2024-11"). */
export interface DatedSelector {
  readonly since: string;
  readonly css: string;
}

/** Newest first: the first entry is the current layout. */
export type SelectorList = readonly DatedSelector[];

export interface Picked<E extends Element = Element> {
  element: E;
  /** The entry that matched, for `sources` ("dom:<css>"). */
  selector: DatedSelector;
}

/** The first element matched by the newest entry that matches anything; null when none does. */
export function pick(root: ParentNode, list: SelectorList): Picked | null {
  for (const selector of list) {
    const element = root.querySelector(selector.css);
    if (element) return { element, selector };
  }
  return null;
}

/** Every element matched by the newest entry that matches anything (one layout, never a mix). */
export function pickAll(
  root: ParentNode,
  list: SelectorList,
): { elements: Element[]; selector: DatedSelector } | null {
  for (const selector of list) {
    const elements = [...root.querySelectorAll(selector.css)];
    if (elements.length > 0) return { elements, selector };
  }
  return null;
}

/**
 * The newest entry whose element passes `accept` (for example: has visible text), with that element.
 * Used where an old layout's element may linger empty in the new one.
 */
export function pickWhere(
  root: ParentNode,
  list: SelectorList,
  accept: (el: Element) => boolean,
): Picked | null {
  for (const selector of list) {
    for (const element of root.querySelectorAll(selector.css)) {
      if (accept(element)) return { element, selector };
    }
  }
  return null;
}

/** `sources` value for a picked element. */
export function domSource(picked: Picked | { selector: DatedSelector }): string {
  return `dom:${picked.selector.css}`;
}

/** Collapsed visible text of the newest entry whose element shows any, with its `sources` value. */
export function pickText(
  root: ParentNode,
  list: SelectorList,
): { text: string; source: string; element: Element } | null {
  const picked = pickWhere(root, list, (el) => collapsedText(el) !== '');
  return picked
    ? { text: collapsedText(picked.element), source: domSource(picked), element: picked.element }
    : null;
}
