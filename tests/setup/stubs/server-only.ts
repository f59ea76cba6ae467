// 'server-only' throws outside React Server Components; tests run route handlers in plain Node.
export {};
