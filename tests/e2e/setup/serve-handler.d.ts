/** The part of serve-handler (no bundled types) that the e2e server uses. */
declare module 'serve-handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface ServeHandlerOptions {
    public?: string;
    cleanUrls?: boolean | string[];
    trailingSlash?: boolean;
    directoryListing?: boolean | string[];
  }

  export default function serveHandler(request: IncomingMessage, response: ServerResponse, options?: ServeHandlerOptions): Promise<void>;
}
