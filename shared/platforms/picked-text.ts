// The visible text of a dated selector's element, with the entry that matched (for `sources`).
import { visibleText } from './embedded';
import { domSource, pickWhere, type SelectorList } from './selectors';

const collapsed = (el: Element) => visibleText(el).replace(/\s+/g, ' ').trim();

/** Text of the newest entry whose element shows any; null when none does. */
export function pickText(root: ParentNode, list: SelectorList): { text: string; source: string } | null {
  const picked = pickWhere(root, list, (el) => collapsed(el) !== '');
  return picked ? { text: collapsed(picked.element), source: domSource(picked) } : null;
}
