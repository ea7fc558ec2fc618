import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { useIdempotencyKey } from './use-idempotency-key';

const networkError = () => new ApiError(0, { code: 'network_error', message: 'down' });
const serverError = () => new ApiError(500, { code: 'server_error', message: 'oops' });

function setup() {
  const { result } = renderHook(() => useIdempotencyKey());
  const keys: string[] = [];
  const send = (body: unknown, outcome: () => Promise<string>) =>
    result.current.send(body, (key) => {
      keys.push(key);
      return outcome();
    });
  return { send, keys };
}

describe('A4 useIdempotencyKey', () => {
  it('a repeat while the first is under way waits for the same answer: one request', async () => {
    const { send, keys } = setup();
    let answer!: (value: string) => void;
    const first = send({ a: 1 }, () => new Promise<string>((resolve) => (answer = resolve)));
    const again = send({ a: 1 }, () => Promise.resolve('second request'));
    answer('done');
    await expect(first).resolves.toBe('done');
    await expect(again).resolves.toBe('done');
    expect(keys).toHaveLength(1);
  });

  it('after a network failure the retry carries the same key', async () => {
    const { send, keys } = setup();
    await expect(send({ a: 1 }, () => Promise.reject(networkError()))).rejects.toThrow();
    await expect(send({ a: 1 }, () => Promise.resolve('ok'))).resolves.toBe('ok');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('an answer spends the key: after a success or a refusal the next request gets a new one', async () => {
    const { send, keys } = setup();
    await send({ a: 1 }, () => Promise.resolve('ok'));
    await send({ a: 1 }, () => Promise.resolve('ok again'));
    await expect(send({ a: 1 }, () => Promise.reject(serverError()))).rejects.toThrow();
    await send({ a: 1 }, () => Promise.resolve('ok'));
    expect(new Set(keys).size).toBe(4);
  });

  it('another request gets another key, even after a network failure', async () => {
    const { send, keys } = setup();
    await expect(send({ a: 1 }, () => Promise.reject(networkError()))).rejects.toThrow();
    await send({ a: 2 }, () => Promise.resolve('ok'));
    expect(keys[1]).not.toBe(keys[0]);
  });
});
