import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { analyzeCommand } from './commands/analyze';
import { checkCommand } from './commands/check';
import { cleanCommand } from './commands/clean';
import { indexCommand } from './commands/index';
import { loadConfig } from './config';
import { createContext, type Context } from './context';
import { CliError } from './errors';
import { DEFAULT_MAX_SIZE, parseSize } from './files';

export interface CliIO {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  cwd?: string;
}

interface GlobalOptions {
  config?: string;
  maxSize: number;
}

/** Runs the CLI; returns the exit code (0 clean/done, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[], io: CliIO = {}): Promise<number> {
  const out = io.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => void process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();
  let code = 0;

  // Loads the config and runs a command with the global options it was given.
  const run =
    <A extends unknown[]>(fn: (ctx: Context, ...args: A) => Promise<number>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const loaded = await loadConfig(cwd, g.config);
      for (const w of loaded.warnings) err(`chaff: ${w}\n`);
      const ctx = createContext({ cwd, out, err, config: loaded.config, excluded: loaded.excluded, maxSize: g.maxSize });
      code = await fn(ctx, ...(args.slice(0, -1) as A));
    };

  const program = new Command('chaff')
    .description('Find and strip the chaff (widgets, teasers, captions, share lines, feed footers) in scraped news .txt files.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--config <path>', 'a .chaff.json to use (default: the nearest in the current folder or above)')
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

Exit status: 0 nothing found or done, 1 findings (check), 2 usage or I/O error.`,
    );

  program
    .command('analyze')
    .description('list findings and metadata of each file')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print JSON')
    .action(run(analyzeCommand));

  program
    .command('check')
    .description('report findings as path:line lines; exit 1 if there are any')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(run(checkCommand));

  program
    .command('clean')
    .description('strip chaff in place (or as told below), writing the metadata as front matter')
    .argument('<paths...>', 'files or folders')
    .addOption(new Option('--dry-run', 'print a unified diff of the changes; write nothing'))
    .addOption(new Option('--stdout', 'print the cleaned text of one file; write nothing').conflicts(['dryRun', 'out']))
    .addOption(new Option('--out <dir>', 'write cleaned copies under DIR; leave the inputs alone'))
    .addOption(
      new Option('--metadata <mode>', 'front-matter: a YAML header; drop: none; sidecar: NAME.meta.json beside the file')
        .choices(['front-matter', 'drop', 'sidecar'])
        .default('front-matter'),
    )
    .addOption(new Option('--strip <level>', 'certain: strip only findings the engine is sure of; suspect: the suspect ones too').choices(['certain', 'suspect']).default('certain'))
    .action(run(cleanCommand));

  program
    .command('index')
    .description('one record per article: path, source, published, title, findings, duplicateOf; and the duplicate sets')
    .argument('<dir>', 'a folder of articles')
    .option('--json', 'print JSON')
    .option('--cache <file>', 'keep per-file results in FILE; later runs read only files whose mtime or size changed')
    .action(run(indexCommand));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    // Help and --version exit 0; every parse error is a usage error.
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      err(`chaff: ${e.message}\n`);
      return 2;
    }
    err(`chaff: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function sizeArg(value: string): number {
  try {
    return parseSize(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}
