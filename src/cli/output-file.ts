import { randomBytes } from 'crypto';
import { rename, stat, unlink, writeFile } from 'fs/promises';
import { basename, dirname, extname, join } from 'path';
import { usageError } from './exit-codes';

/** Where `report` writes without -o: next to the input, "<name>-bericht.xlsx". */
export function defaultReportPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-bericht.xlsx`);
}

type Stats = Awaited<ReturnType<typeof stat>>;

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Checks an output path before any work is done: an .xlsx name in an existing folder; never the input
 * file (compared by device and inode, so links and other spellings of the same file are caught, even
 * with --force); an existing file only with --force.
 */
export async function checkOutputPath(output: string, options: { input?: string; force: boolean }): Promise<void> {
  const name = basename(output);
  if (extname(output).toLowerCase() !== '.xlsx') {
    throw usageError(`Die Ausgabedatei „${name}“ muss auf .xlsx enden.`, `The output file "${name}" must end in .xlsx.`);
  }
  const folder = await statOrNull(dirname(output));
  if (!folder?.isDirectory()) {
    throw usageError(
      `Der Ordner „${dirname(output)}“ für die Ausgabedatei existiert nicht.`,
      `The folder "${dirname(output)}" for the output file does not exist.`,
    );
  }
  const existing = await statOrNull(output);
  if (!existing) return;
  if (existing.isDirectory())
    throw usageError(`„${output}“ ist ein Ordner; bitte einen Dateinamen angeben.`, `"${output}" is a folder; please give a file name.`);
  const input = options.input === undefined ? null : await statOrNull(options.input);
  if (input && input.dev === existing.dev && input.ino === existing.ino) {
    throw usageError(
      `Die Ausgabedatei „${name}“ ist die Eingabedatei. Die Eingabe wird nie überschrieben (auch nicht mit --force); bitte mit -o einen anderen Namen angeben.`,
      `The output file "${name}" is the input file. The input is never overwritten (not even with --force); please give another name with -o.`,
    );
  }
  if (!options.force) {
    throw usageError(
      `Die Datei „${output}“ gibt es schon. Mit --force wird sie überschrieben, oder mit -o einen anderen Namen angeben.`,
      `The file "${output}" already exists. Use --force to overwrite it, or give another name with -o.`,
    );
  }
}

/** Writes the file whole or not at all: into a temporary file next to it, then renamed over the target. */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    // The temporary file may not exist (writeFile failed first); the original error is the one to report.
    await unlink(temporary).catch(() => undefined);
    const code = (error as { code?: unknown }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw usageError(
        `Die Datei „${path}“ kann nicht geschrieben werden (fehlende Berechtigung).`,
        `The file "${path}" cannot be written (no permission).`,
      );
    }
    throw error;
  }
}
