import { mock } from './server';

/** The id of a seeded user, looked up by display name. */
export function userId(displayName: string): string {
  const user = mock.store.read().users.find((u) => u.displayName === displayName);
  if (!user) throw new Error(`No seeded user named ${displayName}`);
  return user.id;
}

export function mailbox() {
  return mock.store.read().mailbox;
}
