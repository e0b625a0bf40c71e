// SARIF 2.1.0, the format code-scanning services read: one run, the engine's rules as the driver's
// rules (with their kind), one result per finding with its file and lines.
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { RULES, type Finding } from '../core';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: 'warning' | 'note' };
  properties: { kind: string; tags: string[] };
}

/** `SomeRule` names from `some-rule` ids, as SARIF viewers show `name`. */
const ruleName = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** A URI reference for a shown path: relative paths stay relative (to the run's folder), absolute ones become file: URLs. */
export function artifactUri(p: string): string {
  if (p.startsWith('/')) return pathToFileURL(p).href;
  return p.split('/').map(encodeURIComponent).join('/');
}

/** Collects findings file by file; `toString` is the whole log. */
export class SarifLog {
  private readonly rules: SarifRule[] = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly results: unknown[] = [];
  private readonly uris = new Set<string>();

  constructor() {
    for (const r of RULES) this.rule(r.id, r.kind, r.description);
  }

  private rule(id: string, kind: string, description: string): number {
    let i = this.ruleIndex.get(id);
    if (i === undefined) {
      i = this.rules.push({ id, name: ruleName(id), shortDescription: { text: description }, defaultConfiguration: { level: 'warning' }, properties: { kind, tags: ['chaff', kind] } }) - 1;
      this.ruleIndex.set(id, i);
    }
    return i;
  }

  add(path: string, findings: Finding[]): void {
    const uri = artifactUri(path);
    this.uris.add(uri);
    for (const f of findings) {
      // Workspace rules of .chaff.json are not among the engine's: described by their kind.
      const ruleIndex = this.rule(f.rule, f.kind, `A workspace rule (.chaff.json) for ${f.kind} lines.`);
      this.results.push({
        ruleId: f.rule,
        ruleIndex,
        // Suspect findings are for review: a note, not a warning.
        level: f.confidence === 'suspect' ? 'note' : 'warning',
        kind: 'fail',
        message: { text: `${f.kind}: ${f.message}` },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: f.line, endLine: Math.max(f.line, f.endLine) } } }],
        properties: { kind: f.kind, confidence: f.confidence },
      });
    }
  }

  /** An article whose body repeats another's (`chaff index`). */
  addDuplicate(path: string, original: string): void {
    const uri = artifactUri(path);
    this.uris.add(uri);
    this.uris.add(artifactUri(original));
    const ruleIndex = this.rule('duplicate-article', 'duplicate', 'An article whose body is the same as, or nearly the same as, an earlier one of the corpus.');
    this.rules[ruleIndex].defaultConfiguration.level = 'note';
    this.results.push({
      ruleId: 'duplicate-article',
      ruleIndex,
      level: 'note',
      kind: 'fail',
      message: { text: `repeats the body of ${original}` },
      locations: [{ physicalLocation: { artifactLocation: { uri } } }],
      relatedLocations: [{ id: 0, physicalLocation: { artifactLocation: { uri: artifactUri(original) } } }],
    });
  }

  toString(): string {
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'chaff', version, semanticVersion: version, rules: this.rules } },
          artifacts: [...this.uris].map((uri) => ({ location: { uri } })),
          results: this.results,
          columnKind: 'utf16CodeUnits',
        },
      ],
    };
    return JSON.stringify(log) + '\n';
  }
}
