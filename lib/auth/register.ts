// Sign-up with email and password.
import 'server-only';
import { getDb } from '@/lib/db/client';
import { AppError, ValidationError } from '@/lib/http/errors';
import type { RegisterInput } from '@/lib/schemas/auth';
import { hashPassword, passwordWeakness } from './password';

export class EmailTakenError extends AppError {
  constructor() {
    super(409, 'email_taken', 'An account with that email already exists. Sign in instead.');
  }
}

export async function registerUser(input: RegisterInput): Promise<{ id: string; email: string }> {
  const weakness = passwordWeakness(input.password, input.email);
  if (weakness) throw new ValidationError('Choose a stronger password.', { password: [weakness] });
  // A taken email is refused before hashing (the 409 says so anyway): a refused sign-up costs no
  // argon2 time or memory. Two sign-ups racing for a new email still meet the unique index below.
  const taken = await getDb().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new EmailTakenError();
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await getDb().user.create({
      data: { email: input.email, name: input.name || null, passwordHash },
      select: { id: true, email: true },
    });
    return { id: user.id, email: user.email! };
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new EmailTakenError();
    throw error;
  }
}
