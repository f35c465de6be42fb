import { render } from 'preact';
import * as z from 'zod/mini';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/shared/ui.css';
import '../../components/options/options.css';

// Extension pages forbid eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

render(<OptionsApp />, document.getElementById('app')!);
