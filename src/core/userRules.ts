// Workspace rules combined: RE2's set matching runs one automaton over a line and says which of many
// patterns match it, so 20,000 rules cost about what a few do. The first rule in the file's order
// that matches and is not disabled wins, as when each rule was tried in turn.
import { RE2Set } from 're2js';
import type { UserRule } from './config';

/**
 * Patterns per automaton: a set past RE2's program size limit does not compile, and the DFA of a
 * smaller one stays within its memory budget (past it, RE2 falls back to its slower NFA).
 */
const CHUNK = 1024;

type Group = { set: RE2Set; rules: UserRule[] } | { rule: UserRule };

export interface UserRuleMatcher {
  /** The first rule, in order, that matches the line and is not disabled. */
  first(line: string, disabled: ReadonlySet<string>): UserRule | null;
}

function setOf(rules: UserRule[]): RE2Set | null {
  try {
    const set = new RE2Set(RE2Set.UNANCHORED);
    for (const r of rules) set.add(r.source!);
    set.compile();
    return set;
  } catch {
    return null;
  }
}

function groupsOf(rules: readonly UserRule[], chunk: number): Group[] {
  const groups: Group[] = [];
  let run: UserRule[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i += chunk) {
      const part = run.slice(i, i + chunk);
      const set = setOf(part);
      // A set that does not compile (too large as a whole): its rules are tried one by one.
      if (set) groups.push({ set, rules: part });
      else for (const rule of part) groups.push({ rule });
    }
    run = [];
  };
  for (const r of rules) {
    if (r.source !== undefined) run.push(r);
    else {
      // A rule known only by its test keeps its place in the order.
      flush();
      groups.push({ rule: r });
    }
  }
  flush();
  return groups;
}

/** One matcher for a list of rules; `chunk` patterns per automaton. */
export function combineUserRules(rules: readonly UserRule[], chunk = CHUNK): UserRuleMatcher {
  const groups = groupsOf(rules, chunk);
  return {
    first(line, disabled) {
      for (const g of groups) {
        if ('rule' in g) {
          if (!disabled.has(g.rule.id) && g.rule.test(line)) return g.rule;
          continue;
        }
        let best = -1;
        for (const k of g.set.match(line)) if ((best < 0 || k < best) && !disabled.has(g.rules[k].id)) best = k;
        if (best >= 0) return g.rules[best];
      }
      return null;
    },
  };
}

const matchers = new WeakMap<readonly UserRule[], { length: number; matcher: UserRuleMatcher }>();

/** The combined matcher of a configuration's rules, made once per list. */
export function userRuleMatcher(rules: readonly UserRule[]): UserRuleMatcher {
  const known = matchers.get(rules);
  if (known && known.length === rules.length) return known.matcher;
  const matcher = combineUserRules(rules);
  matchers.set(rules, { length: rules.length, matcher });
  return matcher;
}
