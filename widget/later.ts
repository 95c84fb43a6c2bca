// What the form needs only once the applicant is busy with it (validation with zod/mini, sending,
// the outbox, the scoring core with classic zod) lives in a second file, troupe-submit.mjs, beside
// the bundle. It is not needed to become interactive, so it stays out of the 18 KB first load; the
// download starts at the first focus or keystroke and is long done by the time anyone clicks Send.
export type Later = typeof import('./submit-entry');

let base: string | null = null;
let loading: Promise<Later> | null = null;

/** Called once by the entry point with its own URL (document.currentScript.src or import.meta.url). */
export function setBundleUrl(url: string | null | undefined): void {
  base = url || null;
}

/** How the module is fetched; tests import the source instead. */
export let importLater = (): Promise<Later> => {
  if (!base)
    return Promise.reject(new Error('troupe-apply: bundle URL unknown, cannot load troupe-submit.mjs'));
  return import(/* @vite-ignore */ new URL('troupe-submit.mjs', base).href);
};

export function setImportLater(load: () => Promise<Later>): void {
  importLater = load;
  loading = null;
}

/** Starts (or joins) the download; a failed download is retried on the next call. */
export function later(): Promise<Later> {
  loading ??= importLater().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
