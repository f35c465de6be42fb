import path from 'node:path';
import { startStaticServer } from '../../../scripts/static-server.mjs';

/** Serves the saved portal pages, our fixtures, the e2e shells and the demo page on 127.0.0.1. */
export function startFixtureServer() {
  return startStaticServer(
    {
      '/portals/': path.resolve('test/fixtures/portals'),
      '/pages/': path.resolve('test/e2e/pages'),
      '/demo/': path.resolve('demo'),
    },
    // The saved UHC page is windows-1252 (its README): serve it as such, as the live portal did.
    { charsets: { 'uhc-hcfa1500-2016.html': 'windows-1252' } },
  );
}
