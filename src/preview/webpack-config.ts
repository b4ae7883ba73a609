/**
 * Webpack configuration of the browser preview: the pane with the simulated workbook (index.html) and the
 * ribbon command's notification page (notification.html, without office.js). Written to out/preview/ so it
 * never touches dist/.
 */
import { resolve } from 'path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Configuration } from 'webpack';

export const REPO_ROOT = resolve(__dirname, '../..');
export const DEFAULT_OUT = resolve(REPO_ROOT, 'out/preview');

export function previewConfig(outDir: string = DEFAULT_OUT, mode: 'development' | 'production' = 'production'): Configuration {
  return {
    mode,
    context: REPO_ROOT,
    devtool: false,
    entry: {
      preview: './src/preview/index.tsx',
      notification: './src/commands/notification.tsx',
    },
    output: { path: outDir, filename: '[name].js', chunkFilename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new HtmlWebpackPlugin({
        filename: 'notification.html',
        template: './src/preview/notification-preview.html',
        chunks: ['notification'],
      }),
    ],
  };
}
