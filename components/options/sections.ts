import type { FunctionComponent } from 'preact';
import { DataSection } from './DataSection';
import { PayerRulesSection } from './PayerRulesSection';
import { PracticeSection } from './PracticeSection';
import { SettingsSection } from './SettingsSection';
import { SitesSection } from './SitesSection';
import { CodeTablesSection } from './CodeTablesSection';
import { PassphraseSection } from './PassphraseSection';
import { ComputerSection } from './ComputerSection';
import { SyncSection } from './SyncSection';

/**
 * The options page is these sections, in this order. To add one, write
 * `components/options/<Name>Section.tsx` exporting a component that renders its own content (the page
 * supplies the card and the heading) and add one line here.
 */
export type OptionsSection = {
  id: string;
  title: string;
  description?: string;
  Component: FunctionComponent;
};

export const OPTIONS_SECTIONS: OptionsSection[] = [
  {
    id: 'practice',
    title: 'Practice',
    description: 'What goes in boxes 24J, 25, 32 and 33 of every claim.',
    Component: PracticeSection,
  },
  {
    id: 'settings',
    title: 'Billing rules',
    description: 'How units are counted and when claims and eligibility checks go stale.',
    Component: SettingsSection,
  },
  {
    id: 'payer-rules',
    title: 'Payer rules',
    description:
      "Where a payer's contract differs: its own filing limit, unit rule, modifiers, covered codes and visits a year. Share them with another practice as a file.",
    Component: PayerRulesSection,
  },
  {
    id: 'sites',
    title: 'Portals',
    description: 'Where claims are checked as you type them.',
    Component: SitesSection,
  },
  {
    id: 'code-tables',
    title: 'Code tables',
    description: 'NCCI edits and unit limits (MUE) change every quarter: load the new CMS files here.',
    Component: CodeTablesSection,
  },
  {
    id: 'passphrase',
    title: 'Passphrase and lock',
    description: 'Encrypt the records on this computer and lock them when the desk is left unattended.',
    Component: PassphraseSection,
  },
  {
    id: 'sync',
    title: 'Sync',
    description: 'One set of records on every computer of the practice, through your own CouchDB server.',
    Component: SyncSection,
  },
  {
    id: 'computer',
    title: 'This computer',
    description: 'Who made a change, in each record’s history.',
    Component: ComputerSection,
  },
  {
    id: 'data',
    title: 'Backups and exports',
    description: 'Everything stays on this computer: keep a backup somewhere safe.',
    Component: DataSection,
  },
];
