#!/usr/bin/env node
/*
 * `npm run web`: serves dist/ (built by `npm run build`) on 127.0.0.1 only and prints the page's address,
 * dist/web/index.html. A static server and nothing else: the page computes everything in the browser.
 * PORT sets the port (default 8080).
 */
const { createReadStream, existsSync, statSync } = require("fs");
const { createServer } = require("http");
const path = require("path");

const DIST = path.resolve(__dirname, "..", "dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

if (!existsSync(path.join(DIST, "web", "index.html"))) {
  console.error("dist/web/index.html не найден: сначала выполните npm run build (dist/web/index.html is missing: run npm run build first)");
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/") {
    res.writeHead(302, { location: "/web/" }).end();
    return;
  }
  let file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
  if (file.startsWith(DIST + path.sep) && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
  // Nothing outside dist/ is served.
  if (!file.startsWith(DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
  createReadStream(file).pipe(res);
});

const port = Number(process.env.PORT || 8080);
server.listen(port, "127.0.0.1", () => {
  console.log(`ПланКадры: http://127.0.0.1:${server.address().port}/web/  (Ctrl+C — остановить / to stop)`);
});
