// The session's user id and the token's fields, typed once (no casts at call sites).
import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user?: DefaultSession['user'] & { id: string };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    /** The user's session version when the token was issued. */
    sv?: number;
    revoked?: boolean;
  }
}
