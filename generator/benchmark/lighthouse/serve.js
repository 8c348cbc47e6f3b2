// A static server for Lighthouse runs: serves a built site from 127.0.0.1 with gzip, as GitHub
// Pages does (Lighthouse scores an uncompressed local server lower than the published site).
// Usage: node serve.js SITE_DIR PORT
"use strict";

const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const [site, port] = [path.resolve(process.argv[2] || "site"), Number(process.argv[3] || 8765)];
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml", ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml" };

http.createServer((request, response) => {
  let file = path.join(site, decodeURIComponent(new URL(request.url, "http://x").pathname));
  if (!file.startsWith(site)) {
    response.writeHead(403).end();
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    file = path.join(file, "index.html");
  }
  const found = fs.existsSync(file);
  const body = fs.readFileSync(found ? file : path.join(site, "404.html"));
  const headers = { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "max-age=600" };
  if (/gzip/.test(request.headers["accept-encoding"] || "")) {
    headers["Content-Encoding"] = "gzip";
    response.writeHead(found ? 200 : 404, headers).end(zlib.gzipSync(body));
  } else {
    response.writeHead(found ? 200 : 404, headers).end(body);
  }
}).listen(port, "127.0.0.1");
