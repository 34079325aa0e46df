/**
 * When the server checks drafts (lsp/checkScheduler.ts), on mocked timers:
 * a pause in typing triggers a check, steady typing still gets one at
 * least every MAX_WAIT_MS, edited drafts go before background re-checks,
 * checks run one at a time with room for messages between them, a closed
 * draft is dropped, and neither a failing check nor a client that never
 * answers for one draft stops the others.
 */
import { test, mock, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { CheckScheduler, DEBOUNCE_MS, MAX_WAIT_MS, YIELD_MS } from '../../server/src/lsp/checkScheduler.js';

beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'setImmediate', 'Date'], now: 0 }));
afterEach(() => mock.timers.reset());

/** Lets awaited promises settle (prepare is async). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** Advances mocked time in small steps, letting promises settle at each. */
async function advance(ms: number, step = 5): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    mock.timers.tick(Math.min(step, ms - t));
    await settle();
  }
}

function recorder(prepare?: (uri: string) => Promise<(() => void) | undefined>) {
  const ran: Array<{ uri: string; at: number }> = [];
  const errors: string[] = [];
  const scheduler = new CheckScheduler(prepare ?? (async (uri) => () => void ran.push({ uri, at: Date.now() })), (uri, error) =>
    errors.push(`${uri}: ${String(error)}`),
  );
  return { ran, errors, scheduler };
}

test('one edit is checked once, DEBOUNCE_MS after it', async () => {
  const { ran, scheduler } = recorder();
  scheduler.edited('a');
  await advance(DEBOUNCE_MS - 5);
  assert.equal(ran.length, 0);
  await advance(50);
  assert.deepEqual(
    ran.map((r) => r.uri),
    ['a'],
  );
  assert.equal(scheduler.pending, 0);
});

test('a draft just opened is checked at once, and the change event that comes with the open does not put it off', async () => {
  const { ran, scheduler } = recorder();
  scheduler.opened('a');
  scheduler.edited('a');
  await advance(5, 1);
  assert.deepEqual(
    ran.map((r) => r.uri),
    ['a'],
  );
  // Typing after that waits for a pause again.
  scheduler.edited('a');
  await advance(DEBOUNCE_MS - 5);
  assert.equal(ran.length, 1);
  await advance(50);
  assert.equal(ran.length, 2);
});

test('within a burst of opens (tabs restored), the opens after the first wait the pause as edits do', async () => {
  const { ran, scheduler } = recorder();
  scheduler.opened('a');
  scheduler.opened('b');
  scheduler.opened('c');
  await advance(5, 1);
  assert.deepEqual(
    ran.map((r) => r.uri),
    ['a'],
  );
  await advance(DEBOUNCE_MS - 10, 1);
  assert.equal(ran.length, 1);
  await advance(2 * YIELD_MS + 60, 1);
  assert.deepEqual(ran.map((r) => r.uri).sort(), ['a', 'b', 'c']);
});

test('steady typing is checked at least every MAX_WAIT_MS, and once after the last keystroke', async () => {
  const { ran, scheduler } = recorder();
  for (let i = 0; i < 40; i++) {
    scheduler.edited('a');
    await advance(100);
  }
  // 4 s of typing at 10 keystrokes a second: a plain debounce would not have fired yet.
  assert.ok(ran.length >= Math.floor(4000 / MAX_WAIT_MS) - 1, `only ${ran.length} checks while typing`);
  for (let i = 1; i < ran.length; i++) assert.ok(ran[i].at - ran[i - 1].at <= MAX_WAIT_MS + 50, JSON.stringify(ran));
  const before = ran.length;
  await advance(DEBOUNCE_MS + 50);
  assert.equal(ran.length, before + 1, 'the final version is checked after the pause');
  assert.equal(scheduler.pending, 0);
});

test('edited drafts go before background re-checks; checks are YIELD_MS apart', async () => {
  const { ran, scheduler } = recorder();
  scheduler.refresh('b1');
  scheduler.refresh('b2');
  scheduler.edited('e');
  // A corpus change on top of the unchecked edit does not send it to the back.
  scheduler.refresh('e');
  await advance(DEBOUNCE_MS + 3 * YIELD_MS + 50, 1);
  assert.deepEqual(
    ran.map((r) => r.uri),
    ['e', 'b1', 'b2'],
  );
  assert.ok(ran[1].at - ran[0].at >= YIELD_MS && ran[2].at - ran[1].at >= YIELD_MS, JSON.stringify(ran));
});

test('a closed draft is not checked, even when its check was already prepared', async () => {
  const { ran, scheduler } = recorder();
  scheduler.edited('a');
  scheduler.edited('b');
  await advance(DEBOUNCE_MS - 5);
  scheduler.cancel('a');
  await advance(100);
  assert.deepEqual(
    ran.map((r) => r.uri),
    ['b'],
  );
});

test('a failing check is reported and the queue goes on; a draft whose settings never come does not hold up the others', async () => {
  const ran: string[] = [];
  const { errors, scheduler } = recorder(async (uri) => {
    if (uri === 'stuck') return new Promise(() => {});
    if (uri === 'bad')
      return () => {
        throw new Error('boom');
      };
    return () => void ran.push(uri);
  });
  for (const uri of ['stuck', 'bad', 'good']) scheduler.refresh(uri);
  await advance(DEBOUNCE_MS + 100, 1);
  assert.deepEqual(ran, ['good']);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /bad: Error: boom/);
});
