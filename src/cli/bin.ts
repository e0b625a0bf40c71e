import { main } from './main';

// A reader that stops early (`chaff check . | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`chaff: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
