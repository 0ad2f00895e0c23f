import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

// The address a request came from, as the server can vouch for it. X-Forwarded-For is written by
// whoever sends the request, so it counts only as far as proxies we trust (TRUSTED_PROXIES) wrote it:
// the rightmost entry not added by a trusted proxy is the client.

const normalise = (a: string) => a.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

export function parseTrustedProxies(setting: string | undefined): Set<string> {
  return new Set(
    (setting ?? '')
      .split(',')
      .map(normalise)
      .filter((a) => isIP(a) !== 0),
  );
}

export function trustedClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: Set<string>): string {
  const socket = peer ? normalise(peer) : 'unknown';
  if (!trusted.has(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i])) return hops[i];
  return hops[0] ?? socket;
}

/** Rewrites a Node request's X-Forwarded-For to the one address the server vouches for (and drops X-Real-IP). */
export function vouchForClientAddress(req: IncomingMessage, trusted: Set<string>): void {
  const forwarded = req.headers['x-forwarded-for'];
  req.headers['x-forwarded-for'] = trustedClientAddress(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trusted);
  delete req.headers['x-real-ip'];
}
