// Runs once when the server starts: a missing or invalid variable stops it with a clear message.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./lib/env/server');
    serverEnv();
  }
}
