// `troupe score [--brief BRIEF.json] [--now ISO] PROFILE.json`: prints the FitResult as JSON.
// Without --brief the profile is scored on what needs no brief (tier, engagement, authenticity,
// role, cadence, professional signals). Bad JSON or an invalid file: a clear line on stderr, exit 2.
import { fitScore } from '../score/fit';
import { parseBrief, parseJson, parseProfile, ValidationError } from '../score/validation';
import { type CliIo, parseFlags, readInput } from './io';

const USAGE = 'Usage: troupe score [--brief BRIEF.json] [--now ISO-TIME] [--compact] PROFILE.json|-\n';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseFlags(args.map((a) => (a === '--compact' ? '--compact=1' : a)));
  if ('help' in flags) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positional.length > 1) {
    io.stderr.write(`troupe score: one profile at a time (got ${positional.length}).\n${USAGE}`);
    return 2;
  }
  try {
    const brief = flags.brief
      ? parseBrief(parseJson(await read(io, flags.brief, 'brief'), `brief ${flags.brief}`))
      : null;
    const file = positional[0];
    const profileText = await read(io, file, 'profile');
    const profile = parseProfile(parseJson(profileText, `profile ${file ?? '(stdin)'}`));
    if (flags.now !== undefined && !Number.isFinite(Date.parse(flags.now))) {
      throw new ValidationError('--now', [`"${flags.now}" is not an ISO date-time`]);
    }
    const result = fitScore(profile, brief, flags.now ? { now: flags.now } : {});
    io.stdout.write(`${JSON.stringify(result, null, flags.compact ? undefined : 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ValidationError) {
      io.stderr.write(`troupe score: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function read(io: CliIo, file: string | undefined, what: string): Promise<string> {
  try {
    return await readInput(io, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ValidationError(what, [`cannot read ${file}${code ? ` (${code})` : ''}`]);
  }
}
