import { render } from 'preact';
import policy from '../../PRIVACY.md?raw';
import { renderMarkdown } from '../../components/privacy/markdown';
import '../../components/shared/ui.css';
import '../../components/privacy/privacy.css';

// privacy.html: the repository's PRIVACY.md, bundled, so the policy reads the same offline and in the
// stores' listings. Linked from the options page.
render(<>{renderMarkdown(policy)}</>, document.getElementById('app')!);
document.body.dataset.ready = 'true';
