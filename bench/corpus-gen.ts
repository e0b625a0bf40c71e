// A deterministic synthetic corpus for the index benchmarks: N articles over many sources and
// dates, built from the sample articles. Chaff lines (widgets, menus, teasers, share lines,
// newsletter boxes, cookie banners, footers) come from the samples as the engine classifies them;
// bodies are new prose from a word-bigram model of the English sample bodies, so no two articles
// share a body unless made to. Each source has its own menu and tagline (lines no rule knows, for
// corpus evidence); 1% exact and 1% near duplicates; some partial dates, some undated, some
// without a source, some already clean with front matter.
// Usage (after build): node out/bench/bench.js gen DIR N [SEED]
import fs from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../src/core';

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PLACES = ['Kestrel Bay', 'Northfield', 'Arvel', 'Veldhaven', 'Marsh End', 'Oldport', 'Greyhill', 'Saltmoor', 'Fenwick', 'Brackwater', 'Loxley', 'Ashdown', 'Porthallow', 'Rivermouth', 'Elmsworth', 'Cobble Cross', 'Highmoor', 'Dunmere', 'Westwater', 'Larkfield'];
const OUTLETS = ['Post', 'Gazette', 'Ledger', 'Herald', 'Courier', 'Times', 'Chronicle', 'Wire', 'Observer', 'Echo', 'Mercury', 'Standard'];
const FIRST = ['Priya', 'Tom', 'Ana', 'James', 'Leila', 'Marek', 'Sofia', 'Owen', 'Hana', 'Daniel', 'Ruth', 'Felix'];
const LAST = ['Castell', 'Marsh', 'Okafor', 'Lindqvist', 'Brennan', 'Haddad', 'Novak', 'Pereira', 'Whitlock', 'Ferris', 'Moreau', 'Kaur'];
const SECTIONS = ['News', 'World', 'Business', 'Sport', 'Culture', 'Opinion', 'Politics', 'Science', 'Health', 'Travel', 'Education', 'Environment'];

interface Pools {
  /** Chaff lines of the samples by kind, each a line that is a finding on its own. */
  chaff: Map<string, string[]>;
  /** word → words seen after it in the English sample bodies. */
  bigrams: Map<string, string[]>;
  starts: string[];
}

function samplesDir(): string {
  return path.resolve(__dirname, '../../samples');
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
}

export function buildPools(dir = samplesDir()): Pools {
  const chaff = new Map<string, string[]>();
  const bigrams = new Map<string, string[]>();
  const starts: string[] = [];
  for (const f of walk(dir)) {
    const a: Analysis = analyze(fs.readFileSync(f, 'utf8'));
    const flagged = new Set<number>();
    for (const fi of a.findings) {
      for (let l = fi.line; l <= fi.endLine; l++) flagged.add(l - 1);
      // Single-line findings of rules that know their line (not zones, not dates, not sources).
      if (fi.line !== fi.endLine || /zone|menu-run|date|source|footer|byline|stamp|copyright/.test(fi.rule)) continue;
      const list = chaff.get(fi.kind) ?? [];
      list.push(a.doc.lines[fi.line - 1].trim());
      chaff.set(fi.kind, list);
    }
    if (a.metadata.language !== 'en') continue;
    a.doc.lines.forEach((line, i) => {
      if (flagged.has(i) || line.trim().split(/\s+/).length < 12) return;
      // Words that would read as a rights notice or a credit make no body text.
      const ws = line.trim().split(/\s+/).filter((w) => !/©|\(c\)|copyright|rights|photo|credit/i.test(w));
      starts.push(ws[0]);
      for (let k = 0; k + 1 < ws.length; k++) {
        const list = bigrams.get(ws[k]) ?? [];
        list.push(ws[k + 1]);
        bigrams.set(ws[k], list);
      }
    });
  }
  for (const [k, v] of chaff) chaff.set(k, [...new Set(v)]);
  return { chaff, bigrams, starts: starts.filter((w) => /^[A-Z]/.test(w)) };
}

function sentence(p: Pools, r: Rng, min: number, max: number): string {
  const n = min + r.int(max - min + 1);
  let w = r.pick(p.starts);
  const out = [w];
  while (out.length < n) {
    const next = p.bigrams.get(w);
    w = next && !r.chance(0.08) ? r.pick(next) : r.pick(p.starts).toLowerCase();
    out.push(w);
  }
  return out.join(' ').replace(/[.,;:!?"'”’)]+$/u, '');
}

const paragraph = (p: Pools, r: Rng) => Array.from({ length: 2 + r.int(2) }, () => sentence(p, r, 12, 26) + '.').join(' ');
const headline = (p: Pools, r: Rng) => sentence(p, r, 6, 11).replace(/^./, (c) => c.toUpperCase());

interface Source {
  name: string | null;
  slug: string;
  style: 'feed' | 'dump' | 'front-matter' | 'plain';
  menu: string[];
  tagline: string;
  newsletter: string;
}

function makeSources(n: number, r: Rng): Source[] {
  const out: Source[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length];
    const outlet = OUTLETS[(i * 7 + Math.floor(i / PLACES.length)) % OUTLETS.length];
    const gen = Math.floor(i / (PLACES.length * OUTLETS.length));
    const name = `${place} ${outlet}${gen ? ` ${gen + 1}` : ''}`;
    const style = i % 10 < 5 ? 'dump' : i % 10 < 8 ? 'feed' : i % 10 < 9 ? 'front-matter' : 'plain';
    const menu = ['Home', ...SECTIONS.filter(() => r.chance(0.6))];
    out.push({
      name: style === 'plain' ? null : name,
      slug: name.toLowerCase().replace(/\s+/g, '-'),
      style,
      menu,
      // Lines no rule knows: only corpus evidence can tell they are chaff.
      tagline: `${place} stories, ${outlet.toLowerCase()} style`,
      newsletter: `The ${place} morning briefing, straight to you`,
    });
  }
  return out;
}

interface Dated {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const weekday = (t: Dated) => DAYS[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()];
const ampm = (t: Dated) => `${pad(t.hh % 12 || 12)}:${pad(t.mm)}${t.hh < 12 ? 'AM' : 'PM'}`;

export interface Generated {
  files: number;
  bytes: number;
  sources: number;
}

/** Writes N articles under dir (dir/<source>/<yyyy>/<mm>/<n>.txt); the same N and seed give the same bytes. */
export function generate(dir: string, n: number, seed = 1, pools = buildPools()): Generated {
  const r = rng(seed);
  const sources = makeSources(Math.max(20, Math.round(n / 500)), r);
  const bodies: { title: string; paras: string[] }[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length];
    const undated = src.style === 'plain' ? r.chance(0.7) : r.chance(0.03);
    const t: Dated = { y: 2019 + r.int(7), m: 1 + r.int(12), d: 1 + r.int(28), hh: r.int(24), mm: r.int(60) };
    let title = headline(pools, r);
    let paras = Array.from({ length: 5 + r.int(5) }, () => paragraph(pools, r));
    // 1% exact copies, 1% near copies (one paragraph rewritten) of an earlier article.
    if (bodies.length > 10 && r.chance(0.02)) {
      const orig = r.pick(bodies);
      title = orig.title;
      paras = [...orig.paras];
      if (r.chance(0.5)) paras[r.int(paras.length)] = paragraph(pools, r);
    } else if (bodies.length < 2000) bodies.push({ title, paras });
    else if (r.chance(0.01)) bodies[r.int(bodies.length)] = { title, paras };
    const lines: string[] = [];
    const chaff = (kind: string) => r.pick(pools.chaff.get(kind) ?? ['']);
    const body = () => {
      paras.forEach((p, k) => {
        lines.push(p, '');
        if (k === 2 && r.chance(0.5)) lines.push('Read more', chaff('caption'), headline(pools, r), '');
        if (k === 4 && r.chance(0.4)) lines.push(chaff('advertisement'), '');
      });
    };
    switch (src.style) {
      case 'feed': {
        lines.push(title, '');
        body();
        const id = Array.from({ length: 7 }, () => r.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'])).join('');
        // RSS-to-file pipelines lose the month name now and then.
        const date = r.chance(0.1) ? `${t.d}, ${t.y}` : `${MONTHS[t.m - 1]} ${t.d}, ${t.y}`;
        lines.push(undated ? `https://ift.tt/${id}` : `https://ift.tt/${id} ${date} at ${ampm(t)}`, `from ${src.name}`);
        break;
      }
      case 'dump':
        lines.push(chaff('widget'), `${weekday(t)}, ${MONTHS[t.m - 1]} ${t.d}, ${t.y}`, ...src.menu, src.tagline, '', r.pick(SECTIONS), title, '');
        lines.push(`By ${r.pick(FIRST)} ${r.pick(LAST)}`, undated ? '' : `Published: ${t.d} ${MONTHS[t.m - 1]} ${t.y}, ${pad(t.hh)}:${pad(t.mm)}`, '');
        body();
        lines.push(chaff('share'), chaff('share'), '', src.newsletter, chaff('subscribe'), '', chaff('widget'));
        for (let k = 1; k <= 3; k++) lines.push(`${k}. ${headline(pools, r)}`);
        lines.push('', `© ${t.y} ${src.name}. All rights reserved.`);
        if (r.chance(0.3)) lines.push(chaff('cookie'));
        break;
      case 'front-matter':
        lines.push('---', `source: ${src.name}`, `published: ${undated ? 'null' : `${t.y}-${pad(t.m)}-${pad(t.d)}T${pad(t.hh)}:${pad(t.mm)}`}`, `title: ${JSON.stringify(title)}`, '---', '', title, '');
        paras.forEach((p) => lines.push(p, ''));
        break;
      default:
        lines.push(title, '');
        body();
        lines.push(chaff('share'));
    }
    const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
    const rel = path.join(src.slug, undated ? 'undated' : `${t.y}/${pad(t.m)}`, `${String(i).padStart(6, '0')}.txt`);
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += text.length;
  }
  return { files: n, bytes, sources: sources.length };
}
