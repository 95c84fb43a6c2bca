import type { Readable, Writable } from 'node:stream';

/** Streams a command reads and writes, passed in so tests can run commands in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Reads FILE, or standard input when no file is given (or FILE is "-"). */
export async function readInput(io: CliIo, file: string | undefined): Promise<string> {
  if (file && file !== '-') {
    const { readFile } = await import('node:fs/promises');
    return readFile(file, 'utf8');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Minimal flag parser: `--name value` pairs and positional arguments. */
export function parseFlags(args: string[]): { flags: Record<string, string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) flags[arg.slice(2, eq)] = arg.slice(eq + 1);
      else flags[arg.slice(2)] = args[++i] ?? '';
    } else positional.push(arg);
  }
  return { flags, positional };
}
