import type ExcelJS from 'exceljs';
import type { RawGrid } from '../core/model/grid';
import { Lang, t } from '../core/model/text';
import { InputError } from '../xlsx/input-error';
import { loadWorkbook, readInputGrid, type InputSource } from '../xlsx/read-workbook';
import { CliError, EXIT } from './exit-codes';
import { droppedNote } from './input-features';
import type { InputFile } from './input-file';
import type { Progress } from './progress';

export interface Input {
  file: InputFile;
  workbook: ExcelJS.Workbook;
  grid: RawGrid;
}

/** Opens the checked input file as a workbook and takes the indicator table out of it (exit 3 on any failure). */
export async function readInput(file: InputFile, source: InputSource, progress: Progress, lang: Lang): Promise<Input> {
  return progress.step(lang === 'de' ? 'Lese Eingabe' : 'Reading input', async () => {
    try {
      const workbook = await loadWorkbook(file.bytes);
      const grid = readInputGrid(workbook, source);
      return { file, workbook, grid };
    } catch (error) {
      if (error instanceof InputError) throw new CliError(EXIT.input, withHint(error), { cause: error });
      throw error;
    }
  });
}

/** The note on what the report file cannot carry over from the input, if anything. */
export function inputLossNote(file: InputFile, lang: Lang): string | null {
  return droppedNote(file.parts)?.[lang] ?? null;
}

function withHint(error: InputError) {
  if (error.problem === 'missing-table') {
    return t(
      `${error.user.de} Mit --table NAME eine andere Tabelle oder mit --sheet NAME den belegten Bereich eines Blatts wählen.`,
      `${error.user.en} Choose another table with --table NAME or the used range of a sheet with --sheet NAME.`,
    );
  }
  if (error.problem === 'missing-sheet')
    return t(`${error.user.de} Das Blatt mit --sheet NAME angeben.`, `${error.user.en} Name the sheet with --sheet NAME.`);
  return error.user;
}
