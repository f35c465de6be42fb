import { z } from 'zod';

// Extension pages and the service worker forbid eval: tell zod not to probe for it (the probe is
// refused and reported as a CSP violation) and to parse without generated code. Imported first by
// records.ts, so it runs before any record is parsed, in every page that reads the store.
z.config({ jitless: true });
