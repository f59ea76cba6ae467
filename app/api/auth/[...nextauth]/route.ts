import { handleAuthRequest } from '@/lib/auth/handler';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: Request, context: Context) {
  const { nextauth } = await context.params;
  return handleAuthRequest(request, nextauth);
}

export { handle as GET, handle as POST };
