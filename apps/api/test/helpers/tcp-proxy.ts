import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Like a database server stopping hard: stops listening and cuts every open connection. */
  stop(): Promise<void>;
  /** Listens again on the same port (the database is back). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy in front of the test PostgreSQL: stopping it looks, to the API, exactly
 * like the database server going away (open connections reset, new ones refused) without
 * touching the machine's PostgreSQL.
 */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const sock of [client, upstream]) sockets.add(sock);
        const cut = () => {
          for (const sock of [client, upstream]) {
            sock.destroy();
            sockets.delete(sock);
          }
        };
        client.on('error', cut).on('close', cut);
        upstream.on('error', cut).on('close', cut);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });

  const stop = async () => {
    const s = server;
    server = undefined;
    for (const sock of sockets) sock.resetAndDestroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  return {
    get port() {
      return port;
    },
    stop,
    start: listen,
    close: stop,
  };
}
