import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Which connections are busy, for a graceful shutdown. Node's server.closeIdleConnections() is not enough: it counts
 * a connection as idle as soon as its response has *ended*, even when most of the body still waits in Node's buffer
 * for a slow reader, and destroying it then truncates the download. Here a connection is busy from the moment a
 * request arrives until its response has been handed whole to the kernel ('close' after 'finish'); only then is it
 * closed (the kernel still delivers what it holds).
 *
 * A connection with no request in flight is not closed on the spot either: its next request (or, on a connection
 * just accepted, its first) may already sit unread in the socket's buffer when the signal comes, because the event
 * loop was busy; destroying the socket then resets a request the client has sent. It is closed once the event loop
 * has read what was waiting and a short grace has passed with no request (`idleGraceMs` for a keep-alive connection
 * that has served requests, `firstRequestGraceMs` for one that has not sent its first yet: a client opens a
 * connection to send one, but a browser's speculative preconnect never does). A request that arrives in the
 * meantime is answered, with `Connection: close`, and the connection closes after it.
 */
export function trackConnections(
  server: Server,
  options: { idleGraceMs?: number; firstRequestGraceMs?: number } = {},
): { drain: () => void; busy: () => number; accepted: () => number } {
  const idleGraceMs = options.idleGraceMs ?? 100;
  const firstRequestGraceMs = options.firstRequestGraceMs ?? 1_000;
  const inFlight = new Map<Socket, number>();
  /** Connections that have had at least one request. */
  const served = new WeakSet<Socket>();
  let draining = false;
  let accepted = 0;

  const closeIfStillIdle = (socket: Socket) => {
    const grace = served.has(socket) ? idleGraceMs : firstRequestGraceMs;
    // The timer, then one turn of the event loop through its I/O phase (setImmediate runs after it): a request that
    // was waiting in the buffer has been read by then, even if the loop was blocked for longer than the grace.
    setTimeout(
      () =>
        setImmediate(() => {
          if (inFlight.get(socket) === 0) socket.destroy();
        }),
      grace,
    ).unref();
  };

  server.on('connection', (socket: Socket) => {
    accepted++;
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
    if (draining) closeIfStillIdle(socket);
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    served.add(socket);
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (draining && left === 0) socket.destroy();
    });
  });
  return {
    /** From now on a connection closes as soon as it has no response in flight (idle ones after their grace). */
    drain: () => {
      draining = true;
      for (const [socket, count] of inFlight) if (count === 0) closeIfStillIdle(socket);
    },
    busy: () => [...inFlight.values()].filter((count) => count > 0).length,
    /** Connections accepted so far. */
    accepted: () => accepted,
  };
}
