/**
 * The portal adapters, in the order they are tried. UnitedHealthcare's pages (the 2016 HCFA 1500 screen and
 * the 2019-2020 linkhealth app) need none: the generic locator reads every box of their fixtures, fill-only
 * boxes included (test/unit/portal/uhc-*.test.ts), and their adapters were dropped to keep the content
 * script inside its 30 KB budget. Adding a portal: one file in this folder (data only,
 * see types.ts), its fixture in test/fixtures/portals/ (listed in the conventions test), and one line here; the test
 * (test/unit/portal-adapters-conventions.test.ts) checks the fixture and every selector's count.
 */
import { availity } from './availity';
import { officeAlly } from './officeally';
import type { PortalAdapter } from './types';

export const ADAPTERS: readonly PortalAdapter[] = [officeAlly, availity];
