/**
 * Builds the browser preview (`npm run build:preview`): `tsx src/preview/build.ts [outDir] [--dev]`.
 */
import webpack from 'webpack';
import { DEFAULT_OUT, previewConfig } from './webpack-config';

export function buildPreview(outDir: string = DEFAULT_OUT, mode: 'development' | 'production' = 'production'): Promise<string> {
  return new Promise((done, fail) => {
    webpack(previewConfig(outDir, mode), (error, stats) => {
      if (error) fail(error);
      else if (!stats || stats.hasErrors()) fail(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack gave no stats'));
      else done(outDir);
    });
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--'));
  buildPreview(out ?? DEFAULT_OUT, args.includes('--dev') ? 'development' : 'production').then(
    (dir) => console.log(`Vorschau gebaut: ${dir}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
