import { listSpecialties } from '@/lib/catalog/specialties';
import { handleErrors, jsonResponse } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async () => jsonResponse(await listSpecialties()));
