/** An error the CLI reports as one line and exit code 2: the input could not be used. */
export class CliError extends Error {
  constructor(
    readonly reason: string,
    readonly file: string | null,
    readonly detail?: string,
    /** The detail says it all (a core issue's own message): printed in the reason's place, not after it. */
    readonly whole = false,
  ) {
    super(detail ?? reason);
  }
}
