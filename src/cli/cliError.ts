/** An error the CLI reports as one line and exit code 2: the input could not be used. */
export class CliError extends Error {
  constructor(
    readonly reason: string,
    readonly file: string | null,
    readonly detail?: string,
  ) {
    super(detail ?? reason);
  }
}
