/** The value after a command-line option («--seed 7» → "7"), or undefined where the option is not given. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
