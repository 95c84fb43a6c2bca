// The JS API: mount(element, options) puts a <troupe-apply> inside `element`; destroy() removes it
// (and with it every listener and pending request), update() changes options in place.
import { defineTroupeApply, TAG, type TroupeApplyElement } from './element';
import type { WidgetOptions } from './options';

export interface Mounted {
  element: TroupeApplyElement;
  update: (options: Partial<WidgetOptions>) => void;
  destroy: () => void;
}

export function mount(target: Element, options: Partial<WidgetOptions>): Mounted {
  defineTroupeApply();
  const element = target.ownerDocument.createElement(TAG) as TroupeApplyElement;
  element.options = options;
  target.append(element);
  return {
    element,
    update: (next) => {
      element.options = { ...element.options, ...next };
    },
    destroy: () => element.remove(),
  };
}
