// Script-tag entry (.output/widget/troupe-apply.js, a classic script):
//   <script src=".../troupe-apply.js" data-endpoint="https://..." data-brand="Acme" defer></script>
// defines <troupe-apply> (once, however often the script is loaded) and, when the tag carries a
// data-endpoint, puts a widget right before itself configured from its data-* attributes.
import { defineTroupeApply, TAG } from './element';
import { setBundleUrl } from './later';
import { ATTRIBUTES } from './options';

const script = document.currentScript as HTMLScriptElement | null;
if (!customElements.get(TAG)) {
  setBundleUrl(script?.src || null);
  defineTroupeApply();
  if (script?.dataset.endpoint) {
    const element = document.createElement(TAG);
    for (const name of ATTRIBUTES) {
      const value = script.getAttribute(`data-${name}`);
      if (value !== null) element.setAttribute(name, value);
    }
    script.before(element);
  }
}
