import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export type ProxyAction = 'forward' | 'overloaded' | 'drop-response';

/**
 * A proxy in front of the gateway that fails on purpose: HTTP requests are forwarded, answered
 * 503 OVERLOADED without forwarding, or forwarded with their response thrown away (the operation
 * ran; the client never hears); WebSocket upgrades are piped through and can all be cut at once.
 */
export async function startFlakyProxy(target: string) {
  const upstream = new URL(target);
  const seen: (string | undefined)[] = [];
  const upgrades: string[] = [];
  const sockets = new Set<Socket>();
  let blocked = false;
  let plan: (operationName: string | undefined, seenBefore: number) => ProxyAction = () => 'forward';

  const server = createServer(async (req, res) => {
    const body = await read(req);
    let operationName: string | undefined;
    try {
      operationName = (JSON.parse(body) as { operationName?: string }).operationName;
    } catch {
      operationName = undefined;
    }
    const action = plan(operationName, seen.filter((n) => n === operationName).length);
    seen.push(operationName);
    if (action === 'overloaded') {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
      return res.end(JSON.stringify({ errors: [{ message: 'The gateway is at capacity; retry shortly.', extensions: { code: 'OVERLOADED' } }] }));
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'accept', 'authorization', 'apollo-require-preflight'])
      if (req.headers[name]) headers[name] = String(req.headers[name]);
    const response = await fetch(new URL(req.url ?? '/graphql', upstream), { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
    const text = await response.text();
    if (action === 'drop-response') return void req.socket.destroy();
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  });
  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    upgrades.push(req.url ?? '');
    if (blocked) return void client.destroy();
    const server = connect(Number(upstream.port), upstream.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      server.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) server.write(head);
      client.pipe(server).pipe(client);
    });
    for (const s of [client, server]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        server.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    seen,
    upgrades,
    count: (operationName: string) => seen.filter((n) => n === operationName).length,
    /** What to do with each request, by operation name and how many of that name came before. */
    setPlan(next: typeof plan) {
      plan = next;
    },
    /** While blocked, every WebSocket upgrade is cut at once (the network is down for sockets). */
    blockSockets(value: boolean) {
      blocked = value;
    },
    /** Cuts every piped WebSocket at once, with no close handshake (a network drop). */
    dropSockets() {
      for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
