import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FillFrameApp } from '../../components/fill-frame/FillFrameApp';
import type { FillFrameRequest } from '../../lib/messages/protocol';
import '../../components/inline/style.css';
import '../../components/fill-frame/fill-frame.css';

// fill-frame.html: the page inside our panel on a portal that draws what comes from the records (the
// client picker, the fill's client, sessions and old -> new values), in the extension's own origin so
// the portal page cannot read it (lib/background/fill-frames.ts). Its token is its address's fragment.
const token = location.hash.slice(1);
const send = (message: FillFrameRequest) => browser.runtime.sendMessage(message);
render(<FillFrameApp token={token} send={send} />, document.getElementById('app')!);
