/**
 * Builds the task pane and the ribbon commands into dist/.
 *
 *   npm run build                         production bundle; manifest URLs → ADDIN_PROD_URL
 *   npm run dev-server                    https://localhost:3000 with the Office dev certificates
 *   DEV_SERVER_HTTP=1 npm run dev-server  plain http://localhost:3000 (tests, preview; no certificates)
 *
 * Certificates are read only when serving over https, never for a build.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://www.kooperationsmonitor.example/';
const DEV_PORT = 3000;

/** The production base URL, always ending in a slash. */
function productionUrl() {
  const url = process.env.ADDIN_PROD_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\//.test(url)) {
    throw new Error(`ADDIN_PROD_URL must be an https URL (Office add-ins need https), got "${url}"`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** The dev server's `server` option: http on request, otherwise https with the Office dev certificates. */
async function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === '1') return 'http';
  // Loaded here, not at the top, so that builds never touch the certificate store.
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  return { type: 'https', options: await getHttpsServerOptions() };
}

/** Copies manifest*.xml; in production with the dev URL replaced by the production one. */
function manifestPattern(production) {
  const prodUrl = production ? productionUrl() : DEV_URL;
  return {
    from: 'manifest*.xml',
    to: '[name][ext]',
    transform: production ? (content) => content.toString('utf8').split(DEV_URL).join(prodUrl) : undefined,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notification: './src/commands/notification.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; ES modules let webpack drop unused exports.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'vendor-react',
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|@emotion|tabster|keyborg|stylis|rtl-css-js|@swc|use-sync-external-store)[\\/]/,
            name: 'vendor-fluent',
            priority: 20,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendors',
            priority: 10,
          },
        },
      },
    },
    performance: {
      // Fluent UI and zod are large; the task pane loads them once from the add-in's own origin.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 768 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'notification.html',
        template: './src/commands/notification.html',
        chunks: ['notification'],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/*', to: 'assets/[name][ext]' }, manifestPattern(production)],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await devServerTransport(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
        }
      : undefined,
  };
};
