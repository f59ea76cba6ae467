import { limitSignUp } from '@/lib/auth/rate-limit';
import { registerUser } from '@/lib/auth/register';
import { parseJsonBody } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { registerSchema } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';

export const POST = handleErrors(async (request: Request) => {
  assertSameOrigin(request);
  await limitSignUp(clientIp(request.headers));
  const input = await parseJsonBody(request, registerSchema);
  const user = await registerUser(input);
  return jsonResponse(user, { status: 201 });
});
