import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Which connections are busy, for a graceful shutdown. Node's server.closeIdleConnections() is not enough: it counts
 * a connection as idle as soon as its response has *ended*, even when most of the body still waits in Node's buffer
 * for a slow reader, and destroying it then truncates the download. Here a connection is busy from the moment a
 * request arrives until its response has been handed whole to the kernel ('close' after 'finish'); only then is it
 * closed (the kernel still delivers what it holds).
 */
export function trackConnections(server: Server): { drain: () => void; busy: () => number } {
  const inFlight = new Map<Socket, number>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (draining && left === 0) socket.destroy();
    });
  });
  return {
    /** From now on a connection closes as soon as it has no response in flight; idle ones close at once. */
    drain: () => {
      draining = true;
      for (const [socket, count] of inFlight) if (count === 0) socket.destroy();
    },
    busy: () => [...inFlight.values()].filter((count) => count > 0).length,
  };
}
