/**
 * The mock server as the browser's worker runs it (decision 021): the one handler set, run with
 * MSW's `getResponse` on requests the page forwards, over a mirror of the mock's localStorage
 * keys. The page applies the mirror's writes to localStorage; should it refuse one, the worker
 * undoes it and runs again each request that could have seen it, so the refusal takes the path it
 * took when the mock ran on the page (a 507, a stopped bulk job).
 */
import { createIdempotencyStore } from '../domain/idempotency';
import { prepareUserSearch } from '../domain/user-query';
import { createFaultState, type FaultState } from '../faults';
import { createServedHandlers } from '../handlers/handlers';
import { createMockStore, type MockStore } from '../store';
import { errorName, respond, serialize, storageFull } from './answers';
import { createMirrorStorage, type MirrorStorage } from './mirror-storage';
import type { PageMessage, SerializedResponse, WorkerMessage } from './protocol';
import { forgetKeyOf, trackedKeys } from './reruns';

/** Users added to the search index per task: a few milliseconds' work. */
const INDEX_SLICE_USERS = 2_000;

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;
type InitMessage = Extract<PageMessage, { type: 'init' }>;
type RequestMessage = Extract<PageMessage, { type: 'request' }>;
type RefusedMessage = Extract<PageMessage, { type: 'refused' }>;

/** Runs of one request after localStorage refused a write it may have seen; then a plain 507. */
const MAX_RERUNS = 3;
/** How long a refused save of the job runner waits for the runner's next save of that key. */
const BACKGROUND_REFUSAL_MS = 10_000;

export interface WorkerHost {
  receive(message: PageMessage): void;
}

export function createWorkerHost(options: { post: Post; seed?: number }): WorkerHost {
  let server: ReturnType<typeof startServer> | null = null;
  return {
    receive(message) {
      if (message.type === 'init') {
        server = startServer(message, options);
        return;
      }
      if (!server) throw new Error(`The mock's worker got "${message.type}" before "init".`);
      if (message.type === 'request') void server.serve(message);
      else if (message.type === 'applied') server.applied(message.group);
      else server.refused(message);
    },
  };
}

/** One run of a request: where its window of writes starts, and whether a refusal touched it. */
interface Run {
  stamp: number;
  firstWrite: number;
  tainted: boolean;
}

function startServer(init: InitMessage, { post, seed }: { post: Post; seed?: number }) {
  let shipQueued = false;
  const mirror = createMirrorStorage({
    initial: init.storage,
    onWrite: () => {
      if (shipQueued) return;
      shipQueued = true;
      queueMicrotask(ship);
    },
  });
  function ship() {
    shipQueued = false;
    const group = mirror.ship();
    if (group) post({ type: 'writes', ...group });
  }

  const store = createMockStore({
    storage: mirror.storage,
    seed,
    onRecovery: () => post({ type: 'recovered' }),
  });
  let token = init.token;
  const keys = trackedKeys(createIdempotencyStore(), () => runClock);
  const handlers = createServedHandlers({
    store,
    faults: toldFaults(createFaultState(init.faults), post),
    basePath: init.basePath,
    fallbackToken: () => token,
    host: 'browser',
    jobOwner: init.jobOwner,
    jobStore: runnerStore(store, mirror),
    idempotency: keys,
  });

  let runClock = 0;
  const inflight = new Set<Run>();
  /** The runner's refused saves of each key since localStorage last took one of its saves. */
  const backgroundRefusals = new Map<string, number>();
  let waiting: (() => void)[] = [];
  const nextEvent = () => new Promise<void>((resolve) => waiting.push(resolve));
  function wake() {
    const woken = waiting;
    waiting = [];
    woken.forEach((resolve) => resolve());
  }

  /** Waits until localStorage holds every write made so far, or a refusal touched the run. */
  async function settle(run: Run) {
    ship();
    const target = mirror.shippedUpTo;
    while (!run.tainted && mirror.confirmedUpTo < target) await nextEvent();
  }

  async function serve(message: RequestMessage) {
    token = message.token;
    mirror.receive(message.changes);
    const run: Run = { stamp: 0, firstWrite: 0, tainted: false };
    inflight.add(run);
    let answer: SerializedResponse;
    try {
      for (let reruns = 0; ; reruns++) {
        Object.assign(run, { stamp: ++runClock, firstWrite: mirror.writeCount, tainted: false });
        answer = await respond(handlers, message.request);
        await settle(run);
        if (!run.tainted) break;
        // localStorage holds a request's write made during the run, perhaps its own: a second
        // run could act twice. Its answer stands (decision 021 says when that can happen).
        if (mirror.lastConfirmedRequestWrite >= run.firstWrite) break;
        if (reruns === MAX_RERUNS) {
          answer = await serialize(storageFull());
          break;
        }
        forgetKeyOf(message.request, answer, run.stamp, keys);
      }
    } catch (error) {
      answer = { kind: 'exception', name: errorName(error), message: String(error) };
    } finally {
      inflight.delete(run);
      if (inflight.size === 0) {
        mirror.disarm('request');
        // Only a run under way asks which run made a key's record.
        keys.madeIn.clear();
      }
    }
    post(
      { type: 'answer', id: message.id, response: answer },
      answer.kind === 'response' && answer.body ? [answer.body] : [],
    );
  }

  function refused({ group, key, error, changes }: RefusedMessage) {
    const writers = mirror.writersOf(group, key);
    mirror.rollback();
    mirror.receive(changes);
    store.forget();
    for (const run of inflight) run.tainted = true;
    // The next write of that key takes the refused path: a request's in its run again; the
    // runner's in its next save, which stops the job — and, should localStorage refuse that too,
    // the save that stops it, as when both were refused on the page (the runner then waits).
    if (writers.has('background')) {
      const times = Math.min(2, (backgroundRefusals.get(key) ?? 0) + 1);
      backgroundRefusals.set(key, times);
      const until = Date.now() + BACKGROUND_REFUSAL_MS;
      mirror.refuseNext(key, 'background', { ...error, times, until });
    }
    if (!writers.has('background') || writers.has('request')) {
      mirror.refuseNext(key, 'request', { ...error, times: 1 });
    }
    if (inflight.size === 0) mirror.disarm('request');
    post({ type: 'rolled-back' });
    wake();
  }

  post({ type: 'ready' });
  // The tenant is built now, not on the first request: for the large scenario that takes a
  // second or more, which the page no longer spends. Its search index follows a slice per task,
  // so that the first requests are answered between slices.
  setTimeout(() => {
    const search = prepareUserSearch(store.read());
    const slice = () => {
      if (!search.step(INDEX_SLICE_USERS)) setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  }, 0);

  return {
    serve,
    refused,
    applied(group: number) {
      if (mirror.confirm(group).has('background')) backgroundRefusals.clear();
      wake();
    },
  };
}

/** The network conditions, the page told of each change (it keeps and shows them). */
function toldFaults(faults: FaultState, post: Post): FaultState {
  return {
    get: faults.get,
    set(next) {
      const value = faults.set(next);
      post({ type: 'faults', faults: value });
      return value;
    },
  };
}

/** The store as the job runner sees it: its writes are counted as the runner's. */
function runnerStore(store: MockStore, mirror: MirrorStorage): MockStore {
  return {
    get scenario() {
      return store.scenario;
    },
    read: () => mirror.inBackground(() => store.read()),
    peek: () => store.peek(),
    write: (change) => mirror.inBackground(() => store.write(change)),
    defer: (change) => mirror.inBackground(() => store.defer(change)),
    flush: () => mirror.inBackground(() => store.flush()),
    batch: (work) => store.batch(work),
    reset: (next) => mirror.inBackground(() => store.reset(next)),
    onReset: (listener) => store.onReset(listener),
    recovery: () => store.recovery(),
    forget: () => store.forget(),
  };
}
