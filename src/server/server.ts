/** Runs the application on a TCP port (Node's HTTP server via @hono/node-server). */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { MarsadError } from '../doc/index.js';
import { type AppOptions, createApp } from './app.js';

/** Seconds a keep-alive connection may idle (above typical client pools, so they reuse sockets). */
const KEEP_ALIVE_MS = 65_000;

export interface RunningServer {
  /** The URL the server answers on. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, waits for queued ingest jobs, then resolves. */
  close(): Promise<void>;
}

/** Starts serving; rejects with E_USAGE when the port is taken or the host cannot be bound. */
export async function startServer(
  options: AppOptions & { readonly host: string; readonly port: number },
): Promise<RunningServer> {
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(options.host);
  const { app, context } = createApp({ loopbackOnly: loopback, ...options });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}/`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
            }).then(() => context.jobs?.idle()),
        });
      },
    );
    (server as unknown as { keepAliveTimeout: number }).keepAliveTimeout = KEEP_ALIVE_MS;
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why =
        e.code === 'EADDRINUSE'
          ? `port ${options.port} is in use on ${options.host}: pass another --port`
          : `cannot listen on ${options.host}:${options.port}: ${e.message}`;
      reject(new MarsadError('E_USAGE', why, { cause: e }));
    });
  });
}
