/**
 * A small web server on 127.0.0.1 for fetch, page and feed tests: routes answer with a status,
 * headers and body, or misbehave on purpose (slow, endless). Records every request.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RouteAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Stream bytes without end (until the client gives up). */
  endless?: boolean;
}

export type Route = RouteAnswer | ((req: http.IncomingMessage) => RouteAnswer);

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
  /** Requests to this server in progress when this one arrived (for one-at-a-time checks). */
  concurrent: number;
}

export interface WebServer {
  url: string;
  routes: Map<string, Route>;
  requests: RecordedRequest[];
  route(path: string, answer: Route): void;
  close(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  const routes = new Map<string, Route>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let active = 0;
  const server = http.createServer((req, res) => {
    active++;
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, at: Date.now(), concurrent: active - 1 });
    res.on('close', () => active--);
    const route = routes.get(path);
    const answer: RouteAnswer = route === undefined ? { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } } : typeof route === 'function' ? route(req) : route;
    const send = () => {
      res.writeHead(answer.status ?? 200, answer.headers ?? { 'content-type': 'text/html; charset=utf-8' });
      if (answer.endless) {
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) {
            /* keep writing */
          }
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
        return;
      }
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    route: (path, answer) => void routes.set(path, answer),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
