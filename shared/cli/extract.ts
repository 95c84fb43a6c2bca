// `troupe extract --url URL FILE`: what the platform adapter reads from a saved page (HTML) or a
// saved API response / embedded state (JSON), printed as JSON. For debugging adapters and for
// auditing saved pages. Exit 2 with one clear line on anything it cannot read.
import { parseHTML } from 'linkedom';
import { ExtractionError } from '../platforms/contract';
import { extractJson, extractPage } from '../platforms/index';
import { type CliIo, parseFlags, readInput } from './io';

const USAGE =
  'usage: troupe extract --url URL FILE   (FILE: saved .html page or .json response; "-" or none reads stdin)';

function fail(io: CliIo, message: string): number {
  io.stderr.write(`troupe extract: ${message}\n`);
  return 2;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseFlags(args);
  if ('help' in flags) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let url: URL | undefined;
  if (flags.url) {
    try {
      url = new URL(flags.url);
    } catch {
      return fail(io, `--url "${flags.url}" is not an absolute URL.\n${USAGE}`);
    }
  }
  let text: string;
  try {
    text = await readInput(io, positional[0]);
  } catch (error) {
    return fail(io, `cannot read ${positional[0]}: ${(error as Error).message}`);
  }
  const body = text.trimStart();
  if (!body) return fail(io, `the input is empty.\n${USAGE}`);
  try {
    let extraction: unknown;
    if (body.startsWith('{') || body.startsWith('[')) {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch (error) {
        throw new ExtractionError(
          'malformed_input',
          `the input looks like JSON but does not parse: ${(error as Error).message}`,
        );
      }
      extraction = extractJson(json, url);
    } else {
      if (!url)
        return fail(
          io,
          `--url is required for an HTML page (the adapter is chosen by the page's address).\n${USAGE}`,
        );
      if (!/<[a-z!]/i.test(body.slice(0, 2000))) {
        throw new ExtractionError('malformed_input', 'the input is neither HTML nor JSON.');
      }
      extraction = extractPage(parseHTML(text).document as unknown as Document, url);
    }
    io.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ExtractionError) return fail(io, `${error.code}: ${error.message}`);
    throw error;
  }
}
