/**
 * MSW's cookie store is made when msw is first imported and wants a `localStorage` outside Node
 * (msw 2.15); a worker has none. This one is MSW's alone, in memory: the mock's own state goes
 * through the mirror (mirror-storage.ts). mocks/mock-worker.ts imports this module first.
 */
if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>();
  const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}

export {};
