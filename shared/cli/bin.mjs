#!/usr/bin/env node
// `npx troupe …` from an installed package (package.json "bin"). The CLI is written in TypeScript
// like the rest of the shared core, so the installed package runs it through tsx's loader rather
// than shipping a second, compiled copy of the core.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
