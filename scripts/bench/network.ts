/**
 * Keeps the bench on this machine. Every browser the bench starts gets a proxy that refuses all
 * traffic (Chromium never proxies loopback addresses, so the preview server is reached directly):
 * nothing can leave localhost, and the hosts that were tried are recorded. Playwright pages are
 * additionally routed, so a page's own request to another host is named and counted.
 */
import { createServer, type Server, type Socket } from 'node:net';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for URLs that stay on this machine (or never touch the network). */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (
    ['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'devtools:'].includes(
      parsed.protocol,
    )
  )
    return true;
  return LOCAL_HOSTS.has(parsed.hostname) || parsed.hostname.endsWith('.localhost');
}

export interface SinkProxy {
  /** Chromium flag that sends every non-loopback request to the sink. */
  flag: string;
  /** The hosts the browser tried to reach (the browser's own background traffic included). */
  attempts: string[];
  close(): Promise<void>;
}

/** A local "proxy" that answers every request with 403 and records where it was meant to go. */
export function startSinkProxy(): Promise<SinkProxy> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk: Buffer) => {
      const firstLine = chunk.toString('latin1').split('\r\n', 1)[0] ?? '';
      const target = firstLine.split(' ')[1] ?? '?';
      let host = target;
      try {
        host = target.includes('://') ? new URL(target).host : target;
      } catch {
        // keep the raw target
      }
      attempts.push(host);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        flag: `--proxy-server=http://127.0.0.1:${port}`,
        attempts,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
