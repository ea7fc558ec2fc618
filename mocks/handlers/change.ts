import {
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import { appendAudit, type AuditEntry } from '../domain/audit';
import { createIdempotencyStore, fingerprintOf, type StoredAnswer } from '../domain/idempotency';
import { authorize, type ChangeAction } from '../domain/roles';
import type { Tenant } from '../domain/types';
import type { MockSession } from '../session';
import type { MockStore } from '../store';
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
 * Wraps a change route with A1 (the role may make it, else 403), A2 (an audit entry for every
 * attempt) and A4 (an Idempotency-Key runs the change once).
 */
export function createChangeGuard(store: MockStore, session: MockSession, now: () => Date) {
  const keys = createIdempotencyStore();

  function audit(entry: Omit<AuditEntry, 'id' | 'at' | 'actor' | 'role'>) {
    store.write((tenant) =>
      appendAudit(
        tenant.auditLog,
        { ...entry, at: now().toISOString(), actor: session.actor(), role: session.role() },
        tenant.nextAuditNumber++,
      ),
    );
  }

  return function guarded<P extends PathParams>(
    action: ChangeAction,
    options: GuardOptions<P>,
    resolver: Resolver<P>,
  ): Resolver<P> {
    return async (info) => {
      const key = info.request.headers.get('Idempotency-Key');
      if (key === null) return run();
      const body = await info.request.clone().text();
      const path = new URL(info.request.url).pathname;
      const decision = keys.begin(key, fingerprintOf(info.request.method, path, body), Date.now());
      if (decision.kind === 'refuse') {
        return errorResponse(decision.status, {
          code: decision.refusal.code,
          message: decision.refusal.message,
        });
      }
      if (decision.kind === 'replay') {
        const answer = options.replayOf ? options.replayOf(decision.answer) : decision.answer;
        return HttpResponse.json(answer.body as DefaultBodyType, {
          status: answer.status,
          headers: { 'Cache-Control': 'no-store', 'Idempotent-Replayed': 'true' },
        });
      }
      try {
        const response = await run();
        decision.finish({
          status: response.status,
          body: await response
            .clone()
            .json()
            .catch(() => null),
        });
        return response;
      } catch (error) {
        decision.abandon();
        throw error;
      }

      async function run(): Promise<Response> {
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
        const failed = response.status >= 400;
        const reason = failed
          ? await response
              .clone()
              .json()
              .then(
                (b: { message?: string }) => b.message ?? null,
                () => null,
              )
          : null;
        audit({
          action,
          targetUserId: target.userId,
          targetName: target.name,
          outcome: failed ? 'refused' : 'succeeded',
          reason,
        });
        return response;
      }
    };
  };
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
