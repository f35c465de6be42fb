import type { Rule } from '../types';

/** The markers around the generated part of lib/rules/README.md. */
export const README_START =
  '<!-- rules:start (generated from RULES by `npm run docs:rules`; do not edit by hand) -->';
export const README_END = '<!-- rules:end -->';

/** The README's "The rules" section, one subsection per rule in display order. */
export function renderRulesSection(rules: readonly Rule[]): string {
  const parts = rules.map((rule) => {
    const severity = `Severity: ${rule.severities.join(' / ')}.${rule.needsClient ? ` Needs the saved client (${rule.needsClient}).` : ''}`;
    const sources = `Sources: ${rule.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}.`;
    return [
      `### \`${rule.id}\`: ${rule.title}`,
      `Checks: ${rule.checks}`,
      severity,
      sources,
      `Does not check: ${rule.doesNotCheck}`,
    ].join('\n\n');
  });
  return [README_START, '', ...parts.flatMap((p) => [p, '']), README_END].join('\n');
}

/** `readme` with its generated section replaced by `section` (or appended when the markers are missing). */
export function withRulesSection(readme: string, section: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1) return `${readme.trimEnd()}\n\n${section}\n`;
  return `${readme.slice(0, start)}${section}${readme.slice(end + README_END.length)}`;
}
