// Side-effect module: must be imported before any zod schema is built (see score-entry.ts).
import { config } from 'zod/v4/core';

config({ jitless: true });
