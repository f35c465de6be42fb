import { render } from 'preact';
import { FollowupPage } from '../../components/followup/FollowupPage';
import '../../components/shared/ui.css';
import '../../components/followup/followup.css';

// followup.html: claims to follow up. <body data-ready="true"> once the records are drawn.
render(<FollowupPage />, document.getElementById('app')!);
