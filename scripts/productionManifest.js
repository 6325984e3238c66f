/**
 * The manifest as shipped: every development URL becomes the deployment URL, the AppDomain (an origin, with no
 * trailing slash) included. Used by webpack.config.js; test/excel/productionManifest.test.ts checks it.
 */
const DEV_ORIGIN = "https://localhost:3000";

/** `prodUrl` is the deployment folder, e.g. "https://plankadry.example.org/addin/". */
function productionManifest(xml, prodUrl) {
  const base = prodUrl.endsWith("/") ? prodUrl : `${prodUrl}/`;
  const origin = new URL(base).origin;
  return xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, productionManifest };
