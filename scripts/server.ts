// The app's HTTP server: Next.js's request handler behind a small node:http server of our own, so
// that rate limits see the real peer address (lib/http/client-ip.ts, issue 14 part 3). Next.js
// documents custom servers (nextjs.org/docs/app/guides/custom-server); this one adds nothing but
// two things: every request's copy of PEER_ADDRESS_HEADER is replaced with req.socket.remoteAddress (and
// of PEER_PROTOCOL_HEADER with the socket's scheme),
// and a path whose percent-encoding does not decode gets a 4xx instead of the router's 500.
//   tsx scripts/server.ts [--dev] [-p PORT] [-H HOST]   (npm run dev / npm start call it)
import { createServer } from 'node:http';
import next from 'next';
import { hasMalformedPath, isApiPath, malformedApiPathResponse, NOT_FOUND_PATH } from '../lib/http/malformed-path';
import { PEER_ADDRESS_HEADER, PEER_PROTOCOL_HEADER } from '../lib/http/peer-address';

function option(flags: readonly string[], fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => flags.includes(arg));
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
}

const dev = process.argv.includes('--dev');
const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'));
const hostname = option(['-H', '--hostname'], process.env.HOSTNAME ?? '0.0.0.0');

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((req, res) => {
  // Node joins repeated headers; delete first so no client-sent value can survive in any form.
  delete req.headers[PEER_ADDRESS_HEADER];
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
  delete req.headers[PEER_PROTOCOL_HEADER];
  req.headers[PEER_PROTOCOL_HEADER] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const url = req.url ?? '/';
  if (hasMalformedPath(url)) {
    if (isApiPath(url)) {
      const answer = malformedApiPathResponse(!dev);
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    req.url = NOT_FOUND_PATH;
  }
  void handle(req, res);
});
// A saturated server should still admit new connections promptly (README, benchmarks): keep-alive as Next's own server does.
server.keepAliveTimeout = 5_000;
server.listen(port, hostname, () => console.log(`▲ SmartPick on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}${dev ? ' (dev)' : ''}`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
