import { confirmPasswordReset } from '@/lib/auth/password-reset';
import { limitPasswordResetRequest } from '@/lib/auth/rate-limit';
import { parseJsonBody } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { passwordResetConfirmSchema } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';

export const POST = handleErrors(async (request: Request) => {
  assertSameOrigin(request);
  // Guessing tokens costs from the same budget as asking for them.
  await limitPasswordResetRequest(clientIp(request.headers));
  const { token, password } = await parseJsonBody(request, passwordResetConfirmSchema);
  await confirmPasswordReset(token, password);
  return jsonResponse({ status: 'password_changed', message: 'Your password is changed, and every session of your account is signed out. Sign in with the new password.' });
});
