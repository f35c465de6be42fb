/** Where the popup is: its detail pane shows one of these. */
export type ClientTab = 'sessions' | 'prescriptions' | 'visits' | 'details';

export type Route =
  | { view: 'home' }
  | { view: 'new-client' }
  | {
      view: 'client';
      clientId: string;
      tab?: ClientTab;
      /** Open the tab's add form at once. */ adding?: boolean;
    }
  | { view: 'session'; clientId: string; sessionId: string }
  | { view: 'new-session'; clientId: string };

export type Navigate = (route: Route) => void;
