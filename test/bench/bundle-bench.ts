/**
 * Size of the task pane's JavaScript: the initial chunks of the `taskpane` entry (what Excel loads before
 * the pane shows; office.js comes from Microsoft's CDN and is not counted) raw and gzip-compressed, their
 * total against the budget of 250 KB gzip, and the lazily loaded radar chunk apart.
 *
 *   npx tsx test/bench/bundle-bench.ts           reads the production build in dist/ (else builds)
 *   npx tsx test/bench/bundle-bench.ts --build   builds with webpack.config.js into out/bundle-bench/
 *
 * From a build, it also reports how much of the initial code (before minification) is zod.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { gzipSync } from 'zlib';
import webpack, { Configuration, StatsCompilation } from 'webpack';

export const BUDGET_GZIP_BYTES = 250 * 1024;
const REPO = resolve(__dirname, '../..');

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  dir: string;
  initial: ChunkSize[];
  total: { raw: number; gzip: number };
  withinBudget: boolean;
  radar: ChunkSize | null;
  /** zod's share of the initial modules before minification, and the chunks holding it (only from a build). */
  zod: { bytes: number; ofBytes: number; chunks: string[] } | null;
}

function sizeOf(dir: string, file: string): ChunkSize {
  const content = readFileSync(join(dir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** The initial scripts of the pane as HtmlWebpackPlugin wrote them into taskpane.html (office.js excluded). */
function initialFromHtml(dir: string): string[] {
  const html = readFileSync(join(dir, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
}

async function build(outDir: string): Promise<StatsCompilation> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(join(REPO, 'webpack.config.js')) as (env: object, argv: object) => Promise<Configuration>;
  const config = await configure({}, { mode: 'production' });
  config.output = { ...config.output, path: outDir };
  return new Promise((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) fail(error);
      else if (!stats || stats.hasErrors()) fail(new Error(stats?.toString({ all: false, errors: true }) ?? 'no stats'));
      else done(stats.toJson({ all: false, entrypoints: true, chunks: true, chunkModules: true, assets: true, ids: true }));
    });
  });
}

/** zod's modules in the initial chunks: their size before minification, and the chunks that hold them. */
function zodShare(stats: StatsCompilation, initialFiles: readonly string[]): BundleReport['zod'] {
  let bytes = 0;
  let ofBytes = 0;
  const seen = new Set<string>();
  const chunks = new Set<string>();
  for (const chunk of stats.chunks ?? []) {
    const files = (chunk.files ?? []).filter((f) => initialFiles.includes(f));
    if (files.length === 0) continue;
    for (const m of chunk.modules ?? []) {
      const name = m.identifier ?? m.name ?? '';
      if (seen.has(name)) continue;
      seen.add(name);
      ofBytes += m.size ?? 0;
      if (/[\\/]node_modules[\\/]zod[\\/]/.test(name)) {
        bytes += m.size ?? 0;
        files.forEach((f) => chunks.add(f));
      }
    }
  }
  return { bytes, ofBytes, chunks: [...chunks] };
}

export async function benchBundle(options: { build?: boolean } = {}): Promise<BundleReport> {
  const dist = join(REPO, 'dist');
  const useDist = !options.build && existsSync(join(dist, 'taskpane.html'));
  let dir = dist;
  let initial: string[];
  let zod: BundleReport['zod'] = null;
  if (useDist) {
    initial = initialFromHtml(dist);
  } else {
    dir = join(REPO, 'out/bundle-bench');
    const stats = await build(dir);
    initial = (stats.entrypoints?.taskpane?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    zod = zodShare(stats, initial);
  }
  const sizes = initial.map((file) => sizeOf(dir, file));
  const total = sizes.reduce((s, c) => ({ raw: s.raw + c.raw, gzip: s.gzip + c.gzip }), { raw: 0, gzip: 0 });
  const radarFile = readdirSync(dir).find((f) => /^radar(\.[0-9a-f]+)?\.js$/.test(f));
  const report: BundleReport = {
    dir,
    initial: sizes,
    total,
    withinBudget: total.gzip <= BUDGET_GZIP_BYTES,
    radar: radarFile ? sizeOf(dir, radarFile) : null,
    zod,
  };
  print(report);
  return report;
}

function print(r: BundleReport): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`Aufgabenbereich: erste JavaScript-Chunks (${r.dir}; office.js nicht gezählt)`);
  for (const c of r.initial) console.log(`  ${c.file.padEnd(34)} ${kb(c.raw).padStart(10)} roh ${kb(c.gzip).padStart(10)} gzip`);
  console.log(`  ${'Summe'.padEnd(34)} ${kb(r.total.raw).padStart(10)} roh ${kb(r.total.gzip).padStart(10)} gzip`);
  console.log(`  Budget ${kb(BUDGET_GZIP_BYTES)} gzip: ${r.withinBudget ? 'eingehalten' : 'ÜBERSCHRITTEN'}`);
  console.log(
    r.radar
      ? `  nachgeladen: ${r.radar.file} ${kb(r.radar.raw)} roh, ${kb(r.radar.gzip)} gzip`
      : '  nachgeladen: kein Radar-Chunk gefunden',
  );
  if (r.zod && r.zod.ofBytes > 0)
    console.log(
      `  zod: ${kb(r.zod.bytes)} von ${kb(r.zod.ofBytes)} Modulcode vor dem Minifizieren (${((100 * r.zod.bytes) / r.zod.ofBytes).toFixed(0)} %), in ${r.zod.chunks.join(', ')}`,
    );
}

if (require.main === module) {
  benchBundle({ build: process.argv.includes('--build') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
