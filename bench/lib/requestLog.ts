/**
 * Every request a load session sends, by type: how long each took, whether
 * it was answered, answered with an error, or not answered within the
 * timeout (a late answer still counts as answered, with its real latency,
 * but the timeout is reported). Nothing is awaited by the sender, so a slow
 * answer never slows the typing down, as in an editor.
 */
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { percentile } from './stats.js';

interface Entry {
  sentAt: number;
  ms?: number;
  error?: string;
  timedOut?: boolean;
  empty?: boolean;
}

export interface RequestStats {
  sent: number;
  answered: number;
  errors: number;
  timeouts: number;
  /** Answered with null or an empty list (normal for many positions; not a failure). */
  empty: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export class RequestLog {
  private readonly byType = new Map<string, Entry[]>();
  private readonly pending = new Set<Promise<void>>();
  readonly errorMessages: string[] = [];

  constructor(
    private readonly connection: ProtocolConnection,
    private readonly timeoutMs = 30_000,
  ) {}

  send(type: string, method: string, params: unknown): void {
    const entry: Entry = { sentAt: performance.now() };
    (this.byType.get(type) ?? this.byType.set(type, []).get(type)!).push(entry);
    const timer = setTimeout(() => (entry.timedOut = true), this.timeoutMs);
    const done = this.connection.sendRequest(method, params).then(
      (value) => {
        entry.ms = performance.now() - entry.sentAt;
        entry.empty = value === null || (Array.isArray(value) && value.length === 0) || (isList(value) && value.items.length === 0);
      },
      (error: Error) => {
        entry.ms = performance.now() - entry.sentAt;
        entry.error = error.message;
        if (this.errorMessages.length < 20) this.errorMessages.push(`${type}: ${error.message}`);
      },
    );
    const tracked = done.finally(() => {
      clearTimeout(timer);
      this.pending.delete(tracked);
    });
    this.pending.add(tracked);
  }

  get outstanding(): number {
    return this.pending.size;
  }

  /** Waits for every answer, up to `graceMs`; what is still pending then is unanswered. */
  async drain(graceMs = this.timeoutMs): Promise<void> {
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all([...this.pending]), deadline]);
  }

  stats(): Record<string, RequestStats> {
    const out: Record<string, RequestStats> = {};
    for (const [type, entries] of this.byType) {
      const ms = entries.filter((e) => e.ms !== undefined && !e.error).map((e) => e.ms!);
      const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : NaN);
      out[type] = {
        sent: entries.length,
        answered: entries.filter((e) => e.ms !== undefined && !e.error).length,
        errors: entries.filter((e) => e.error).length,
        timeouts: entries.filter((e) => e.timedOut).length,
        empty: entries.filter((e) => e.empty).length,
        p50Ms: round(percentile(ms, 50)),
        p95Ms: round(percentile(ms, 95)),
        p99Ms: round(percentile(ms, 99)),
        maxMs: round(ms.length ? Math.max(...ms) : NaN),
      };
    }
    return out;
  }
}

function isList(value: unknown): value is { items: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
}
