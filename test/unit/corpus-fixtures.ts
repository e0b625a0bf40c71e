import { ABOUT } from '../../bench/about.mjs';

// Invented articles for corpus tests: varied prose (no two bodies alike), an optional line no rule
// knows (to repeat across a source), and the feed's source line.
const TOPICS = ['ferry', 'library', 'bridge', 'harbour', 'school', 'market', 'stadium', 'hospital', 'museum', 'railway', 'park', 'airport'];
const PLACES = ['Kestrel Bay', 'Northfield', 'Arvel', 'Veldhaven', 'Marsh End', 'Oldport', 'Greyhill', 'Saltmoor', 'Fenwick', 'Brackwater', 'Loxley', 'Ashdown'];

/** A line no rule knows; repeated across a source it is chaff by corpus evidence only. */
export const REPEATED = 'Our harbour, our news';

export function article(i: number, opts: { repeated?: string; source?: string } = {}): string {
  const t = TOPICS[i % TOPICS.length];
  // Past the twelfth article the place moves on too: no two articles are copies of each other.
  const p = PLACES[(i * 5 + Math.floor(i / TOPICS.length)) % PLACES.length];
  return [
    `${p} council backs plan for new ${t} after long debate`,
    '',
    `Councillors in ${p} voted on Tuesday to approve the ${t} plan, ending a dispute that began ${i + 2} years ago over its cost and its location near the old town.`,
    '',
    opts.repeated ?? `The ${t} question in ${p}`,
    '',
    `Supporters of the ${t} said the decision would bring visitors back to ${p}, while opponents warned that the budget had been drawn up in a hurry.`,
    '',
    `A final vote on the contract for the ${t} is expected before the end of the year, officials in ${p} said after the meeting.`,
    '',
    `from ${opts.source ?? 'Quayside Courier'}`,
    '',
  ].join('\n');
}

export const lineOf = (text: string, s: string) => text.split('\n').indexOf(s) + 1;

/** A site's own prose ("about us"), three paragraphs: what bench/layouts.mjs puts before or after a page. */
export const SITE_PROSE = ABOUT.en;
