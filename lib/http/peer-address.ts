// The header our own server (scripts/server.ts) sets from the socket's peer address, after dropping
// any copy the client sent; lib/http/client-ip.ts reads it. Its own module, free of imports, so the
// server can load it outside Next.js.
export const PEER_ADDRESS_HEADER = 'x-smartpick-peer-address';
/**
 * The scheme of the connection itself ("http", or "https" on a TLS socket), set the same way.
 * Next.js builds request.url's scheme from a client's X-Forwarded-Proto, so served directly that
 * cannot say which scheme the site is on (site-origin.ts).
 */
export const PEER_PROTOCOL_HEADER = 'x-smartpick-peer-protocol';
