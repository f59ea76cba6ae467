// Builds real Requests for the route handlers.
export const BASE_URL = 'http://localhost:3000';

export function jsonRequest(path: string, body: unknown, init: RequestInit = {}): Request {
  return new Request(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

export const validRequest = {
  profile: {
    applicantType: 'US_MD',
    graduationYear: 2027,
    step2Score: 250,
    examFailures: 0,
    researchItems: 4,
    visaNeeded: 'NONE',
  },
  preferences: { specialties: ['IM'] },
} as const;
