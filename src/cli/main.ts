import { once } from 'node:events';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { analyzeCommand } from './commands/analyze';
import { checkCommand } from './commands/check';
import { cleanCommand } from './commands/clean';
import { evidenceCommand } from './commands/evidence';
import { indexCommand } from './commands/index';
import { FORMATS, type Format } from './report';
import { useColour } from './progress';
import { ChaffError, DEFAULT_MAX_SIZE, loadConfig, parseSize } from '../host';
import { createContext, type Context } from './context';

export interface CliIO {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  cwd?: string;
}

interface GlobalOptions {
  config?: string;
  maxSize: number;
  quiet?: boolean;
}

interface FormatOptions {
  format?: Format;
  json?: boolean;
  jsonl?: boolean;
}

/** `--json` is `--format json`; JSON-lines input answers in JSON lines unless told otherwise. */
function resolveFormat<O extends FormatOptions>(o: O, paths: string[], streamedDefault: Format = 'jsonl'): O & { format: Format } {
  if (o.json && o.format && o.format !== 'json') throw new ChaffError(`--json and --format ${o.format} disagree`);
  const format = o.json ? 'json' : (o.format ?? (o.jsonl || paths.includes('-') ? streamedDefault : 'text'));
  return { ...o, format };
}

/** No paths with --jsonl means standard input. */
function pathsOf(paths: string[], o: { jsonl?: boolean }): string[] {
  if (paths.length) return paths;
  if (o.jsonl) return ['-'];
  throw new ChaffError('no paths given (a file, a folder, a quoted glob, or - for JSON lines on stdin)');
}

const EXAMPLES = `
Examples:
  chaff check corpus                          findings as path:line lines; exit 1 if any
  chaff check 'corpus/**/*.txt' --format sarif > chaff.sarif
  chaff clean corpus --out cleaned/           cleaned copies, inputs untouched
  chaff clean --jsonl < in.jsonl > out.jsonl  {"id","text",...} per line, text cleaned
  chaff evidence corpus > evidence.json       corpus evidence once, then for each shard:
  chaff clean --jsonl --evidence evidence.json < shard-3.jsonl > out-3.jsonl`;

/** Runs the CLI; returns the exit code (0 clean/done, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[], io: CliIO = {}): Promise<number> {
  const raw = io.stdout ?? ((s: string) => void process.stdout.write(s));
  const rawErr = io.stderr ?? ((s: string) => void process.stderr.write(s));
  // File names and content may hold terminal escape sequences: none reaches the terminal as such
  // (with colour on, only the colour codes paint writes pass).
  const colour = !io.stdout && useColour(process.stdout);
  const out = (s: string) => raw(printable(s, colour));
  const err = (s: string) => rawErr(printable(s));
  const cwd = io.cwd ?? process.cwd();
  let code = 0;

  // Loads the config and runs a command with the global options it was given.
  const run =
    <A extends unknown[]>(fn: (ctx: Context, ...args: A) => Promise<number>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const loaded = await loadConfig(cwd, g.config);
      // A configuration half applied could strip lines its user meant to keep: any problem stops the run.
      if (loaded.warnings.length) throw new ChaffError(loaded.warnings.join('\nchaff: '));
      const ctx = createContext({
        cwd,
        out,
        raw,
        err,
        config: loaded.config,
        excluded: loaded.excluded,
        maxSize: g.maxSize,
        quiet: g.quiet,
        // Colour and progress only on the process's own terminal, never into a caller's functions.
        colour,
        progressStream: !io.stderr && process.stderr.isTTY ? process.stderr : null,
        // A pipe takes writes asynchronously: without waiting, a slow reader would leave the stream in memory.
        drain: io.stdout ? undefined : () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => {}) : Promise.resolve()),
      });
      code = await fn(ctx, ...(args.slice(0, -1) as A));
    };

  const program = new Command('chaff')
    .description('Find and strip the chaff (widgets, teasers, captions, share lines, feed footers) in scraped news .txt files.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--config <path>', 'a .chaff.json to use (default: the nearest in the current folder or above)')
    .option('-q, --quiet', 'no progress line and no summary on stderr (errors are still reported)')
    .addOption(
      new Option('--max-size <bytes>', 'skip files larger than this (K, M, G suffixes allowed)')
        .argParser(sizeArg)
        .default(DEFAULT_MAX_SIZE, '10 MiB'),
    )
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError('(run chaff --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: out,
      writeErr: err,
      outputError: (s, write) => write(`chaff: ${s.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      `
Paths may be files or folders; folders are searched for *.txt files (skipping
node_modules, .git and what .gitignore files exclude).

Quoted globs ('corpus/**/*.txt') are expanded by chaff. With --jsonl (or - as a
path) inputs are JSON lines {"id", "text", ...}, read from stdin when no path is given.
Progress is drawn on stderr when it is a terminal; summaries go to stderr; colour
follows NO_COLOR and FORCE_COLOR.

Exit status: 0 nothing found or done, 1 findings (check), 2 usage or I/O error.
${EXAMPLES}`,
    );

  const formatOption = () => new Option('--format <format>', 'output format (default: text; jsonl for JSON-lines input)').choices(FORMATS);
  const pipelineOptions = (c: Command) =>
    c
      .addOption(formatOption())
      .option('--jsonl', 'inputs are JSON lines {"id", "text", ...} (stdin when no path is given)')
      .option('--evidence <file>', 'corpus evidence made by `chaff evidence`, instead of indexing the inputs (for shards of a corpus)');

  pipelineOptions(
    program
      .command('analyze')
      .description('list findings and metadata of each file')
      .argument('[paths...]', 'files, folders, quoted globs, or - (JSON lines on stdin)'),
  )
    .option('--json', 'the same as --format json')
    .addHelpText('after', '\nExamples:\n  chaff analyze article.txt --json\n  chaff analyze --jsonl < articles.jsonl     one line per record: its fields, metadata, findings')
    .action(run((ctx, paths: string[], o: FormatOptions) => analyzeCommand(ctx, pathsOf(paths, o), resolveFormat(o, paths))));

  pipelineOptions(
    program
      .command('check')
      .description('report findings as path:line lines; exit 1 if there are certain ones')
      .argument('[paths...]', 'files, folders, quoted globs, or - (JSON lines on stdin)'),
  )
    .option('--json', 'the same as --format json')
    .option('--strict', 'suspect findings fail the check too (by default they are listed for review and only certain ones fail)')
    .addHelpText('after', "\nExamples:\n  chaff check samples\n  chaff check 'corpus/**/*.txt' --format sarif > chaff.sarif")
    .action(run((ctx, paths: string[], o: FormatOptions & { strict?: boolean }) => checkCommand(ctx, pathsOf(paths, o), { ...resolveFormat(o, paths), strict: !!o.strict })));

  pipelineOptions(
    program
      .command('clean')
      .description('strip chaff in place (or as told below), writing the metadata as front matter')
      .argument('[paths...]', 'files, folders, quoted globs, or - (JSON lines on stdin)'),
  )
    .addOption(new Option('--dry-run', 'print a unified diff of the changes; write nothing'))
    .addOption(new Option('--stdout', 'print the cleaned text of one file; write nothing').conflicts(['dryRun', 'out']))
    .addOption(new Option('--out <dir>', 'write cleaned copies under DIR; leave the inputs alone'))
    .addOption(new Option('--force', 'also clean read-only files, and hard-linked files (in place, keeping their links)'))
    .addOption(
      new Option('--metadata <mode>', 'front-matter: a YAML header; drop: none; sidecar: NAME.meta.json beside the file (default: front-matter; drop for JSON lines, which get a metadata field)').choices([
        'front-matter',
        'drop',
        'sidecar',
      ]),
    )
    .addOption(new Option('--strip <level>', 'certain: strip only findings the engine is sure of; suspect: the suspect ones too').choices(['certain', 'suspect']).default('certain'))
    .addHelpText(
      'after',
      '\nExamples:\n  chaff clean samples --dry-run\n  chaff clean samples --out cleaned/\n  chaff clean --jsonl < in.jsonl > out.jsonl\n  chaff evidence corpus.jsonl > ev.json && chaff clean --jsonl --evidence ev.json < shard.jsonl',
    )
    .action(run((ctx, paths: string[], o: FormatOptions & { metadata?: 'front-matter' | 'drop' | 'sidecar'; strip?: 'certain' | 'suspect' }) => cleanCommand(ctx, pathsOf(paths, o), { ...o, format: o.json ? 'json' : o.format })));

  program
    .command('index')
    .description('one record per article: path, source, published, title, findings, duplicateOf; and the duplicate sets')
    .argument('<dir>', 'a folder of articles')
    .addOption(formatOption())
    .option('--json', 'the same as --format json')
    .option('--cache <file>', 'keep per-file results in FILE; later runs read only files whose mtime or size changed')
    .addHelpText('after', '\nExamples:\n  chaff index samples\n  chaff index corpus --cache .chaff-index --format jsonl')
    .action(run((ctx, dir: string, o: FormatOptions & { cache?: string }) => indexCommand(ctx, dir, resolveFormat(o, []))));

  program
    .command('evidence')
    .description('the corpus evidence (lines each source repeats, duplicate sets) as JSON, for --evidence FILE')
    .argument('[paths...]', 'files, folders, quoted globs, or - (JSON lines on stdin)')
    .option('--jsonl', 'inputs are JSON lines {"id", "text", ...} (stdin when no path is given)')
    .addHelpText(
      'after',
      '\nRecords are placed by their "path" field, else their "id": an article without a\nsource is counted with the others of its folder. Run the shards from the same\nfolder, with the same paths and .chaff.json, as this command.\n\nExamples:\n  chaff evidence corpus > evidence.json\n  chaff evidence - < corpus.jsonl > evidence.json',
    )
    .action(run((ctx, paths: string[], o: { jsonl?: boolean }) => evidenceCommand(ctx, pathsOf(paths, o), o)));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    // Help and --version exit 0; every parse error is a usage error.
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof ChaffError) {
      err(`chaff: ${e.message}\n`);
      return 2;
    }
    err(`chaff: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

/** C0 controls (but tab, line feed and the CR of a CRLF), DEL and C1 controls as `\\uXXXX`: valid inside JSON strings too. */
export function printable(s: string, keepColour = false): string {
  return s.replace(/\x1b\[(?:1|2|22|33|39)m|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g, (c) =>
    c.length > 1 ? (keepColour ? c : '\\u001b' + c.slice(1)) : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sizeArg(value: string): number {
  try {
    return parseSize(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}
