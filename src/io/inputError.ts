/**
 * "This input cannot be used": thrown by every reader for what a user can fix (not a plan, a truncated archive,
 * a zip bomb). `reason` is a stable key of INPUT_ERROR_MESSAGES (inputErrorMessages.ts); `detail` is optional
 * free text (a size, a file extension) shown after the message. Bugs stay ordinary errors.
 */
export class InputError extends Error {
  constructor(
    public readonly reason: string,
    public readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "InputError";
  }
}
