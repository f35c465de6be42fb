import { render } from 'preact';

render(<main>Massage Billing Assistant</main>, document.getElementById('app')!);
