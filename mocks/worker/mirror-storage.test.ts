import { describe, expect, it } from 'vitest';
import { createMirrorStorage } from './mirror-storage';

describe("the worker's mirror of the mock's localStorage keys", () => {
  it('ships its writes in order, as groups, and keeps them once the page confirms them', () => {
    const mirror = createMirrorStorage({ initial: [['a', '1']] });
    mirror.storage.setItem('a', '2');
    mirror.storage.removeItem('b');
    expect(mirror.ship()).toEqual({
      group: 1,
      ops: [
        ['a', '2'],
        ['b', null],
      ],
    });
    expect(mirror.ship()).toBeNull();
    expect(mirror.confirm(1)).toEqual(new Set(['request']));
    mirror.rollback();
    expect(mirror.storage.getItem('a')).toBe('2');
  });

  it('a rollback undoes every write the page has not confirmed, shipped or not', () => {
    const mirror = createMirrorStorage({ initial: [['a', '1']] });
    mirror.storage.setItem('a', '2');
    mirror.ship();
    mirror.storage.setItem('c', '3');
    mirror.rollback();
    expect(mirror.storage.getItem('a')).toBe('1');
    expect(mirror.storage.getItem('c')).toBeNull();
    expect(mirror.ship()).toBeNull();
    expect(mirror.confirmedUpTo).toBe(mirror.shippedUpTo);
  });

  it("another tab's value lies under a write not yet confirmed, and shows once that is undone", () => {
    const mirror = createMirrorStorage({ initial: [['a', '1']] });
    mirror.storage.setItem('a', 'mine');
    mirror.receive([
      ['a', 'theirs'],
      ['b', 'theirs'],
    ]);
    expect(mirror.storage.getItem('a')).toBe('mine');
    expect(mirror.storage.getItem('b')).toBe('theirs');
    mirror.rollback();
    expect(mirror.storage.getItem('a')).toBe('theirs');
  });

  it("the runner's writes are its own; a refusal is taken by the next write of its kind, then lapses", () => {
    let now = 0;
    const mirror = createMirrorStorage({ initial: [], now: () => now });
    const quota = { name: 'QuotaExceededError', message: 'full' };
    mirror.inBackground(() => mirror.storage.setItem('a', '1'));
    const { group } = mirror.ship()!;
    expect(mirror.writersOf(group, 'a')).toEqual(new Set(['background']));

    mirror.refuseNext('a', 'background', { ...quota, times: 2, until: 10 });
    mirror.storage.setItem('a', 'a request writes it');
    expect(() => mirror.inBackground(() => mirror.storage.setItem('a', '2'))).toThrow(
      expect.objectContaining({ name: 'QuotaExceededError' }),
    );
    now = 11;
    expect(() => mirror.inBackground(() => mirror.storage.setItem('a', '3'))).not.toThrow();
  });
});
