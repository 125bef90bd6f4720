import net from 'node:net';

/**
 * A TCP proxy for fault tests: forwards a local port to a target, and on demand delays every chunk
 * in both directions or cuts every open connection (as a broken network would).
 */
export class FaultyTcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private delayMs = 0;
  private refusing = false;
  /** Connections accepted so far (to see that traffic really passes through). */
  connections = 0;

  constructor(
    readonly listenPort: number,
    private readonly target: { host: string; port: number },
  ) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.listenPort, '127.0.0.1', () => resolve());
    });
  }

  /** Every chunk waits this long before it is passed on (0: none). */
  delay(ms: number): void {
    this.delayMs = ms;
  }

  /** Destroys every open connection; with `refuse`, new ones are closed at once until `restore()`. */
  cut({ refuse = false } = {}): void {
    this.refusing = refuse;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.refusing = false;
    this.delayMs = 0;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.refusing) {
      client.destroy();
      return;
    }
    this.connections += 1;
    const upstream = net.connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    this.pipe(client, upstream);
    this.pipe(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  /** Passes chunks on in order, each after the delay in force when it arrived. */
  private pipe(from: net.Socket, to: net.Socket): void {
    let chain = Promise.resolve();
    from.on('data', (chunk) => {
      const wait = this.delayMs;
      chain = chain.then(async () => {
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (!to.destroyed) to.write(chunk);
      });
    });
  }
}
