/**
 * The one way an error becomes text for a person: `errorMessage` for a
 * message (its first line with `firstLine`, since a parser's message can run
 * to a code frame), `errorDetail` for a log (the stack when there is one).
 * Anything may be thrown in JavaScript, so both take `unknown`.
 */

export function errorMessage(error: unknown, options: { firstLine?: boolean } = {}): string {
  const message = error instanceof Error ? error.message : String(error);
  return options.firstLine ? message.split('\n')[0] : message;
}

export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
