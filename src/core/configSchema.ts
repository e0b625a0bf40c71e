// `.chaff.json` checked against the project's own JSON schema (the one the editor offers while
// typing), through ajv, so the editor and the CLI refuse the same files for the same reasons.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schemas/chaff.schema.json';
import type { ConfigProblem } from './config';

// The schema carries the editor's keywords (markdownDescription, defaultSnippets) and `format: regex`,
// which RE2 checks more strictly than any format validator would.
// Compiled on first use, not at load: compiling costs 100+ ms, paid by every start of the editor,
// the CLI and each worker otherwise, with or without a .chaff.json.
let compiled: ValidateFunction | undefined;
const validator = () => (compiled ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema));

/** `/rules/0/pattern` → `rules[0].pattern`. */
function pathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function problemOf(e: ErrorObject): ConfigProblem {
  const path = pathOf(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return { path, message: `unknown key ${JSON.stringify(key)}` };
  }
  if (e.keyword === 'enum') return { path, message: `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` };
  return { path, message: e.message ?? 'is not valid' };
}

/** Where a parsed `.chaff.json` breaks the schema; empty when it does not. */
export function schemaProblems(raw: unknown): ConfigProblem[] {
  const validate = validator();
  if (validate(raw)) return [];
  const seen = new Set<string>();
  const out: ConfigProblem[] = [];
  for (const e of validate.errors ?? []) {
    const p = problemOf(e);
    const k = `${p.path}\n${p.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}

/**
 * Lines unlike each other (prose in several scripts, a number, a mark, a single word): a pattern that
 * matches nearly all of them would strip nearly every line of an article.
 */
const PROBES = [
  'The council approved the new budget on Tuesday after a long debate.',
  'Ferry terminal rebuild backed by councillors',
  'El ayuntamiento aprobó el presupuesto el martes por la tarde.',
  'Der Stadtrat hat den Haushalt am Dienstag beschlossen.',
  'Le conseil a adopté le budget mardi soir.',
  'Городской совет утвердил бюджет во вторник.',
  'وافق المجلس على الميزانية يوم الثلاثاء.',
  '市议会周二批准了新的预算。',
  '“We will start next spring,” she said.',
  '42',
  '—',
  'Q',
];

/** Why a compiled pattern would strip (nearly) every line, or null when it would not. */
export function overbroadPattern(test: (line: string) => boolean): string | null {
  if (test('')) return 'matches the empty string, so it would match every line';
  const hits = PROBES.filter((l) => test(l)).length;
  if (hits >= Math.ceil(PROBES.length * 0.9)) return `matches nearly every line (${hits} of ${PROBES.length} unlike test lines)`;
  return null;
}
