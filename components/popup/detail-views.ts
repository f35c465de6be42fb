/**
 * The detail pane's views, loaded after the popup is interactive: they bring the rule library and its
 * code tables (the ICD-10-CM list alone is 84 KB), which the list pane does not need to open.
 */
export { ClientForm } from './ClientForm';
export { ClientPage } from './ClientPage';
export { SessionForm } from './SessionForm';
export { SessionPage } from './SessionPage';
