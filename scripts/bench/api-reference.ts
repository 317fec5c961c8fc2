/**
 * A reference server for the API benchmark (scripts/bench/api.ts), run in its own process:
 *   node --import tsx scripts/bench/api-reference.ts <express|node> <bodies.json>
 * serves, for each path of bodies.json, the very bytes the atlas answered, with only a Content-Type: a bare
 * Express 5 handler (the framework's floor) or a bare node:http handler (the ceiling). Prints its port on stdout.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

interface Body {
  path: string;
  contentType: string;
  base64: string;
}

const [mode, file] = process.argv.slice(2);
const bodies = (JSON.parse(readFileSync(file!, 'utf8')) as Body[]).map((b) => ({
  ...b,
  bytes: Buffer.from(b.base64, 'base64'),
}));

let server: http.Server;
if (mode === 'express') {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  for (const body of bodies) {
    app.get(body.path, (_req, res) => {
      res.setHeader('Content-Type', body.contentType);
      res.end(body.bytes);
    });
  }
  server = http.createServer(app);
} else if (mode === 'node') {
  const byPath = new Map(bodies.map((b) => [b.path, b]));
  server = http.createServer((req, res) => {
    const q = req.url!.indexOf('?');
    const body = byPath.get(q < 0 ? req.url! : req.url!.slice(0, q));
    if (!body) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': body.contentType, 'Content-Length': body.bytes.length });
    res.end(body.bytes);
  });
} else {
  console.error('usage: api-reference.ts <express|node> <bodies.json>');
  process.exit(2);
}
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`port ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
