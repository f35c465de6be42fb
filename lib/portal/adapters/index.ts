/**
 * The portal adapters, in the order they are tried. Adding a portal: one file in this folder (data only,
 * see types.ts), its fixture in test/fixtures/portals/, and one line here; the conventions test
 * (test/unit/portal-adapters-conventions.test.ts) checks the fixture and every selector's count.
 */
import { availity } from './availity';
import { officeAlly } from './officeally';
import { uhcLegacy } from './uhc-legacy';
import { uhcLinkhealth } from './uhc-linkhealth';
import type { PortalAdapter } from './types';

export const ADAPTERS: readonly PortalAdapter[] = [officeAlly, uhcLegacy, uhcLinkhealth, availity];
