/** Runs the CLI; returns the exit code (0 clean/done, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[]): Promise<number> {
  void argv;
  process.stderr.write('chaff: not implemented yet\n');
  return 2;
}
