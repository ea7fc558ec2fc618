import { describe, expect, it } from 'vitest';
import { createIdempotencyStore, fingerprintOf, KEY_LIFETIME_MS } from './idempotency';

const SALT = 'test-salt';
const RESET = fingerprintOf(SALT, 'post', '/api/users/u1/conference-id/reset', '{}');
const OTHER = fingerprintOf(SALT, 'post', '/api/users/u2/conference-id/reset', '{}');
const ADELE = 'admin:TeamsAdministrator';

describe('A4 idempotency keys', () => {
  it('A4: the first request with a key runs; a repeat with the same body replays its answer', () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind !== 'run') throw new Error(`expected run, got ${first.kind}`);
    first.finish({ status: 200, body: { conferenceId: '1234567' } });
    const again = store.begin('k1', ADELE, RESET, 1_000);
    expect(again).toEqual({
      kind: 'replay',
      answer: { status: 200, body: { conferenceId: '1234567' } },
    });
  });

  it('A4: a repeat while the first is still running is refused with 409, and runs nothing', () => {
    const store = createIdempotencyStore();
    expect(store.begin('k1', ADELE, RESET, 0).kind).toBe('run');
    const during = store.begin('k1', ADELE, RESET, 10);
    expect(during).toMatchObject({ kind: 'refuse', status: 409, refusal: { code: 'in_progress' } });
  });

  it('A4: the same key with another request is refused with 422', () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind === 'run') first.finish({ status: 200, body: {} });
    expect(store.begin('k1', ADELE, OTHER, 10)).toMatchObject({
      kind: 'refuse',
      status: 422,
      refusal: { code: 'idempotency_mismatch' },
    });
    // Also while the first one runs.
    store.begin('k2', ADELE, RESET, 0);
    expect(store.begin('k2', ADELE, OTHER, 1)).toMatchObject({ status: 422 });
  });

  it('A4: a refusal is replayed too: the retry of a refused change is refused the same way', () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind === 'run') first.finish({ status: 412, body: { code: 'precondition_failed' } });
    expect(store.begin('k1', ADELE, RESET, 5)).toMatchObject({
      kind: 'replay',
      answer: { status: 412 },
    });
  });

  it('A4: a request abandoned without an answer may be sent again with its key', () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind !== 'run') throw new Error('expected run');
    first.abandon();
    expect(store.begin('k1', ADELE, RESET, 5).kind).toBe('run');
  });

  it('A4: keys are forgotten after a day; different keys are independent', () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind === 'run') first.finish({ status: 200, body: {} });
    expect(store.begin('k2', ADELE, RESET, 1).kind).toBe('run');
    expect(store.begin('k1', ADELE, OTHER, KEY_LIFETIME_MS + 1).kind).toBe('run');
  });

  it("A4: one caller's key never answers another caller's request", () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind === 'run') first.finish({ status: 200, body: { conferenceId: '1234567' } });
    expect(store.begin('k1', 'admin:TeamsCommunicationsAdministrator', RESET, 1).kind).toBe('run');
    expect(store.begin('k1', 'user:u2', OTHER, 2).kind).toBe('run');
    expect(store.begin('k1', ADELE, RESET, 3).kind).toBe('replay');
  });

  it('A4: after Reset demo data every key is forgotten', () => {
    const store = createIdempotencyStore();
    const first = store.begin('k1', ADELE, RESET, 0);
    if (first.kind === 'run') first.finish({ status: 200, body: {} });
    store.clear();
    expect(store.begin('k1', ADELE, RESET, 1).kind).toBe('run');
  });

  it('A4: a forgotten key runs again, for every caller; other keys are kept', () => {
    const store = createIdempotencyStore();
    for (const scope of [ADELE, 'user:u2']) {
      const first = store.begin('k1', scope, RESET, 0);
      if (first.kind === 'run') first.finish({ status: 200, body: {} });
    }
    const other = store.begin('k11', ADELE, RESET, 0);
    if (other.kind === 'run') other.finish({ status: 200, body: {} });
    store.forget('k1');
    expect(store.begin('k1', ADELE, RESET, 1).kind).toBe('run');
    expect(store.begin('k1', 'user:u2', RESET, 1).kind).toBe('run');
    expect(store.begin('k11', ADELE, RESET, 1).kind).toBe('replay');
  });

  it('A4: an empty or over-long key is refused with 400', () => {
    const store = createIdempotencyStore();
    expect(store.begin('', ADELE, RESET, 0)).toMatchObject({ kind: 'refuse', status: 400 });
    expect(store.begin('x'.repeat(201), ADELE, RESET, 0)).toMatchObject({
      kind: 'refuse',
      status: 400,
    });
    expect(store.begin('x'.repeat(200), ADELE, RESET, 0).kind).toBe('run');
  });
});

describe('A3: the fingerprint of a request', () => {
  it('depends on the salt: without it, no PIN can be tried against it', () => {
    const body = '{"pin":"9081726354"}';
    expect(fingerprintOf('one', 'post', '/p', body)).not.toBe(
      fingerprintOf('two', 'post', '/p', body),
    );
  });

  it('keeps no body: a specific PIN in it is not stored', () => {
    const fingerprint = fingerprintOf(
      SALT,
      'post',
      '/api/users/u1/pin/reset',
      '{"pin":"9081726354"}',
    );
    expect(fingerprint).not.toContain('9081726354');
    expect(fingerprint).not.toBe(
      fingerprintOf(SALT, 'post', '/api/users/u1/pin/reset', '{"pin":"1"}'),
    );
    expect(fingerprint).toBe(
      fingerprintOf(SALT, 'POST', '/api/users/u1/pin/reset', '{"pin":"9081726354"}'),
    );
  });
});
