import { readFileSync } from 'fs';
import { join } from 'path';
import { buildVorlage } from '../../src/core/sheets/vorlage';
import { expectSheetMatchesModel, filledCells, modelCells } from '../xlsx/expect-model';
import { load } from './input-fixtures';
import { runCli, tempDir } from './run-cli';

describe('template: the input template, empty or with the sample', () => {
  const tmp = tempDir('template');
  afterAll(tmp.cleanup);

  it.each([
    { args: [], file: 'vorlage.xlsx', lang: 'de' as const, sample: false, says: 'Leere Vorlage geschrieben' },
    {
      args: ['--sample', '-o', 'beispiel.xlsx'],
      file: 'beispiel.xlsx',
      lang: 'de' as const,
      sample: true,
      says: 'Vorlage mit Beispieldaten geschrieben',
    },
    {
      args: ['--sample', '--lang', 'en', '-o', 'sample.xlsx'],
      file: 'sample.xlsx',
      lang: 'en' as const,
      sample: true,
      says: 'Template with sample data written',
    },
  ])('$args writes $file cell by cell as buildVorlage', async ({ args, file, lang, sample, says }) => {
    const run = await runCli(['template', '-q', ...args], tmp.dir);
    expect(run).toEqual({ code: 0, stdout: `${says}: ${join(tmp.dir, file)}\n`, stderr: '' });
    const model = buildVorlage({ lang, sample });
    const ws = (await load(new Uint8Array(readFileSync(join(tmp.dir, file))))).getWorksheet(model.name)!;
    expectSheetMatchesModel(ws, model);
    expect(filledCells(ws).sort()).toEqual(modelCells(model).sort());
  });

  it('a written sample template is a valid report input', async () => {
    const run = await runCli(['report', 'beispiel.xlsx', '-q'], tmp.dir);
    expect(run.code).toBe(0);
  });
});
