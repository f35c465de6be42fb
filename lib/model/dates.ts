import * as z from 'zod/mini';
import { isIsoDate } from '../dates';

export { isIsoDate, localToday } from '../dates';

/** A local calendar date, `YYYY-MM-DD`, as the person at the desk reads it. */
export const IsoDate = z.string().check(z.refine(isIsoDate, { error: 'Enter a real date as YYYY-MM-DD' }));
