import { render } from 'preact';
import * as z from 'zod/mini';
import { FollowupPage } from '../../components/followup/FollowupPage';
import '../../components/shared/ui.css';
import '../../components/followup/followup.css';

// Extension pages forbid eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

// followup.html: claims to follow up. <body data-ready="true"> once the records are drawn.
render(<FollowupPage />, document.getElementById('app')!);
