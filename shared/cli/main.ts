#!/usr/bin/env node
// `npm run -s troupe -- <command>`: the command-line shell around the shared core.
// Each command lives in its own file and exports `run(args, io)`; this file only dispatches.
import { stderr, stdin, stdout } from 'node:process';
import type { CliIo } from './io';

const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }> }
> = {
  audit: {
    summary:
      'audit [--jurisdiction US] [--platform youtube] [FILE]  check sponsorship disclosure of captions (CSV or JSON Lines)',
    load: () => import('./audit'),
  },
  score: {
    summary: 'score --brief BRIEF.json PROFILE.json  fit of a creator profile against a brief',
    load: () => import('./score'),
  },
  extract: {
    summary: 'extract --url URL FILE  what the platform adapter reads from a saved page',
    load: () => import('./extract'),
  },
};

function usage(): string {
  return `Usage: troupe <command> [options]\n\n${Object.values(COMMANDS)
    .map((c) => `  ${c.summary}`)
    .join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    stderr.write(name && name !== '--help' ? `Unknown command "${name}".\n\n${usage()}` : usage());
    return name && name !== '--help' ? 2 : 0;
  }
  const { run } = await command.load();
  return run(args, { stdin, stdout, stderr });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    stderr.write(`troupe: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
