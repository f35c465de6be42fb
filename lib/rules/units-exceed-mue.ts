import type { Finding } from '../model/findings';
import { cap, fieldOf, finding, lineRef, linesPhrase, plural } from './helpers/text';
import * as SOURCES from './sources';
import type { MueEntry } from './tables/mue';
import { defineRule, type Line } from './types';

const MAI_TEXT: Record<MueEntry['mai'], string> = {
  1: 'adjudication indicator 1, a claim-line edit: separate lines with a modifier (59, 76, XE-XU) may exceed it',
  2: 'adjudication indicator 2, a date-of-service edit based on policy: absolute, no modifier or appeal lifts it',
  3: 'adjudication indicator 3, a date-of-service edit based on clinical data: the units of every line that day are added up; an appeal with the notes may be paid',
};

/**
 * Units of one code on one date above its practitioner MUE (data/mue-practitioner.tsv or the CMS file
 * the practice loaded). MAI 2 and 3 add up every line of the code on the date; MAI 1 judges each line.
 */
export const unitsExceedMue = defineRule({
  id: 'units-exceed-mue',
  title: "Units above CMS's daily limit",
  checks:
    "For each date and code with a practitioner MUE value: adjudication indicator 2 or 3, the units of all its lines that day added up (units split over two lines count together) above the value; indicator 1, a single line above it. The table is data/mue-practitioner.tsv (the few in-scope values a public source quoted from the CMS file, with the day quoted) or a quarter's CMS CSV read by parseMue.",
  severities: ['warning'],
  sources: [
    SOURCES.cmsMue,
    SOURCES.fcsoMue,
    SOURCES.palmettoMue,
    SOURCES.functionalPathwaysMue,
    SOURCES.x12Rarc,
  ],
  doesNotCheck:
    "Codes the table has no value for (built in: 97124, 97140 and most codes a massage claim carries, since no public source quoting their current CMS value was found; the practice loads the current CMS file on the options page to check them); whether the payer applies CMS's MUEs at all (Medicare and Medicaid do, many commercial payers do, some auto and workers' comp carriers do not); MAI 1 lines split with a modifier.",
  check({ linesByDate, tables }) {
    const out: Finding[] = [];
    for (const [date, group] of linesByDate) {
      const byCode = new Map<string, Line[]>();
      for (const line of group) {
        if (!line.code || !tables.mue.get(line.code)) continue;
        const list = byCode.get(line.code);
        if (list) list.push(line);
        else byCode.set(line.code, [line]);
      }
      for (const [code, lines] of byCode) {
        const entry = tables.mue.get(code)!;
        const units = (l: Line) => (Number.isInteger(l.units) && l.units! > 0 ? l.units! : 0);
        const over = entry.mai === 1 ? lines.filter((l) => units(l) > entry.mue) : lines;
        const total = over.reduce((sum, l) => sum + units(l), 0);
        if (entry.mai === 1 ? over.length === 0 : total <= entry.mue) continue;
        const rows = over.map((l) => l.row);
        const where = over.length === 1 ? cap(lineRef(over[0]!)) : `${code} on ${linesPhrase(rows)}`;
        const billed =
          entry.mai === 1
            ? over.map((l) => `${units(l)} on ${lineRef(l)}`).join(', ')
            : `${plural(total, 'unit')}${over.length > 1 ? ' in total' : ''}`;
        out.push(
          finding('units-exceed-mue', {
            severity: 'warning',
            outcome: 'may-deny',
            message: `${where} on ${date}: ${billed} of ${code}, more than the ${entry.mue} a day CMS expects for one patient. Payers that apply CMS's unit limits (Medicare, Medicaid and many others) may deny the units above ${entry.mue}.`,
            fix:
              entry.mai === 2
                ? `In box 24G, bill at most ${plural(entry.mue, 'unit')} of ${code} for ${date}; the limit cannot be lifted.`
                : entry.mai === 1
                  ? `In box 24G, put at most ${entry.mue} on a line; bill more only on a separate line with the modifier that explains it (box 24D), if the notes support it.`
                  : `In box 24G, bill at most ${plural(entry.mue, 'unit')} of ${code} for ${date}, or keep the notes ready for an appeal if more were truly given.`,
            boxes: entry.mai === 1 ? ['24G', '24D'] : ['24G'],
            why: `CMS Medically Unlikely Edit for ${code}: ${entry.mue} per day (${MAI_TEXT[entry.mai]}). From ${entry.source}; re-check against the current quarter's file. Denials carry RARC N362 (units exceed our acceptable maximum).`,
            lines: rows,
            fields: over.map((l) => fieldOf(l, 'units')),
          }),
        );
      }
    }
    return out;
  },
});
