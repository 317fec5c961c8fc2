import net from 'node:net';

/** A TCP proxy in front of Neo4j that can be switched off (connections cut, new ones left hanging) and on. */
export async function proxyTo(target: { host: string; port: number }) {
  let on = true;
  let forwarded = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on('error', () => {});
    client.on('close', () => open.delete(client));
    if (!on) return; // off: accept and never answer, like a hanging database
    forwarded++;
    const upstream = net.connect(target.port, target.host);
    open.add(upstream);
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    forwarded: () => forwarded,
    off() {
      on = false;
      for (const socket of open) socket.destroy();
    },
    on() {
      on = true;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
