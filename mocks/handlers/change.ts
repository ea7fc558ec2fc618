import {
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import { appendAudit, type AuditEntry } from '../domain/audit';
import {
  createIdempotencyStore,
  fingerprintOf,
  type IdempotencyStore,
  type StoredAnswer,
} from '../domain/idempotency';
import { authorize, type ChangeAction } from '../domain/roles';
import type { Tenant } from '../domain/types';
import type { MockSession } from '../session';
import type { MockStore } from '../store';
import { fieldRefusal } from '../domain/result';
import { errorResponse, toResponse } from './http';

type Resolver<P extends PathParams> = HttpResponseResolver<P, DefaultBodyType, DefaultBodyType>;

interface Target {
  userId: string | null;
  name: string;
}

interface GuardOptions<P extends PathParams> {
  /** What the change is made to, for the audit log. */
  target: (params: P, tenant: Tenant) => Target;
  /**
   * What a repeated key replays. By default the first answer; a PIN reset replays no PIN (a PIN
   * is stored nowhere), only that the reset was done.
   */
  replayOf?: (answer: StoredAnswer) => StoredAnswer;
}

/**
 * A4 around a route: a request with an Idempotency-Key runs once; a repeat replays its answer
 * (what `replayOf` makes of it: it is stored that way), waits (409) or is refused (422, 400).
 * Without a key the route just runs.
 */
function createIdempotentRunner(keys: IdempotencyStore) {
  return async function idempotent(
    request: Request,
    replayOf: ((answer: StoredAnswer) => StoredAnswer) | undefined,
    run: () => Promise<Response>,
  ): Promise<Response> {
    const key = request.headers.get('Idempotency-Key');
    if (key === null) return run();
    const body = await request.clone().text();
    const path = new URL(request.url).pathname;
    const decision = keys.begin(key, fingerprintOf(request.method, path, body), Date.now());
    if (decision.kind === 'refuse') {
      return errorResponse(decision.status, {
        code: decision.refusal.code,
        message: decision.refusal.message,
      });
    }
    if (decision.kind === 'replay') {
      return HttpResponse.json(decision.answer.body as DefaultBodyType, {
        status: decision.answer.status,
        headers: { 'Cache-Control': 'no-store', 'Idempotent-Replayed': 'true' },
      });
    }
    try {
      const response = await run();
      const answer = {
        status: response.status,
        body: await response
          .clone()
          .json()
          .catch(() => null),
      };
      // Only what a replay may show is kept: a PIN reset's answer is stored without its PIN.
      decision.finish(replayOf ? replayOf(answer) : answer);
      return response;
    } catch (error) {
      decision.abandon();
      throw error;
    }
  };
}

/**
 * Wraps a change route with A1 (the role may make it, else 403), A2 (an audit entry for every
 * attempt) and A4 (an Idempotency-Key runs the change once). `guarded.ownPinReset` does the
 * same for the one change no admin role is needed for.
 */
export function createChangeGuard(store: MockStore, session: MockSession, now: () => Date) {
  const idempotent = createIdempotentRunner(createIdempotencyStore());
  const admin = () => ({ actor: session.actor(), role: session.role() });

  function audit(
    entry: Omit<AuditEntry, 'id' | 'at' | 'actor' | 'role'>,
    who: Pick<AuditEntry, 'actor' | 'role'> = admin(),
  ) {
    store.write((tenant) =>
      appendAudit(
        tenant.auditLog,
        { ...entry, ...who, at: now().toISOString() },
        tenant.nextAuditNumber++,
      ),
    );
  }

  function guarded<P extends PathParams>(
    action: ChangeAction,
    options: GuardOptions<P>,
    resolver: Resolver<P>,
  ): Resolver<P> {
    // The change and its audit entry are persisted together, in one write of the snapshot.
    return (info) => idempotent(info.request, options.replayOf, () => store.batch(() => run(info)));

    async function run(info: Parameters<Resolver<P>>[0]): Promise<Response> {
      const target = options.target(info.params, store.read());
      const allowed = authorize(session.role(), action);
      if (!allowed.ok) {
        audit({
          action,
          targetUserId: target.userId,
          targetName: target.name,
          outcome: 'forbidden',
          reason: allowed.message,
        });
        return toResponse(allowed);
      }
      const response = (await resolver(info)) as Response;
      audit({
        action,
        targetUserId: target.userId,
        targetName: target.name,
        ...(await outcomeOf(response)),
      });
      return response;
    }
  }

  /**
   * P7 with A2 and A4: a user's reset of their own PIN. No admin role is needed; the entry is
   * under the user's own name; a repeated key resets once and replays no PIN.
   */
  function ownPinReset(
    userOf: (request: Request) => string | null,
    resolver: (userId: string) => Response,
  ): Resolver<PathParams> {
    return ({ request }) =>
      idempotent(request, pinResetReplay, () =>
        store.batch(async () => {
          const userId = userOf(request);
          const user = userId ? store.read().usersById.get(userId) : undefined;
          if (!userId || !user) return toResponse(fieldRefusal('user', 'Choose who is signed in.'));
          const response = resolver(userId);
          audit(
            {
              action: 'resetOwnPin',
              targetUserId: user.id,
              targetName: user.displayName,
              ...(await outcomeOf(response)),
            },
            { actor: user.displayName, role: 'User' },
          );
          return response;
        }),
      );
  }

  return Object.assign(guarded, { ownPinReset });
}

/** How an attempt ended, for its audit entry: the refusal's message, never a PIN. */
async function outcomeOf(response: Response): Promise<Pick<AuditEntry, 'outcome' | 'reason'>> {
  if (response.status < 400) return { outcome: 'succeeded', reason: null };
  const reason = await response
    .clone()
    .json()
    .then(
      (body: { message?: string }) => body.message ?? null,
      () => null,
    );
  return { outcome: 'refused', reason };
}

export type ChangeGuard = ReturnType<typeof createChangeGuard>;

/** The target of a route under /users/:userId. */
export function userTarget(
  params: { userId?: string | readonly string[] },
  tenant: Tenant,
): Target {
  const userId = typeof params.userId === 'string' ? params.userId : null;
  const user = userId ? tenant.usersById.get(userId) : undefined;
  return { userId, name: user?.displayName ?? 'Unknown user' };
}

/** A PIN reset's replay: the reset happened once; its PIN was shown once and kept nowhere. */
export function pinResetReplay(answer: StoredAnswer): StoredAnswer {
  if (answer.status >= 400) return answer;
  return {
    status: 409,
    body: {
      code: 'already_done',
      message:
        'This PIN reset was already done, and its PIN can be shown only once. To get a PIN to show, reset the PIN again.',
    },
  };
}
