// Runs one of the CLI's commands (shared/cli/*.ts, each exporting `run(args, io)`) in-process with
// in-memory streams, as the tests of each command do.
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../shared/cli/io';

/** The command's exit code and everything it wrote to standard output and standard error. */
export async function runCommand(
  run: (args: string[], io: CliIo) => Promise<number>,
  args: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await run(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  return { code, out, err };
}
