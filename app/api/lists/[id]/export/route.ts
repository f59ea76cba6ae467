import { requireUser } from '@/lib/auth/session';
import { handleErrors } from '@/lib/http/errors';
import { exportListCsv } from '@/lib/lists';
import { listIdFrom } from '@/lib/lists/params';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await requireUser(request);
  const { csv, contentDisposition } = await exportListCsv(user.id, await listIdFrom(context));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
