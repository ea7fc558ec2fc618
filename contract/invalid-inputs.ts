/**
 * Seeded property-based invalid inputs for every write operation (fast-check): each case breaks
 * exactly one thing of a valid request — the token, the caller, the body's shape, a rule of the
 * domain, a path parameter, `If-Match`, `Idempotency-Key` — and must get a 4xx with
 * `{code, message}` that the contract documents, never a 5xx, and change nothing.
 */
import fc from 'fast-check';
import { call, json, ok, tokens, type CallOptions } from './api';
import { bodySchemaOf, operation, resolveSchema } from './openapi';
import {
  activeUser,
  activeUsers,
  bridgeUpdate,
  editForm,
  endedJob,
  lockableUser,
  lockedUser,
  userDetail,
  type JobView,
} from './tenant';

type Json = Record<string, unknown>;

export interface BadRequest {
  why: string;
  options: CallOptions;
}

export interface WriteCase {
  operationId: string;
  mockOnly?: boolean;
  /** A valid request, the users it could change, and the rules of the domain it could break. */
  prepare: () => Promise<{
    valid: CallOptions;
    watch: string[];
    /** Callers the operation refuses (403) although their token is good. */
    refusedCallers: (string | null)[];
    domain?: fc.Arbitrary<BadRequest>;
    /** Path parameters that name nothing (404 or 400). */
    unknownParams?: fc.Arbitrary<Record<string, string>>;
  }>;
}

const nonDigit = fc.constantFrom('a', 'Z', '-', ' ', '.', '٣', '７', '#');

/** A string of digits of a length in [min, max], the boundaries as often as the rest. */
function digits(min: number, max: number) {
  return fc
    .oneof(fc.constantFrom(min, max), fc.integer({ min, max }))
    .chain((length) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }),
    )
    .map((chars) => chars.join(''));
}

/** Digits with at least one character that isn't an ASCII digit, `length` long in all. */
function notOnlyDigits(length: number) {
  return fc
    .tuple(digits(length - 1, length - 1), nonDigit, fc.nat(length - 1))
    .map(([d, c, at]) => d.slice(0, at) + c + d.slice(at));
}

const badEmail = fc.oneof(
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.com$/).map((a) => `${a}\r\nBcc: someone@example.com`),
  fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.com$/).map((a) => `${a}, other@example.com`),
  fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.com$/).map((a) => `${a};other@example.com`),
  fc.constant('@example.com'),
);

function withBody(valid: CallOptions, change: (body: Json) => unknown, why: string): BadRequest {
  const body = change({ ...(valid.body as Json) });
  return { why, options: { ...valid, body } };
}

/** Values of JSON types other than those `schema` allows (and not null where it isn't nullable). */
function wrongTypeValues(schema: Json): fc.Arbitrary<unknown> {
  const typesOf = (part: Json): string[] => {
    const resolved = resolveSchema(part);
    return [
      ...([] as unknown[]).concat(resolved.type ?? (resolved.enum ? 'string' : [])),
      ...((resolved.anyOf as Json[] | undefined) ?? []).flatMap(typesOf),
    ] as string[];
  };
  const types = new Set(typesOf(schema));
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (!types.has('string')) candidates.push(fc.string({ maxLength: 10 }));
  if (!types.has('number') && !types.has('integer')) candidates.push(fc.integer());
  if (!types.has('boolean')) candidates.push(fc.boolean());
  if (!types.has('array')) candidates.push(fc.constant([]));
  if (!types.has('object')) candidates.push(fc.constant({ nested: true }));
  if (!types.has('null')) candidates.push(fc.constant(null));
  return fc.oneof(...candidates);
}

/** Breaks the body's shape: not JSON, not an object, a required field missing, a wrong type, too long, not one of the choices. */
function shapeMutations(operationId: string, valid: CallOptions): fc.Arbitrary<BadRequest>[] {
  const schema = bodySchemaOf(operation(operationId));
  if (!schema) return [];
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = (schema.required ?? []) as string[];
  const arbitraries: fc.Arbitrary<BadRequest>[] = [
    fc
      .constantFrom('null', '[]', '42', '"text"', 'true', '{', 'not json', '{"a":')
      .map((rawBody) => ({
        why: `a body that isn't an object: ${rawBody}`,
        options: { ...valid, body: undefined, rawBody },
      })),
  ];
  if (required.length > 0) {
    arbitraries.push(
      fc.constantFrom(...required).map((field) =>
        withBody(
          valid,
          (body) => {
            delete body[field];
            return body;
          },
          `without ${field}`,
        ),
      ),
    );
  }
  for (const [field, raw] of Object.entries(properties)) {
    const property = resolveSchema(raw);
    arbitraries.push(
      wrongTypeValues(property).map((value) =>
        withBody(
          valid,
          (body) => ({ ...body, [field]: value }),
          `${field} of a wrong type: ${JSON.stringify(value)}`,
        ),
      ),
    );
    const variants = ([] as Json[]).concat(property, (property.anyOf as Json[] | undefined) ?? []);
    for (const variant of variants) {
      if (typeof variant.maxLength === 'number') {
        const max = variant.maxLength;
        arbitraries.push(
          fc
            .string({ minLength: 1, maxLength: 20 })
            .map((tail) =>
              withBody(
                valid,
                (body) => ({ ...body, [field]: `${'x'.repeat(max)}${tail}` }),
                `${field} longer than ${max}`,
              ),
            ),
        );
      }
      if (Array.isArray(variant.enum)) {
        const choices = variant.enum as unknown[];
        arbitraries.push(
          fc
            .string({ minLength: 1, maxLength: 12 })
            .filter((value) => !choices.includes(value))
            .map((value) =>
              withBody(
                valid,
                (body) => ({ ...body, [field]: value }),
                `${field} not one of the choices`,
              ),
            ),
        );
      }
    }
  }
  return arbitraries;
}

const KNOWN_PREFIX = 'demo-';
const madeUpToken = fc
  .stringMatching(/^[A-Za-z0-9._~+/-]{1,60}$/)
  .filter((token) => !token.startsWith(KNOWN_PREFIX) && !Object.values(tokens).includes(token));

/** Every way to break a request of `operationId`, around its valid one. */
export function badRequests(
  operationId: string,
  prepared: Awaited<ReturnType<WriteCase['prepare']>>,
): fc.Arbitrary<BadRequest> {
  const { valid } = prepared;
  const op = operation(operationId);
  const strategies: fc.Arbitrary<BadRequest>[] = [];
  if (op.access !== 'public') {
    strategies.push(
      fc.constant({ why: 'no token', options: { ...valid, token: null } }),
      madeUpToken.map((token) => ({ why: `a made-up token`, options: { ...valid, token } })),
      fc
        .constantFrom(
          'Basic YWRtaW46YWRtaW4=',
          'Bearer',
          'bearer  ',
          'Token demo-teams-administrator',
        )
        .map((header) => ({
          why: `Authorization: ${header}`,
          options: { ...valid, token: null, headers: { ...valid.headers, Authorization: header } },
        })),
    );
  }
  const callers = prepared.refusedCallers.filter((token): token is string => Boolean(token));
  if (callers.length > 0) {
    strategies.push(
      fc
        .constantFrom(...callers)
        .map((token) => ({ why: 'a caller it refuses', options: { ...valid, token } })),
    );
  }
  strategies.push(...shapeMutations(operationId, valid));
  // The rules of the domain are where a server most often goes wrong: a third of the cases.
  if (prepared.domain) {
    return fc.oneof(
      { arbitrary: fc.oneof(...strategies, ...rest()), weight: 2 },
      { arbitrary: prepared.domain, weight: 1 },
    );
  }
  return fc.oneof(...strategies, ...rest());

  function rest(): fc.Arbitrary<BadRequest>[] {
    const more: fc.Arbitrary<BadRequest>[] = [];
    if (prepared.unknownParams) {
      more.push(
        prepared.unknownParams.map((params) => ({
          why: `unknown ${JSON.stringify(params)}`,
          options: { ...valid, params: { ...valid.params, ...params } },
        })),
      );
    }
    const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
    if (pathParams.length > 0) {
      more.push(
        fc
          .tuple(
            fc.constantFrom(...pathParams),
            fc.constantFrom('%E2%82', '%ZZ', '%', 'a%2', '%C0%AF'),
          )
          .map(([name, broken]) => ({
            why: `a broken escape in {${name}}: ${broken}`,
            options: { ...valid, rawParams: { [name]: broken } },
          })),
      );
    }
    if (op.parameters.some((p) => p.name === 'If-Match')) {
      more.push(
        fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/).map((tag) => ({
          why: 'a stale If-Match',
          options: { ...valid, headers: { ...valid.headers, 'If-Match': `"${tag}-0"` } },
        })),
      );
    }
    if (op.parameters.some((p) => p.name === 'Idempotency-Key')) {
      more.push(
        fc.integer({ min: 201, max: 400 }).map((length) => ({
          why: `an Idempotency-Key of ${length} characters`,
          options: {
            ...valid,
            headers: { ...valid.headers, 'Idempotency-Key': 'k'.repeat(length) },
          },
        })),
      );
    }
    return more;
  }
}

const unknownUser = fc.uuid().map((userId) => ({ userId }));
const adminRefused = () => [tokens.reader, tokens.user];

async function userRequest(index: number, extra: Partial<CallOptions> = {}) {
  const user = await userDetail((await activeUser(index)).id);
  return {
    user,
    valid: {
      params: { userId: user.id },
      headers: { 'If-Match': user.etag },
      ...extra,
    } satisfies CallOptions,
  };
}

function policyDomain(valid: CallOptions): fc.Arbitrary<BadRequest> {
  return fc.oneof(
    fc
      .oneof(
        fc.integer({ min: -5, max: 3 }),
        fc.integer({ min: 25, max: 1000 }),
        fc.double({ min: 4.1, max: 23.9, noNaN: true }).filter((n) => !Number.isInteger(n)),
      )
      .map((minimumLength) =>
        withBody(valid, (b) => ({ ...b, minimumLength }), `P4: minimum length ${minimumLength}`),
      ),
    fc
      .oneof(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 101, max: 10_000 }))
      .map((maximumLogonAttempts) =>
        withBody(
          valid,
          (b) => ({ ...b, maximumLogonAttempts }),
          `P4: maximum logon attempts ${maximumLogonAttempts}`,
        ),
      ),
  );
}

const JOB_ACTIONS = [
  'resetConferenceIds',
  'resetPins',
  'sendConferenceInfo',
  'unlockPins',
  'importConferenceIds',
] as const;
const BULK_ACTIONS = JOB_ACTIONS.filter((action) => action !== 'importConferenceIds');

/** An import row of a user nobody is (valid in shape: the row is refused, not the request). */
const NOBODY_ROW = {
  line: 2,
  userPrincipalName: 'nobody@example.invalid',
  conferenceId: '7000001',
};

/** Job ids no job has: the mock's form, and others (no dots: `..` would leave the path). */
function unknownJobIds(known: readonly string[]) {
  return fc
    .oneof(
      fc.stringMatching(/^job-[0-9a-f]{12}$/),
      fc.uuid(),
      fc.stringMatching(/^[A-Za-z0-9_~-]{1,40}$/),
    )
    .filter((jobId) => !known.includes(jobId));
}

/**
 * What a job request (J1, J6, J8) must not be, around a valid `{action, userIds}` body: more than
 * one or none of userIds, match, rows and retryOf; rows for an action that isn't an import, an
 * import without rows; users or jobs that don't exist; a retry of another action's job or of one
 * with no failed users; a filter clause or search the users list would refuse. `starts`: the
 * request starts a job, so one with nobody to act on is refused too (a preview just says so).
 */
function jobRequestDomain(
  valid: CallOptions,
  { ended, userId, userIds }: { ended: JobView; userId: string; userIds: readonly string[] },
  starts: boolean,
): fc.Arbitrary<BadRequest> {
  const { action } = valid.body as { action: string };
  const targets: Record<string, unknown> = {
    userIds: [userId],
    match: {},
    rows: [NOBODY_ROW],
    retryOf: ended.id,
  };
  const body = (why: string, make: () => Json) => withBody(valid, make, why);
  const cases: fc.Arbitrary<BadRequest>[] = [
    fc.subarray(Object.keys(targets), { minLength: 2 }).map((fields) =>
      body(`J1: ${fields.join(' and ')} at once`, () => ({
        action,
        ...Object.fromEntries(fields.map((field) => [field, targets[field]])),
      })),
    ),
    fc.constant(body('J1: nobody named', () => ({ action }))),
    fc
      .constantFrom(...BULK_ACTIONS)
      .map((other) => body(`J8: rows for ${other}`, () => ({ action: other, rows: [NOBODY_ROW] }))),
    fc.constantFrom<Json>({ userIds: [userId] }, { match: {} }).map((target) =>
      body(`J8: an import of ${Object.keys(target)[0]}`, () => ({
        action: 'importConferenceIds',
        ...target,
      })),
    ),
    fc
      .tuple(
        fc.uuid().filter((id) => !userIds.includes(id)),
        fc.boolean(),
      )
      .map(([unknown, withKnown]) =>
        body(`a user nobody is: ${unknown}`, () => ({
          action,
          userIds: withKnown ? [userId, unknown] : [unknown],
        })),
      ),
    unknownJobIds([ended.id]).map((retryOf) =>
      body(`J6: a retry of no job: ${retryOf}`, () => ({ action, retryOf })),
    ),
    fc.constantFrom(...JOB_ACTIONS.filter((other) => other !== ended.action)).map((other) =>
      body(`J6: ${other}, a retry of a ${ended.action} job`, () => ({
        action: other,
        retryOf: ended.id,
      })),
    ),
    fc.constant(
      body('J6: a retry of a job no user failed', () => ({
        action: ended.action,
        retryOf: ended.id,
      })),
    ),
    fc
      .constantFrom('nope', 'pinLocked:gt:true', 'pinLocked:eq:maybe', 'provider:eq', ':eq:true')
      .map((clause) =>
        body(`a filter clause the list refuses: ${clause}`, () => ({
          action,
          match: { filter: [clause] },
        })),
      ),
    fc.string({ minLength: 1, maxLength: 20 }).map((tail) =>
      body('a search longer than 200', () => ({
        action,
        match: { search: `${'x'.repeat(200)}${tail}` },
      })),
    ),
    fc.oneof(fc.integer({ min: -5, max: 1 }), fc.constant(2.5)).map((line) =>
      body(`J8: a row on line ${line}`, () => ({
        action: 'importConferenceIds',
        rows: [{ ...NOBODY_ROW, line }],
      })),
    ),
  ];
  if (starts) {
    cases.push(
      fc
        .stringMatching(/^[0-9a-f]{16}$/)
        .map((hex) =>
          body('a search nobody matches', () => ({ action, match: { search: `zqx${hex}` } })),
        ),
      fc.constant(
        body('J8: an import no row of which applies', () => ({
          action: 'importConferenceIds',
          rows: [NOBODY_ROW, { ...NOBODY_ROW, line: 3, conferenceId: '12ab' }],
        })),
      ),
    );
  }
  return fc.oneof(...cases);
}

/**
 * A job that has ended (a retry of it has no failed users), the user it acted on, and every user
 * id of the tenant's first page (made-up ids steer clear of them).
 */
async function jobContext() {
  const user = await activeUser(0);
  const ended = await endedJob({ action: 'sendConferenceInfo', userIds: [user.id] });
  if (ended.state !== 'completed' || ended.counts.failed > 0) {
    throw new Error(`The job to retry should complete without failures: ${JSON.stringify(ended)}`);
  }
  const userIds = (await activeUsers()).map((u) => u.id);
  return { ended, userId: user.id, userIds };
}

const POLICY = { minimumLength: 6, allowCommonPatterns: false, maximumLogonAttempts: 5 };

export const WRITE_CASES: WriteCase[] = [
  {
    operationId: 'updateAudioConferencing',
    prepare: async () => {
      const { user, valid } = await userRequest(1);
      const request = { ...valid, body: editForm(user) };
      return {
        valid: request,
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
        domain: fc
          .tuple(fc.constantFrom('tollNumber', 'tollFreeNumber'), fc.stringMatching(/^\+1\d{10}$/))
          .map(([field, number]) =>
            withBody(
              request,
              (b) => ({ ...b, [field]: number }),
              `B5: ${field} not a service number`,
            ),
          ),
      };
    },
  },
  {
    operationId: 'resetConferenceId',
    prepare: async () => {
      const { user, valid } = await userRequest(2);
      return {
        valid,
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'setConferenceId',
    prepare: async () => {
      const { user, valid } = await userRequest(3);
      const other = await activeUser(4);
      const { conferenceIdLength } = await ok<{ conferenceIdLength: number }>('getBridgeSettings');
      const request = { ...valid, body: { conferenceId: '1234567' } };
      const idOf = (conferenceId: string, why: string) =>
        withBody(request, () => ({ conferenceId }), why);
      return {
        valid: request,
        watch: [user.id, other.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
        domain: fc.oneof(
          digits(1, conferenceIdLength - 1).map((id) => idOf(id, `C3: ${id.length} digits`)),
          digits(conferenceIdLength + 1, 12).map((id) => idOf(id, `C3: ${id.length} digits`)),
          notOnlyDigits(conferenceIdLength).map((id) => idOf(id, `C3: not only ASCII digits`)),
          fc.constant(idOf(other.conferenceId!, 'C3: in use by another user')),
          fc.constant(idOf('', 'C3: empty')),
        ),
      };
    },
  },
  {
    operationId: 'sendConferenceInfo',
    prepare: async () => {
      const user = await activeUser(4);
      const valid = { params: { userId: user.id }, body: { to: 'assistant@example.com' } };
      return {
        valid,
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
        domain: badEmail.map((to) => withBody(valid, () => ({ to }), `E4: ${JSON.stringify(to)}`)),
      };
    },
  },
  {
    operationId: 'resetPin',
    prepare: async () => {
      const { user, valid } = await userRequest(5, { body: { sendEmail: false } });
      return {
        valid,
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
        domain: fc.oneof(
          digits(1, 4).map((pin) => withBody(valid, () => ({ pin }), `P3: ${pin.length} digits`)),
          digits(25, 40).map((pin) => withBody(valid, () => ({ pin }), `P3: ${pin.length} digits`)),
          fc
            .integer({ min: 6, max: 12 })
            .chain(notOnlyDigits)
            .map((pin) => withBody(valid, () => ({ pin }), 'P1: not only digits')),
          badEmail.map((sendToAddress) =>
            withBody(
              valid,
              () => ({ sendEmail: true, sendToAddress }),
              `E4: ${JSON.stringify(sendToAddress)}`,
            ),
          ),
          fc.constant(
            withBody(
              valid,
              () => ({ sendToAddress: 'other@example.com' }),
              'E3: another address without send email',
            ),
          ),
        ),
      };
    },
  },
  {
    operationId: 'checkPin',
    prepare: async () => {
      const user = await activeUser(0);
      return {
        valid: { params: { userId: user.id }, body: { pin: '12345' } },
        watch: [user.id],
        refusedCallers: [tokens.user],
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'lockPin',
    prepare: async () => {
      const user = await lockableUser();
      return {
        valid: { params: { userId: user.id }, headers: { 'If-Match': user.etag } },
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'unlockPin',
    prepare: async () => {
      const user = await lockedUser();
      return {
        valid: { params: { userId: user.id }, headers: { 'If-Match': user.etag } },
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'resetMyPin',
    prepare: async () => {
      const me = await ok<{ userId: string }>('getMe', { token: tokens.user });
      return {
        valid: { token: tokens.user },
        watch: [me.userId],
        refusedCallers: [tokens.admin, tokens.reader],
      };
    },
  },
  {
    operationId: 'saveGlobalPinPolicy',
    prepare: async () => {
      const valid = { body: POLICY };
      return { valid, watch: [], refusedCallers: adminRefused(), domain: policyDomain(valid) };
    },
  },
  {
    operationId: 'saveSitePinPolicy',
    prepare: async () => {
      const users = await activeUsers();
      const valid = { params: { site: users[0]!.site }, body: POLICY };
      return {
        valid,
        watch: [],
        refusedCallers: adminRefused(),
        domain: policyDomain(valid),
        unknownParams: fc
          .stringMatching(/^[A-Za-z]{3,12}$/)
          .map((site) => ({ site: `Nowhere ${site}` })),
      };
    },
  },
  {
    operationId: 'removeSitePinPolicy',
    prepare: async () => {
      const users = await activeUsers();
      return {
        valid: { params: { site: users[0]!.site } },
        watch: [],
        refusedCallers: adminRefused(),
        unknownParams: fc
          .stringMatching(/^[A-Za-z]{3,12}$/)
          .map((site) => ({ site: `Nowhere ${site}` })),
      };
    },
  },
  {
    operationId: 'saveUserPinPolicy',
    prepare: async () => {
      const user = await activeUser(6);
      const valid = { params: { userId: user.id }, body: POLICY };
      return {
        valid,
        watch: [user.id],
        refusedCallers: adminRefused(),
        domain: policyDomain(valid),
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'removeUserPinPolicy',
    prepare: async () => {
      const user = await activeUser(6);
      return {
        valid: { params: { userId: user.id } },
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'updateBridgeSettings',
    prepare: async () => {
      const valid = { body: { ...(await bridgeUpdate()), pinLength: 7 } };
      return {
        valid,
        watch: [],
        refusedCallers: adminRefused(),
        domain: fc.oneof(
          fc
            .oneof(
              fc.integer({ min: -3, max: 3 }),
              fc.integer({ min: 13, max: 99 }),
              fc.double({ min: 4.1, max: 11.9, noNaN: true }).filter((n) => !Number.isInteger(n)),
            )
            .map((pinLength) =>
              withBody(valid, (b) => ({ ...b, pinLength }), `B2: PIN length ${pinLength}`),
            ),
          fc
            .tuple(
              fc.constantFrom('defaultTollNumber', 'defaultTollFreeNumber'),
              fc.stringMatching(/^\+1\d{10}$/),
            )
            .map(([field, number]) =>
              withBody(
                valid,
                (b) => ({ ...b, [field]: number }),
                `B5: ${field} not a service number`,
              ),
            ),
        ),
      };
    },
  },
  {
    operationId: 'previewJob',
    prepare: async () => {
      const context = await jobContext();
      const valid = { body: { action: 'resetPins', userIds: [context.userId] } };
      return {
        valid,
        watch: [context.userId],
        // A Global Reader may look (J7): only a user's token is refused.
        refusedCallers: [tokens.user],
        domain: jobRequestDomain(valid, context, false),
      };
    },
  },
  {
    operationId: 'createJob',
    prepare: async () => {
      const context = await jobContext();
      const valid = { body: { action: 'resetConferenceIds', userIds: [context.userId] } };
      return {
        valid,
        watch: [context.userId],
        refusedCallers: adminRefused(),
        domain: jobRequestDomain(valid, context, true),
      };
    },
  },
  {
    operationId: 'cancelJob',
    prepare: async () => {
      // A job that stays running through a hundred cases would change the jobs by itself: the one
      // named has ended, so its cancel is a 409 (J5), and what breaks it must still be refused
      // for what it breaks — the token (401), the caller (403) — before that.
      const { ended, userId } = await jobContext();
      const valid = { params: { jobId: ended.id } };
      const unknownJob = unknownJobIds([ended.id]).map((jobId) => ({ jobId }));
      return {
        valid,
        watch: [userId],
        refusedCallers: adminRefused(),
        unknownParams: unknownJob,
        domain: fc.oneof(
          fc.constant({ why: `J5: job ${ended.id} has ended`, options: valid }),
          unknownJob.map((params) => ({
            why: `J5: no job ${params.jobId}`,
            options: { ...valid, params },
          })),
        ),
      };
    },
  },
  {
    operationId: 'updateUserMeetings',
    prepare: async () => {
      const user = await activeUser(3);
      return {
        valid: { params: { userId: user.id } },
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownUser,
      };
    },
  },
  {
    operationId: 'retryMeetingMigration',
    prepare: async () => {
      // A migration that isn't failed (one just started) can't be retried (M3): a 409.
      const user = await activeUser(4);
      const started = await call('updateUserMeetings', { params: { userId: user.id } });
      const listed = await ok<{ items: { id: string; state: string }[] }>('listMeetingMigrations');
      const notFailed =
        started.status === 200
          ? json<{ id: string }>(started).id
          : listed.items.find((m) => m.state !== 'Failed')!.id;
      const valid = { params: { migrationId: notFailed } };
      const unknownMigration = fc.uuid().map((id) => ({ migrationId: `migration-${id}` }));
      return {
        valid,
        watch: [user.id],
        refusedCallers: adminRefused(),
        unknownParams: unknownMigration,
        domain: fc.constant({ why: 'M3: only a failed migration can be retried', options: valid }),
      };
    },
  },
  {
    operationId: 'advanceMockClock',
    mockOnly: true,
    prepare: async () => {
      const valid = { token: null, body: { advanceMinutes: 1 } };
      return {
        valid,
        watch: [],
        refusedCallers: [],
        domain: fc
          .oneof(
            fc.integer({ min: -100_000, max: 0 }),
            fc.integer({ min: 43_201, max: 10_000_000 }),
            fc
              .double({ min: 0.01, max: 43_199.99, noNaN: true })
              .filter((n) => !Number.isInteger(n)),
          )
          .map((advanceMinutes) =>
            withBody(valid, () => ({ advanceMinutes }), `M5: advanceMinutes ${advanceMinutes}`),
          ),
      };
    },
  },
  {
    operationId: 'dialIn',
    mockOnly: true,
    prepare: async () => {
      const user = await activeUser(7);
      return {
        valid: { body: { conferenceId: user.conferenceId! } },
        watch: [user.id],
        refusedCallers: [tokens.user],
      };
    },
  },
  {
    operationId: 'endMeeting',
    mockOnly: true,
    prepare: async () => {
      const user = await activeUser(7);
      return {
        valid: { params: { conferenceId: user.conferenceId! } },
        watch: [user.id],
        refusedCallers: [tokens.user],
      };
    },
  },
  {
    operationId: 'setNetworkConditions',
    mockOnly: true,
    prepare: async () => {
      const valid = { token: null, body: { latencyMs: 0 } };
      return {
        valid,
        watch: [],
        refusedCallers: [],
        domain: fc.oneof(
          fc
            .oneof(fc.integer({ min: -1000, max: -1 }), fc.integer({ min: 30_001, max: 100_000 }))
            .map((latencyMs) => withBody(valid, () => ({ latencyMs }), `latency ${latencyMs}`)),
          fc
            .tuple(
              fc.constantFrom('failureRate', 'dropRate'),
              fc.oneof(
                fc.double({ min: -100, max: -0.01, noNaN: true }),
                fc.double({ min: 100.01, max: 1000, noNaN: true }),
              ),
            )
            .map(([field, value]) =>
              withBody(valid, () => ({ [field]: value }), `${field} ${value}`),
            ),
        ),
      };
    },
  },
  {
    operationId: 'resetDemoData',
    mockOnly: true,
    prepare: async () => {
      // A change a wrongful reset would undo: the watched user's conference ID is no longer the
      // seed's.
      const { user, valid: change } = await userRequest(9);
      await ok('resetConferenceId', change);
      const valid = { token: null, body: { scenario: 'default' } };
      return {
        valid,
        watch: [user.id],
        refusedCallers: [],
        domain: fc
          .string({ maxLength: 20 })
          .filter((name) => !['default', 'large', 'empty'].includes(name))
          .map((name) =>
            withBody(valid, () => ({ scenario: name }), `scenario ${JSON.stringify(name)}`),
          ),
      };
    },
  },
];
