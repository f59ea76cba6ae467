// What a password must be, in words: pure, so the sign-up form checks as you type with the same
// rules the server enforces (lib/auth/register.ts).
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// A few of the most common passwords of the length we accept (NCSC "100k most common", 2019):
// NIST SP 800-63B §5.1.1.2 asks verifiers to refuse commonly used passwords.
const COMMON_PASSWORDS = new Set([
  '1234567890', '123456789a', 'qwertyuiop', 'password123', 'password12', 'iloveyou12', 'qwerty1234',
  '1q2w3e4r5t', '1qaz2wsx3edc', 'passw0rd12', 'letmein123', 'welcome123', 'abcdefghij', 'aaaaaaaaaa',
  'residency1', 'residency123', 'smartpick1', 'smartpick123', 'medicine123', 'doctor1234',
]);

/** Why a password is too weak, in words; null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (new Set(password).size < 4) return 'Use more different characters.';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'That password is too common; choose another.';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'Don’t use your email address in your password.';
  return null;
}
