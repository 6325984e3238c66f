/* Builds the task pane and the ribbon commands into dist/ (Office-Addin-TaskPane-React layout). */
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { ProvidePlugin } = require("webpack");

const { productionManifest } = require("./scripts/productionManifest");

/**
 * Where the production build is served: set PLANKADRY_URL. Without it the manifest gets a reserved placeholder
 * host (RFC 2606), never localhost, so that a manifest built for shipping cannot point at a developer's machine.
 */
const PLACEHOLDER_URL = "https://plankadry.example/";
const urlProd = process.env.PLANKADRY_URL || PLACEHOLDER_URL;

async function getHttpsOptions() {
  // Loaded lazily: building and testing need no certificates, only the dev server does.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (!dev && !process.env.PLANKADRY_URL) console.warn(`PLANKADRY_URL is not set: the production manifest points at ${PLACEHOLDER_URL}`);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      react: ["react", "react-dom"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
      commands: "./src/commands/commands.ts",
      // The standalone page (dist/web/): self-contained, React included, so the folder can be served on its own.
      "web/app": "./src/web/index.tsx",
    },
    output: { clean: true, path: path.resolve(__dirname, "dist") },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Node built-ins of the readers shared with the CLI, for the web page and for «Открыть файл…» in the task pane.
      fallback: { zlib: path.resolve(__dirname, "src/web/shims/zlib.ts"), buffer: require.resolve("buffer/") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    // esbuild leaves the bundles ~20 % larger than terser did (gzip: taskpane.js 852 → 960 KB): the limit follows.
    performance: { maxAssetSize: 3_500_000, maxEntrypointSize: 3_500_000 },
    // esbuild minifies the bundles (exceljs, pdf.js and React in each) in seconds; terser took about 100 s of CPU,
    // the longest step of a fresh machine's CI after the tests.
    optimization: { minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { target: "es2020" } })] },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["react", "taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      // SupportUrl and LearnMoreUrl: a static page.
      new HtmlWebpackPlugin({ filename: "web/index.html", template: "./src/web/web.html", chunks: ["web/app"] }),
      // Buffer is global in Node; the readers and writers shared with the CLI use it (both bundles: plugins apply to every entry).
      new ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
