import { createServer, type Server, type ServerResponse } from 'node:http';
import { ExpressAdapter } from '@nestjs/platform-express';
import { answerUnreadableRequests, type RequestLimits } from '../http/request-limits.js';

/**
 * The HTTP server, created with the configured header limit. Nest's `app.close()` calls `beforeClose()` first. Here it stops accepting connections and lets
 * the running requests finish, each answered with `Connection: close`, within `timeoutMillis`;
 * connections still open after that are cut. Only then do the shutdown hooks close the pools.
 */
export class DrainingExpressAdapter extends ExpressAdapter {
  private readonly running = new Set<ServerResponse>();
  private draining = false;

  constructor(
    private readonly timeoutMillis: number,
    private readonly limits: RequestLimits,
  ) {
    super();
  }

  /** Plain HTTP (TLS ends in front of the service), with the header limit set rather than Node's default assumed. */
  override initHttpServer(): void {
    this.httpServer = createServer({ maxHeaderSize: this.limits.headerLimitBytes }, this.getInstance());
    answerUnreadableRequests(this.httpServer, this.limits);
    this.getHttpServer().on('request', (_request, response: ServerResponse) => {
      this.running.add(response);
      response.on('close', () => this.running.delete(response));
      if (this.draining) this.closeAfter(response);
    });
  }

  override async beforeClose(): Promise<void> {
    super.beforeClose();
    const server: Server = this.getHttpServer();
    if (this.draining || !server.listening) return;
    this.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const response of this.running) this.closeAfter(response);
    const deadline = setTimeout(() => server.closeAllConnections(), this.timeoutMillis);
    await closed;
    clearTimeout(deadline);
  }

  /** A keep-alive connection would otherwise hold `server.close()` open until it times out. */
  private closeAfter(response: ServerResponse): void {
    if (!response.headersSent) response.setHeader('Connection', 'close');
    const closeIdle = () => setImmediate(() => this.getHttpServer().closeIdleConnections());
    if (response.writableFinished) closeIdle();
    else response.on('finish', closeIdle);
  }
}
