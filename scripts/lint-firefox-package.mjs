// Lints the Firefox package exactly as it would be uploaded to addons.mozilla.org: the zip that
// `wxt zip -b firefox --mv3` (and `npm run zip`) writes, not the build folder. `web-ext lint` exits with
// an error when the linter reports any error; its warnings are printed and explained in the README.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = path.join('.output', `${name}-${version}-firefox.zip`);
if (!existsSync(zip)) {
  console.error(`No ${zip}: run \`wxt zip -b firefox --mv3\` (or \`npm run zip\`) first.`);
  process.exit(1);
}
const webExt = path.resolve('node_modules/.bin/web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', zip, '--self-hosted=false'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
