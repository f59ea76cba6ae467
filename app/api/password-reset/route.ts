import { requestPasswordReset, ResetUnavailableError } from '@/lib/auth/password-reset';
import { limitPasswordResetRequest } from '@/lib/auth/rate-limit';
import { parseJsonBody } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { siteOrigin } from '@/lib/http/site-origin';
import { mailDelivery } from '@/lib/mail/send';
import { passwordResetRequestSchema } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';

/** 202 whether or not the account exists: the answer never tells who has an account. */
export const POST = handleErrors(async (request: Request) => {
  assertSameOrigin(request);
  if (mailDelivery() === 'none') throw new ResetUnavailableError();
  await limitPasswordResetRequest(clientIp(request.headers));
  const { email } = await parseJsonBody(request, passwordResetRequestSchema);
  await requestPasswordReset(email, siteOrigin(request));
  return jsonResponse({ status: 'sent_if_registered', message: 'If an account uses that address, we have sent it a link to reset the password. It works for 30 minutes.' }, { status: 202 });
});
