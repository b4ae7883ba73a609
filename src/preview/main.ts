/**
 * `npm run preview`: builds the pane with the simulated workbook and serves it on http://127.0.0.1:3100/
 * (PORT=… for another port). `?lang=en` mimics English Office, `?theme=dark` the dark theme, `?empty=1`
 * starts with an empty workbook. Stop with Ctrl+C.
 */
import { buildPreview } from './build';
import { startPreviewServer } from './server';
import { DEFAULT_OUT } from './webpack-config';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3100);
  console.log('Vorschau wird gebaut …');
  await buildPreview(DEFAULT_OUT, process.argv.includes('--prod') ? 'production' : 'development');
  const server = await startPreviewServer(DEFAULT_OUT, port);
  console.log(`Vorschau mit simulierter Arbeitsmappe: ${server.url}  (English: ${server.url}?lang=en)`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
