// The widget's only stylesheet, adopted by each shadow root as a constructed CSSStyleSheet:
// allowed under `style-src 'self'` (no <style> element, no style attribute), parsed once per page
// however many widgets are mounted, and invisible to the host page.
//
// Isolation: host selectors cannot reach inside the shadow root, but inherited properties (font,
// color, letter-spacing, text-transform...) would; `.root { all: initial }` cuts that inheritance,
// and the `!important` rules on :host win over the page's (inner context wins for important rules).
// Units are em, not rem, so a host that changes the root font size changes nothing here.
// Theme: --troupe-accent, --troupe-on-accent, --troupe-fg, --troupe-bg, --troupe-line,
// --troupe-radius, --troupe-font, and ::part(form|field|input|button|error|status|panel).
const CSS = `
:host{display:block!important;box-sizing:border-box!important;margin:0!important;padding:0!important;border:0!important;float:none!important;transform:none!important;filter:none!important;opacity:1!important;visibility:visible!important;zoom:1!important}
:host([hidden]){display:none!important}
.root{all:initial;display:block;position:relative;box-sizing:border-box;font:16px/1.5 var(--troupe-font,system-ui,-apple-system,"Segoe UI",sans-serif);color:var(--troupe-fg,#1c1b22);background:var(--troupe-bg,#fff);border:1px solid var(--troupe-line,#8a8994);border-radius:var(--troupe-radius,12px);padding:1.25em;container-type:inline-size;text-align:start}
div,form,fieldset,label,input,select,textarea,button{box-sizing:border-box}
h2{font-size:1.375em;line-height:1.25;margin:0 0 .75em;font-weight:700}
p{margin:0 0 .75em}
fieldset{border:0;margin:0 0 1em;padding:0;min-width:0}
legend{font-weight:700;padding:0;margin:0 0 .5em;font-size:1.0625em}
.grid{display:grid;gap:.75em 1em;grid-template-columns:repeat(auto-fill,minmax(13em,1fr))}
.field{display:flex;flex-direction:column;gap:.25em;min-width:0}
.wide{grid-column:1/-1}
.more{margin-top:1em}
input,select,textarea{font:inherit;font-size:16px;color:inherit;background:var(--troupe-bg,#fff);border:1px solid var(--troupe-line,#8a8994);border-radius:6px;padding:.5em .625em;min-height:2.75em;width:100%;margin:0}
textarea{min-height:5.5em;resize:vertical}
input[type=checkbox]{width:1.25em;height:1.25em;min-height:0;margin:0;flex:none;accent-color:var(--troupe-accent,#3b2bd9)}
:focus-visible{outline:3px solid var(--troupe-accent,#3b2bd9);outline-offset:2px}
[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.error{color:#b3261e;font-size:.875em;font-weight:600}
.hint{color:#4f4e58;font-size:.875em}
.checks{display:flex;flex-wrap:wrap;gap:.5em 1.25em}
.check{display:flex;gap:.5em;align-items:center}
.handle{display:grid;gap:.5em 1em;grid-template-columns:repeat(auto-fill,minmax(8.5em,1fr));align-items:end;padding:.75em;border:1px solid var(--troupe-line,#8a8994);border-radius:8px;margin:0 0 .75em}
button{font:inherit;font-size:16px;line-height:1.25;padding:.625em 1.25em;min-height:2.75em;border-radius:8px;border:2px solid var(--troupe-accent,#3b2bd9);background:transparent;color:var(--troupe-accent,#3b2bd9);cursor:pointer;margin:0}
.primary{background:var(--troupe-accent,#3b2bd9);color:var(--troupe-on-accent,#fff)}
button[aria-disabled=true]{cursor:progress;opacity:.8}
.actions{display:flex;flex-wrap:wrap;gap:.75em;align-items:center;justify-content:space-between;margin-top:.5em}
.status{min-height:3em;margin:.5em 0 0;font-weight:600}
.done{border-color:transparent;background:transparent;padding:0}
.panel{border:1px solid var(--troupe-line,#8a8994);border-radius:var(--troupe-radius,12px);padding:1.25em;background:var(--troupe-bg,#fff)}
.panel h2:focus{outline:none}
.panel>:last-child{margin-bottom:0}
.honeypot{position:absolute;inset-inline-start:-10000px;width:1px;height:1px;overflow:hidden}
.stepno,.nav{display:none}
@container (max-width: 34em){
fieldset[data-step]:not(.current){display:none}
.stepno{display:block}
.nav{display:inline-flex;gap:.75em}
form:not([data-last]) .send{display:none}
}
`;

let sheet: CSSStyleSheet | null = null;

export function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
