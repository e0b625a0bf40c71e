// Sets one element into the middle of the article of each of our own pages (bench/pages), after a
// paragraph with at least three more under it, and reports how much of the article is still kept:
// the mean share of gold lines kept and the pages that lose more than a tenth. Each element is what
// sites set between two paragraphs: an ad slot, a related box, a box of the most read, a newsletter
// box, a caption, a social post, share buttons, a video; and what is the article's own: a list, a
// subhead, questions and answers (then whether those lines were kept too). A box that cuts the
// article in two shows here as pages losing half their body. Figures are printed, never asserted.
// Usage: npx esbuild bench/inserts.ts --bundle --platform=node --outfile=out/inserts.cjs && node out/inserts.cjs [--pages] [SHAPE]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../src/core';

type Shape = { name: string; lines: string[]; content?: boolean };
const SHAPES: Shape[] = [
  { name: 'nothing', lines: [] },
  { name: 'ad slot', lines: ['Advertisement'] },
  { name: 'ad, continues below', lines: ['Story continues below advertisement'] },
  { name: 'related, one line', lines: ['Related: City council delays vote on new transit plan'] },
  { name: 'related box', lines: ['Related Articles', 'City council delays vote on new transit plan', 'Police name victim of weekend crash on Highway 9', 'Local bakery wins national award for sourdough'] },
  { name: 'most read, ranked', lines: ['Most Read', '1. City council delays vote on new transit plan', '2. Police name victim of weekend crash on Highway 9', '3. Local bakery wins national award for sourdough', '4. Storm warning issued for the weekend', '5. School board approves new budget'] },
  { name: 'newsletter box', lines: ['Sign up for our newsletter', 'Get the top stories delivered to your inbox every morning.', 'Email address', 'Sign up'] },
  { name: 'caption, credit', lines: ['Firefighters work at the scene on Monday afternoon. (Photo: Jane Doe/Reuters)'] },
  { name: 'caption over credit', lines: ['Firefighters work at the scene on Monday afternoon.', 'Jane Doe / Reuters'] },
  { name: 'social post', lines: ['Crews are still on the scene and the road remains closed. Please avoid the area.', '— County Police (@CountyPolice) March 3, 2024'] },
  { name: 'share buttons', lines: ['Share this:', 'Facebook', 'Twitter', 'Email'] },
  { name: 'video', lines: ['Video: Aerial footage shows the damage', '02:34', 'Watch more videos'] },
  { name: 'list with lead-in', content: true, lines: ['The changes include:', '- a new speed limit of 30 km/h near schools', '- two more crossings on the main road', '- a ban on heavy trucks at night', '- longer green lights for pedestrians', '- new bike lanes on three streets'] },
  { name: 'bare list', content: true, lines: ['A new speed limit of 30 km/h near schools', 'Two more crossings on the main road', 'A ban on heavy trucks at night', 'Longer green lights for pedestrians', 'New bike lanes on three streets', 'A review of parking fees next year'] },
  { name: 'subhead', content: true, lines: ['What happens next'] },
  { name: 'questions', content: true, lines: ['Q: When will the work start?', 'A: The council expects work to start in the spring, weather permitting.', 'Q: Who pays for it?', 'A: The state covers two thirds of the cost and the city the rest.'] },
];

const args = process.argv.slice(2);
const perPage = args.includes('--pages');
const only = args.find((a) => !a.startsWith('--'));
const root = join(__dirname, '..', 'bench', 'pages');
const pages: { name: string; lines: string[]; gold: string[]; at: number }[] = [];
for (const set of readdirSync(root).filter((s) => !s.includes('.'))) {
  for (const f of readdirSync(join(root, set)).filter((f) => f.endsWith('.gold.txt'))) {
    const lines = readFileSync(join(root, set, f.replace('.gold.txt', '.txt')), 'utf8').split('\n');
    const gold = readFileSync(join(root, set, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const at = gold.map((g) => lines.findIndex((l) => l.trim() === g)).filter((k) => k >= 0);
    const isParagraph = (k: number) => lines[k].trim().split(/\s+/u).length >= 15 && /[.!?。»"”]$/u.test(lines[k].trim());
    // A paragraph of the article with one above it and three under it: the middle of the article.
    const paragraphs = at.filter(isParagraph).slice(1, -3);
    if (!paragraphs.length) continue;
    const middle = at[Math.floor(at.length / 2)];
    const after = paragraphs.reduce((b, k) => (Math.abs(k - middle) < Math.abs(b - middle) ? k : b), paragraphs[0]);
    pages.push({ name: `${set}/${f.replace('.gold.txt', '')}`, lines, gold, at: after });
  }
}

console.log(`${pages.length} pages of our own, one element set after a paragraph in the article's middle (mean share of gold lines kept; pages keeping under 90%)`);
for (const shape of SHAPES) {
  if (only && shape.name !== only) continue;
  let sum = 0;
  let lossy = 0;
  let insertKept = 0;
  const worst: string[] = [];
  for (const p of pages) {
    const inserted = shape.lines.flatMap((l) => ['', l]);
    const text = [...p.lines.slice(0, p.at + 1), ...inserted, '', ...p.lines.slice(p.at + 1)].join('\n');
    const out = new Set(clean(text, { metadata: 'drop' }).text.split('\n').map((l) => l.trim()));
    const kept = p.gold.filter((g) => out.has(g)).length / p.gold.length;
    sum += kept;
    if (kept < 0.9) {
      lossy++;
      worst.push(`${p.name} ${kept.toFixed(2)}`);
    }
    if (shape.content && shape.lines.every((l) => out.has(l))) insertKept++;
  }
  const content = shape.content ? `  its lines kept on ${insertKept}/${pages.length}` : '';
  console.log(`${shape.name.padEnd(22)} ${(sum / pages.length).toFixed(4)}  ${String(lossy).padStart(3)} pages under 90%${content}`);
  if (perPage) for (const w of worst) console.log(`    ${w}`);
}
