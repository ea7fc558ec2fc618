import { HttpResponse, type DefaultBodyType } from 'msw';
import { appendAudit, type AuditAction, type AuditEntry } from '../domain/audit';
import {
  createIdempotencyStore,
  fingerprintOf,
  type IdempotencyStore,
  type StoredAnswer,
} from '../domain/idempotency';
import { callerKey, callerRole, type Caller } from '../domain/identity';
import { randomHex } from '../domain/random';
import { authorizeCaller } from '../domain/roles';
import { identityOf, powerShellFor, type PowerShellAction } from '../../src/lib/powershell';
import type { Tenant } from '../domain/types';
import type { MockStore } from '../store';
import { errorResponse, toResponse, type ChangeRequest } from './http';

interface Target {
  userId: string | null;
  name: string;
}

/**
 * A4 around a route: a request with an Idempotency-Key runs once; a repeat replays its answer
 * (what `replayOf` makes of it: it is stored that way), waits (409) or is refused (422, 400).
 * Without a key the route just runs.
 */
function createIdempotentRunner(keys: IdempotencyStore, salt: string) {
  return async function idempotent(
    request: Request,
    scope: string,
    replayOf: ((answer: StoredAnswer) => StoredAnswer) | undefined,
    run: () => Promise<Response>,
  ): Promise<Response> {
    const key = request.headers.get('Idempotency-Key');
    if (key === null) return run();
    const body = await request.clone().text();
    const path = new URL(request.url).pathname;
    const decision = keys.begin(
      key,
      scope,
      fingerprintOf(salt, request.method, path, body),
      Date.now(),
    );
    if (decision.kind === 'refuse') {
      return errorResponse(decision.status, {
        code: decision.refusal.code,
        message: decision.refusal.message,
      });
    }
    if (decision.kind === 'replay') {
      const { status, body: replayed, location } = decision.answer;
      const headers: Record<string, string> = {
        'Cache-Control': 'no-store',
        'Idempotent-Replayed': 'true',
        ...(location ? { Location: location } : {}),
      };
      return status === 204
        ? new HttpResponse(null, { status, headers })
        : HttpResponse.json(replayed as DefaultBodyType, { status, headers });
    }
    try {
      const response = await run();
      const location = response.headers.get('Location');
      const answer = {
        status: response.status,
        ...(location ? { location } : {}),
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

/** What a guard needs of a change: whom it is made to, for the audit log, and what a repeat replays. */
export interface GuardOptions<P> {
  /** What the change is made to, for the audit log. */
  target: (params: P, tenant: Tenant, caller: Caller) => Target;
  /**
   * What a repeated key replays. By default the first answer; a PIN reset replays no PIN (a PIN
   * is stored nowhere), only that the reset was done.
   */
  replayOf?: (answer: StoredAnswer) => StoredAnswer;
}

/**
 * Wraps a change with A1 (the caller may make it, else 403), A2 (an audit entry for every
 * attempt, under the caller's name) and A4 (an Idempotency-Key runs the change once; keys are
 * the caller's own).
 */
export function createChangeGuard(
  store: MockStore,
  now: () => Date,
  random: () => number,
  keys: IdempotencyStore = createIdempotencyStore(),
) {
  // Keys answered for a tenant that Reset demo data took away would replay what isn't so.
  store.onReset(() => keys.clear());
  const idempotent = createIdempotentRunner(keys, randomHex(random, 32));

  function audit(entry: Omit<AuditEntry, 'id' | 'at' | 'actor' | 'role'>, caller: Caller) {
    store.write((tenant) =>
      appendAudit(
        tenant.auditLog,
        { ...entry, actor: caller.displayName, role: callerRole(caller), at: now().toISOString() },
        tenant.nextAuditNumber++,
      ),
    );
  }

  return function guard<P>(action: AuditAction, options: GuardOptions<P>) {
    return (
      { request, params, caller, described }: ChangeRequest<P>,
      run: () => Promise<Response>,
    ): Promise<Response> =>
      idempotent(request, callerKey(caller), options.replayOf, () =>
        // The change and its audit entry are persisted together, in one write of the snapshot.
        store.batch(async () => {
          const target = options.target(params, store.read(), caller);
          const about = { action, targetUserId: target.userId, targetName: target.name };
          const allowed = authorizeCaller(caller, action);
          if (!allowed.ok) {
            audit({ ...about, outcome: 'forbidden', reason: allowed.message }, caller);
            return toResponse(allowed);
          }
          const response = await run();
          const outcome = await outcomeOf(response);
          // S1: what a change that was made is in PowerShell, with the values it was made with.
          const change = outcome.outcome === 'succeeded' ? described() : null;
          audit(
            { ...about, ...outcome, ...(change ? { powerShell: powerShellFor(change) } : {}) },
            caller,
          );
          return response;
        }),
      );
  };
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

/** The target of a user's own change (P7): themselves. */
export function selfTarget(_params: unknown, _tenant: Tenant, caller: Caller): Target {
  return caller.kind === 'user'
    ? { userId: caller.userId, name: caller.displayName }
    : { userId: null, name: caller.displayName };
}

/** The target of a route under /users/:userId. */
export function userTarget(
  params: { userId?: string | readonly string[] },
  tenant: Tenant,
): Target {
  const userId = typeof params.userId === 'string' ? params.userId : null;
  const user = userId ? tenant.usersById.get(userId) : undefined;
  return { userId, name: user?.displayName ?? 'Unknown user' };
}

/** S1: a user's identity in a cmdlet, or null when there is no such user (nothing to show). */
export function identityIn(
  tenant: Tenant,
  params: { userId?: string | readonly string[] },
): string | null {
  const userId = typeof params.userId === 'string' ? params.userId : null;
  const user = userId ? tenant.usersById.get(userId) : undefined;
  return user ? identityOf(user) : null;
}

/** S1: the describer of a change to a user that only needs who it is. */
export function onIdentity(
  action: 'lockPin' | 'unlockPin' | 'resetConferenceId' | 'updateMeetings',
) {
  return ({ params }: { params: { userId?: string | readonly string[] } }, tenant: Tenant) => {
    const identity = identityIn(tenant, params);
    return identity === null ? null : ({ action, identity } satisfies PowerShellAction);
  };
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
