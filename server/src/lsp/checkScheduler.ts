/**
 * When each open draft is checked. A check is synchronous and can take a
 * second for a long draft on a large corpus, so:
 *
 * - a draft just opened, when no other check waits, is checked at once: there is no typing to wait for (the change event
 *   that comes with the open does not put it off), and the 250 ms were a quarter of a warm server's check of a long
 *   draft;
 * - an edit is checked after a pause in typing (DEBOUNCE_MS), but at least
 *   every MAX_WAIT_MS while typing goes on: a plain debounce never fires
 *   for someone who types steadily, and their findings would not move for
 *   as long as they kept typing;
 * - checks run one at a time from a queue, with a pause of YIELD_MS
 *   between two of them, so hovers, completions and edits that arrive while
 *   fifty drafts are checked (an editor restoring its tabs, a corpus change)
 *   are answered between checks instead of after all of them. A pause, not
 *   just a turn of the event loop: vscode-jsonrpc handles one message per
 *   setImmediate, so checks started by setImmediate alternated with single
 *   messages, and a hover queued behind fifty didOpen and configuration
 *   messages waited for fifty checks (measured: 2.4 s median, 5 s worst);
 * - the draft being edited goes to the front of that queue, background
 *   re-checks (corpus or settings changed) to the back.
 *
 * What a check needs from the client (the document's settings) is fetched
 * by `prepare` before it joins the queue, so a client slow to answer delays
 * only its own check, never the queue. The prepared job reads the document
 * when its turn comes, so it also covers edits made while it waited.
 */

export const DEBOUNCE_MS = 250;
export const MAX_WAIT_MS = 1000;
/** Pause between two queued checks, long enough to drain the protocol's message queue. */
export const YIELD_MS = 10;

/** Gets what a check needs; returns the synchronous check itself, or nothing to skip it. */
export type PrepareCheck = (uri: string) => Promise<(() => void) | undefined>;

export class CheckScheduler {
  /** Debounce timers, with when the first unchecked change arrived, whether any was an edit, and whether one was an open. */
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; since: number; urgent: boolean; atOnce?: boolean }>();
  private readonly due: Array<{ uri: string; run: () => void }> = [];
  /**
   * The latest preparation per document: a job whose preparation was
   * overtaken (a newer one started) or cancelled (the document closed) is
   * dropped. Entries live only while preparing, so nothing accumulates.
   */
  private readonly preparing = new Map<string, object>();
  private pumping = false;

  constructor(
    private readonly prepare: PrepareCheck,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  /**
   * The document was opened: check it now, before background work, when nothing else waits; an editor restoring fifty
   * tabs opens them in a burst, and checks that started while the opens and a hover were still arriving made that hover
   * wait longer (bench/loadSession.ts), so behind another draft's check an open waits the pause as an edit does.
   */
  opened(uri: string): void {
    this.debounce(uri, true, this.pending === 0);
  }

  /** The document changed: check it soon, before background work. */
  edited(uri: string): void {
    this.debounce(uri, true);
  }

  /** Something the checks depend on changed: check the document again, behind edited ones. */
  refresh(uri: string): void {
    this.debounce(uri, false);
  }

  /** Forget the document (closed). */
  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri)?.timer);
    this.timers.delete(uri);
    this.preparing.delete(uri);
    const at = this.due.findIndex((d) => d.uri === uri);
    if (at >= 0) this.due.splice(at, 1);
  }

  /** Documents waiting for a check (debouncing, preparing or queued). */
  get pending(): number {
    return new Set([...this.timers.keys(), ...this.preparing.keys(), ...this.due.map((d) => d.uri)]).size;
  }

  private debounce(uri: string, urgent: boolean, atOnce = false): void {
    const now = Date.now();
    const previous = this.timers.get(uri);
    clearTimeout(previous?.timer);
    const since = previous?.since ?? now;
    // A refresh on top of an unchecked edit keeps the edit's place at the front.
    urgent ||= previous?.urgent === true;
    // A check due at once (an open) stays so until it runs.
    atOnce ||= previous?.atOnce === true;
    const delay = atOnce ? 0 : Math.max(0, Math.min(DEBOUNCE_MS, since + MAX_WAIT_MS - now));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.prepareAndEnqueue(uri, urgent);
    }, delay);
    this.timers.set(uri, { timer, since, urgent, atOnce });
  }

  private async prepareAndEnqueue(uri: string, urgent: boolean): Promise<void> {
    const token = {};
    this.preparing.set(uri, token);
    let run: (() => void) | undefined;
    try {
      run = await this.prepare(uri);
    } catch (error) {
      run = undefined;
      this.onError(uri, error);
    }
    if (this.preparing.get(uri) !== token) return;
    this.preparing.delete(uri);
    if (!run) return;
    const at = this.due.findIndex((d) => d.uri === uri);
    // Already queued: the newer job (newer settings) takes its place, or the front if urgent.
    if (at >= 0) this.due.splice(at, 1);
    const job = { uri, run };
    if (urgent) this.due.unshift(job);
    else if (at >= 0) this.due.splice(at, 0, job);
    else this.due.push(job);
    this.pump();
  }

  private pump(afterCheck = false): void {
    if (this.pumping || this.due.length === 0) return;
    this.pumping = true;
    const next = () => {
      const job = this.due.shift();
      try {
        job?.run();
      } catch (error) {
        this.onError(job!.uri, error);
      } finally {
        this.pumping = false;
        this.pump(true);
      }
    };
    // The first check after idle starts at once; later ones leave room for messages.
    if (afterCheck) setTimeout(next, YIELD_MS);
    else setImmediate(next);
  }
}
