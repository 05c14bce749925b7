import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayedGitServer {
  /** `http://127.0.0.1:PORT/`: append `OWNER/NAME`. */
  baseUrl: string;
  /** Requests served so far. */
  requests(): number;
  close(): Promise<void>;
}

/**
 * Serves the bare repos under `root` over git's smart HTTP protocol (`git http-backend` as CGI) on 127.0.0.1,
 * answering every request `delayMs` late, like a remote forge at that round-trip time.
 */
export async function startDelayedGitServer(root: string, delayMs: number): Promise<DelayedGitServer> {
  let count = 0;
  const server = createServer((request, response) => {
    count++;
    setTimeout(() => serveWithBackend(root, request, response), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function serveWithBackend(root: string, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  const backend = spawn('git', ['http-backend'], {
    env: {
      ...process.env,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: header('content-type'),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      GIT_PROTOCOL: header('git-protocol'),
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  request.pipe(backend.stdin);
  backend.stdin.on('error', () => undefined);
  relayCgiResponse(backend.stdout, response);
  backend.on('error', () => response.destroy());
}

/** Turns a CGI response (headers, blank line, body) into the HTTP response. */
function relayCgiResponse(stdout: NodeJS.ReadableStream, response: ServerResponse): void {
  let head = Buffer.alloc(0);
  let headerDone = false;
  stdout.on('data', (chunk: Buffer) => {
    if (headerDone) return void response.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = findHeaderEnd(head);
    if (end === undefined) return;
    headerDone = true;
    writeCgiHead(head.subarray(0, end.at).toString('latin1'), response);
    response.write(head.subarray(end.at + end.length));
  });
  stdout.on('end', () => {
    if (!headerDone) response.writeHead(502);
    response.end();
  });
}

function findHeaderEnd(buffer: Buffer): { at: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  return lf >= 0 ? { at: lf, length: 2 } : undefined;
}

function writeCgiHead(text: string, response: ServerResponse): void {
  let status = 200;
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else response.setHeader(name, value);
  }
  response.writeHead(status);
}
