/**
 * Serves a built site on 127.0.0.1 (a free port) with serve-handler, the handler `docusaurus serve` uses,
 * configured the same way (clean URLs, no directory listings).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import serveHandler from 'serve-handler';

export interface ServedSite {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(buildDir: string): Promise<ServedSite> {
  const server = createServer((request, response) => {
    serveHandler(request, response, { public: buildDir, cleanUrls: true, directoryListing: false }).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolvePromise, reject) => server.close((error) => (error ? reject(error) : resolvePromise())));
}
