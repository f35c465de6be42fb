import { render } from 'preact';
import { SuperbillPage } from '../../components/superbill/SuperbillPage';
import '../../components/superbill/superbill.css';

// superbill.html?client=<client id>&from=YYYY-MM-DD&to=YYYY-MM-DD, or ?session=<session id>.
// Ready to print once <body data-ready="true"> (see SuperbillPage).
render(<SuperbillPage search={location.search} />, document.getElementById('app')!);
