// `npm run build:widget` writes three files to .output/widget/:
//   troupe-apply.js   classic script for the one-line script tag (IIFE), everything until interactive
//   troupe-apply.mjs  the same as an ES module exporting mount()
//   troupe-submit.mjs validation, delivery, outbox and the scoring core, loaded by either one after
//                     the applicant's first interaction (widget/later.ts)
// Each is one self-contained file (no shared chunks), so a brand can host them anywhere side by side.
import { resolve } from 'node:path';
import { build, defineConfig, type InlineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.output/widget');

const common = (entry: string, fileName: string, format: 'iife' | 'es'): InlineConfig => ({
  configFile: false,
  root,
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(import.meta.dirname, entry),
      formats: [format],
      name: 'TroupeApply',
      fileName: () => fileName,
    },
    // Vite keeps whitespace in lib-mode ES output (for downstream bundlers); these files go straight
    // to browsers, so the output is minified fully.
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});

export default defineConfig({
  ...common('script-tag.ts', 'troupe-apply.js', 'iife'),
  build: { ...common('script-tag.ts', 'troupe-apply.js', 'iife').build, emptyOutDir: true },
  plugins: [
    {
      name: 'troupe-widget-module-builds',
      apply: 'build',
      async closeBundle() {
        await build(common('index.ts', 'troupe-apply.mjs', 'es'));
        await build(common('submit-entry.ts', 'troupe-submit.mjs', 'es'));
      },
    },
  ],
});
