import type { RunResult } from '../../core/model/result';
import { jsonPieces, type JsonContext } from '../format/json-output';
import type { CliIo } from '../io';

/** Bytes gathered before one write to stdout: few writes, yet no single huge string. */
const CHUNK = 1 << 20;

/** Prints the --json output (format: format/json-output.ts) in chunks of about a megabyte. */
export function printJson(io: CliIo, result: RunResult, context: JsonContext): void {
  let buffer = '';
  for (const piece of jsonPieces(result, context)) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      io.stdout(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') io.stdout(buffer);
}
