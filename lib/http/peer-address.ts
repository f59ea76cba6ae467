// The header our own server (scripts/server.ts) sets from the socket's peer address, after dropping
// any copy the client sent; lib/http/client-ip.ts reads it. Its own module, free of imports, so the
// server can load it outside Next.js.
export const PEER_ADDRESS_HEADER = 'x-smartpick-peer-address';
