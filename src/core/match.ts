import type { ResolvedConfig } from './config';
import { LINE_RULES, type LineRule } from './rules';

// Which built-in line rule, if any, a line matches: the first in the rules' order whose pattern does.
//
// Most rules are anchored at the line's start (`^(?:Home|Menu|…)`), and the first two characters of
// a line already rule most of them out. Each pattern's possible first two characters are read from
// its source once (prefixesOf); a line's candidates are looked up by its first two code units, and
// only those rules' hints and patterns are run. The filter is exact about what it keeps: the
// characters are tested with the pattern's own pieces, under its flags; anything the reader does
// not understand keeps the rule.

/** A piece of a pattern that matches one character (its source), or ANY. */
type Atom = string;
const ANY = '';
/** The first (at most two) characters of some match, as atoms; shorter when a match can end sooner. */
type Prefix = Atom[];

/** Too many prefixes to be worth it: the rule is always tried. */
const MAX_PREFIXES = 4000;

class Unreadable extends Error {}

/**
 * The possible starts of the matches of an anchored pattern (`^…`, no `m` flag), or null when the
 * pattern is not anchored or not understood (then every line is a candidate).
 */
export function prefixesOf(re: RegExp): Prefix[] | null {
  if (/[gmy]/.test(re.flags)) return null;
  const src = re.source;
  const unicode = re.unicode;
  let pos = 0;
  const key = (p: Prefix) => p.join('\u0000');
  const dedupe = (ps: Prefix[]): Prefix[] => {
    const seen = new Map<string, Prefix>();
    for (const p of ps) {
      const k = key(p);
      if (!seen.has(k)) seen.set(k, p);
    }
    const out = [...seen.values()];
    if (out.length > MAX_PREFIXES) return [[]];
    return out;
  };
  const concat = (a: Prefix[], b: Prefix[]): Prefix[] => {
    if (a.every((x) => x.length >= 2)) return a;
    const out: Prefix[] = [];
    for (const x of a) {
      if (x.length >= 2) out.push(x);
      else for (const y of b) out.push([...x, ...y].slice(0, 2));
    }
    return dedupe(out);
  };
  const EMPTY: Prefix[] = [[]];

  function alternation(): Prefix[] {
    const out = sequence();
    while (src[pos] === '|') {
      pos++;
      for (const p of sequence()) out.push(p);
    }
    return dedupe(out);
  }

  function sequence(): Prefix[] {
    let out: Prefix[] = EMPTY;
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
      // Once every prefix has its two characters, the rest of the sequence says nothing more.
      if (out.every((p) => p.length >= 2)) {
        skipSequence();
        break;
      }
      const a = atom();
      const [min, max] = quantifier();
      // Two repetitions say as much about the first two characters as more would.
      let rep: Prefix[] = min === 1 && max === 1 ? a : [];
      if (rep !== a)
        for (let r = Math.min(min, 2); r <= Math.min(max, 2); r++) {
        let x: Prefix[] = EMPTY;
        for (let k = 0; k < r; k++) x = concat(x, a);
        rep = dedupe([...rep, ...x]);
      }
      out = concat(out, rep);
    }
    return [...out];
  }

  /** Moves to the `|` or `)` that ends the current sequence. */
  function skipSequence(): void {
    let depth = 0;
    for (; pos < src.length; pos++) {
      const c = src[pos];
      if (c === '\\') pos++;
      else if (c === '[') {
        for (pos++; pos < src.length && src[pos] !== ']'; pos++) if (src[pos] === '\\') pos++;
      } else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return;
        depth--;
      } else if (c === '|' && depth === 0) return;
    }
  }

  function quantifier(): [number, number] {
    let q: [number, number] = [1, 1];
    const c = src[pos];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
      if (!m) {
        if (unicode) throw new Unreadable();
        return q;
      }
      pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (src[pos] === '?') pos++;
      return [min, max];
    } else return q;
    pos++;
    if (src[pos] === '?') pos++;
    return q;
  }

  function atom(): Prefix[] {
    const c = src[pos];
    if (c === '(') {
      let zeroWidth = false;
      if (src.startsWith('(?:', pos)) pos += 3;
      else if (src.startsWith('(?=', pos) || src.startsWith('(?!', pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (src.startsWith('(?<=', pos) || src.startsWith('(?<!', pos)) {
        pos += 4;
        zeroWidth = true;
      } else if (src.startsWith('(?<', pos)) {
        const end = src.indexOf('>', pos);
        if (end < 0) throw new Unreadable();
        pos = end + 1;
      } else if (src.startsWith('(?', pos)) throw new Unreadable();
      else pos++;
      const inner = alternation();
      if (src[pos] !== ')') throw new Unreadable();
      pos++;
      // A lookaround consumes nothing; what it asks of the text is left unchecked (it only keeps more).
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') {
      let j = pos + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']' && !unicode) j++;
      for (; j < src.length && src[j] !== ']'; j++) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[' && /v/.test(re.flags)) throw new Unreadable();
      }
      if (j >= src.length) throw new Unreadable();
      const a = src.slice(pos, j + 1);
      pos = j + 1;
      return [[a]];
    }
    if (c === '\\') {
      const from = pos;
      const d = src[pos + 1];
      if (d === 'b' || d === 'B') {
        pos += 2;
        return EMPTY;
      }
      // Back references can match nothing or anything.
      if (d === 'k' || (d >= '1' && d <= '9')) throw new Unreadable();
      let m: RegExpExecArray | null;
      if ((d === 'p' || d === 'P') && (m = /^\\[pP]\{[^}]*\}/.exec(src.slice(pos)))) pos += m[0].length;
      else if (d === 'u' && (m = /^\\u(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(src.slice(pos)))) pos += m[0].length;
      else if (d === 'x' && (m = /^\\x[0-9a-fA-F]{2}/.exec(src.slice(pos)))) pos += m[0].length;
      else if (d === 'c' && /[a-zA-Z]/.test(src[pos + 2] ?? '')) pos += 3;
      else if (d === '0') pos += 2;
      else if (d !== undefined && /[dDwWsStrnvf\\^$.*+?()[\]{}|/-]/.test(d)) pos += 2;
      else throw new Unreadable();
      return [[src.slice(from, pos)]];
    }
    if (c === '^' || c === '$') {
      pos++;
      return EMPTY;
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || (c === '{' && unicode)) throw new Unreadable();
    const code = src.charCodeAt(pos);
    // A character outside the basic plane stands for two code units: not compared.
    if (code >= 0xd800 && code <= 0xdfff) {
      pos += code <= 0xdbff ? 2 : 1;
      return [[ANY, ANY]];
    }
    pos++;
    return [[c]];
  }

  if (!src.startsWith('^')) return null;
  try {
    const out = alternation();
    if (pos !== src.length) return null;
    // Only a pattern whose every match starts at the line's start: one `^` ahead of everything.
    return /^\^(?![*+?{])/.test(src) && topLevelAnchor(src) ? out : null;
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** True when the source's top level has no `|`: the leading `^` then anchors every match. */
function topLevelAnchor(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** Whether a code unit can be where an atom stands, by the regex engine's own answer (memoised). */
class AtomTest {
  private readonly re: RegExp;
  private readonly known = new Map<number, boolean>();
  constructor(atom: Atom, flags: string) {
    this.re = new RegExp(`^(?:${atom})$`, flags.replace(/[gy]/g, ''));
  }
  test(c: number): boolean {
    let k = this.known.get(c);
    if (k === undefined) this.known.set(c, (k = this.re.test(String.fromCharCode(c))));
    return k;
  }
}

const atomTests = new Map<string, AtomTest>();

/** A test of a line's first two code units against a pattern's possible starts. */
export class PrefixFilter {
  private readonly starts: { first: AtomTest | null; second: (AtomTest | null)[] | null }[] = [];

  constructor(prefixes: Prefix[], flags: string) {
    const testOf = (a: Atom) => {
      if (a === ANY) return null;
      const k = `${flags.replace(/[gy]/g, '')}/${a}`;
      let t = atomTests.get(k);
      if (t === undefined) atomTests.set(k, (t = new AtomTest(a, flags)));
      return t;
    };
    const byFirst = new Map<Atom, Set<Atom> | null>();
    for (const p of prefixes) {
      if (p.length === 0) {
        byFirst.clear();
        byFirst.set(ANY, null);
        break;
      }
      const seconds = byFirst.get(p[0]);
      if (p.length === 1 || seconds === null) byFirst.set(p[0], null);
      else byFirst.set(p[0], (seconds ?? new Set<Atom>()).add(p[1]));
    }
    for (const [first, seconds] of byFirst) this.starts.push({ first: testOf(first), second: seconds && [...seconds].map(testOf) });
  }

  /** False only when no match of the pattern can start with these units (c1 < 0: the line has one). */
  test(c0: number, c1: number): boolean {
    for (const s of this.starts) {
      if (s.first && !s.first.test(c0)) continue;
      if (!s.second) return true;
      if (c1 < 0) continue;
      for (const t of s.second) if (!t || t.test(c1)) return true;
    }
    return false;
  }
}

// The rules with patterns, in order, as records of one shape: the rules themselves differ in which
// optional fields they have, and reading those in the loop was most of its own time.
interface Trial {
  rule: LineRule;
  pattern: RegExp;
  hint: { test(line: string): boolean } | null;
  maxWords: number;
  prefix: PrefixFilter | null;
  /** Not yet run: compiled (warmUp) before their first line. */
  coldHint: boolean;
  coldPattern: boolean;
}
export const trialsOf = (rules: LineRule[], dispatch = true): Trial[] =>
  rules.flatMap((rule) => {
    if (!rule.pattern) return [];
    const prefixes = dispatch ? prefixesOf(rule.pattern) : null;
    const prefix = prefixes && !prefixes.some((p) => p.length === 0) ? new PrefixFilter(prefixes, rule.pattern.flags) : null;
    return [{ rule, pattern: rule.pattern, hint: rule.hint ?? null, maxWords: rule.maxWords ?? Infinity, prefix, coldHint: !!rule.hint, coldPattern: true }];
  });

// V8 runs a regex first from bytecode and compiles it to machine code on its next run, unless the
// first subject is long (1,000 code units or more): then it compiles machine code at once. For the
// long /iu patterns of the vocabulary, the bytecode (with its optimisation pass) costs 3-4 times what
// the machine code does, so each regex is first run on a long dummy line that no pattern takes long
// on. Machine code is per string width (Latin-1 or two-byte): the dummy has the line's width, so no
// more compiling waits for the line itself.
const WARM_PAD = '\n'.repeat(1024);
// The same newlines stored two bytes wide (sliced off a string with a wider character), made once:
// a long line is never copied to warm a pattern up.
const WARM_PAD_WIDE = ('\u0100' + WARM_PAD).slice(1);
const warmed = new WeakSet<RegExp>();
function warmUp(res: RegExp[], text: string): void {
  let dummy: string | null = null;
  for (const re of res)
    if (!warmed.has(re)) {
      warmed.add(re);
      re.test((dummy ??= /[^\u0000-\u00ff]/u.test(text) ? WARM_PAD_WIDE : WARM_PAD));
    }
}
const hintRegExps = (hint: { test(line: string): boolean; parts?: RegExp[] }): RegExp[] => (hint instanceof RegExp ? [hint] : (hint.parts ?? []));

/** Past this length a line is a paragraph; only rules marked for long lines are tried on it. */
const LONG_LINE = 320;

/** The rules worth trying on lines of one kind (short or long), by their first two code units. */
export class Candidates {
  private readonly byStart = new Map<number, Trial[]>();
  constructor(private readonly trials: Trial[]) {}

  for(text: string): Trial[] {
    if (text.length === 0) return this.trials;
    const c0 = text.charCodeAt(0);
    const c1 = text.length > 1 ? text.charCodeAt(1) : -1;
    // A surrogate is half a character: such lines try every rule.
    if ((c0 & 0xf800) === 0xd800 || (c1 & 0xf800) === 0xd800) return this.trials;
    const key = c0 * 0x10001 + c1 + 1;
    let list = this.byStart.get(key);
    if (!list) {
      if (this.byStart.size >= 50000) this.byStart.clear();
      this.byStart.set(key, (list = this.trials.filter((t) => !t.prefix || t.prefix.test(c0, c1))));
    }
    return list;
  }
}

let shortCandidates: Candidates | null = null;
let longCandidates: Candidates | null = null;
/**
 * Reading the patterns' starts takes tens of milliseconds when the process is new: worth it only once
 * many lines are to be matched (a corpus, not the article an editor has just opened).
 */
const DISPATCH_AFTER = 5000;
let matched = 0;
const ALL_TRIALS = trialsOf(LINE_RULES, false);
const LONG_TRIALS = trialsOf(LINE_RULES.filter((r) => r.longLines), false);

// Arrows and bullets that sites put before links ("» Advertising") say nothing about the line.
const LEAD_MARKS = '»›>•·▸►▶→';
const LEAD_MARK = new RegExp(`^[${LEAD_MARKS}]+\\s*`, 'u');
const LEAD_CODES = new Set(Array.from(LEAD_MARKS, (c) => c.charCodeAt(0)));

// Short lines (menus, share bars, credits, footers) recur across the articles of a source, and each
// costs every rule's regexes: their matches are remembered, per set of disabled rules.
const MEMO_LINE = 80;
const MEMO_SIZE = 20000;
export type RuleMemo = Map<string, { nWords: number; rule: LineRule | null }>;
const memos = new Map<string, RuleMemo>();

export function memoFor(cfg: ResolvedConfig | undefined): RuleMemo {
  const key = cfg?.disabledRules.size ? [...cfg.disabledRules].sort().join('\n') : '';
  let memo = memos.get(key);
  if (!memo) {
    if (memos.size >= 8) memos.clear();
    memos.set(key, (memo = new Map()));
  }
  return memo;
}

/** The first built-in rule (not disabled) that matches a trimmed, non-blank line of nWords words. */
export function matchRule(info: { text: string; nWords: number }, cfg: ResolvedConfig | undefined, memo: RuleMemo): LineRule | null {
  const short = info.text.length <= MEMO_LINE;
  const known = short ? memo.get(info.text) : undefined;
  if (known && known.nWords === info.nWords) return known.rule;
  const text = LEAD_CODES.has(info.text.charCodeAt(0)) ? info.text.replace(LEAD_MARK, '') : info.text;
  const disabled = cfg?.disabledRules.size ? cfg.disabledRules : null;
  let rule: LineRule | null = null;
  const long = text.length > LONG_LINE;
  let trials: Trial[];
  if (matched < DISPATCH_AFTER) {
    matched++;
    trials = long ? LONG_TRIALS : ALL_TRIALS;
  } else if (long) trials = (longCandidates ??= new Candidates(trialsOf(LINE_RULES.filter((r) => r.longLines)))).for(text);
  else trials = (shortCandidates ??= new Candidates(trialsOf(LINE_RULES))).for(text);
  for (const t of trials) {
    if (info.nWords > t.maxWords || disabled?.has(t.rule.id)) continue;
    if (t.hint) {
      if (t.coldHint) {
        t.coldHint = false;
        warmUp(hintRegExps(t.hint), text);
      }
      if (!t.hint.test(text)) continue;
    }
    if (t.coldPattern) {
      t.coldPattern = false;
      warmUp([t.pattern], text);
    }
    if (t.pattern.test(text)) {
      rule = t.rule;
      break;
    }
  }
  if (short) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    // A copy as the key: the line itself is a slice that would keep its whole article alive.
    memo.set((' ' + info.text).slice(1), { nWords: info.nWords, rule });
  }
  return rule;
}
