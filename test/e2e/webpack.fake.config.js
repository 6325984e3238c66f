/** Bundles the strict fake Excel with an Office look-alike for the browser tests (see fakeOfficeBoot.ts). */
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: path.join(__dirname, "fakeOfficeBoot.ts"),
  output: { path: path.join(__dirname, "..", "..", "build", "e2e"), filename: "fake-office.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.join(__dirname, "..", "..", "tsconfig.web.json"), transpileOnly: true, onlyCompileBundledFiles: true } } }],
  },
};
