// ES module entry (.output/widget/troupe-apply.mjs): `import { mount } from '.../troupe-apply.mjs'`.
import { defineTroupeApply } from './element';
import { setBundleUrl } from './later';

setBundleUrl(import.meta.url);
defineTroupeApply();

export { defineTroupeApply, TroupeApplyElement } from './element';
export { type Mounted, mount } from './mount';
export type { WidgetOptions } from './options';
