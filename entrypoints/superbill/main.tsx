import { render } from 'preact';
import * as z from 'zod/mini';
import { SuperbillPage } from '../../components/superbill/SuperbillPage';
import '../../components/superbill/superbill.css';

// Extension pages forbid eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

// superbill.html?client=<client id>&from=YYYY-MM-DD&to=YYYY-MM-DD, or ?session=<session id>.
// Ready to print once <body data-ready="true"> (see SuperbillPage).
render(<SuperbillPage search={location.search} />, document.getElementById('app')!);
