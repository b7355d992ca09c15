// Scheduling: yielding to the page between slices of work, and one queue per annotated root
// in which a newer call supersedes the older ones.

/**
 * Resolves in a fresh task (MessageChannel: no timer clamping) queued behind whatever the page
 * has waiting — input, rendering and the page's own timers run first. (scheduler.yield()
 * would put our continuation ahead of the page's timers.)
 */
export function yieldToPage(win) {
  return new Promise((resolve) => {
    const ch = new win.MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Per-root state and a job queue: jobs of one root run one after the other; a job that is
 * no longer the newest when its turn comes (or that checks `isCurrent()` midway) stops, and
 * its caller gets the newest job's result.
 */
export class RootQueue {
  constructor() {
    this.roots = new Map();  // root -> state
    this.seq = 0;
    this.closed = false;
  }

  /** The state of `root`, created on first use. */
  state(root) {
    let st = this.roots.get(root);
    if (!st) {
      st = { root, chain: Promise.resolve(), latest: 0, latestPromise: null, data: null, observer: null };
      this.roots.set(root, st);
    }
    return st;
  }

  get(root) {
    return this.roots.get(root);
  }

  values() {
    return this.roots.values();
  }

  /** Cancels the work in flight for `st` and forgets the root. */
  drop(st) {
    st.latest = ++this.seq;
    this.roots.delete(st.root);
  }

  /** Runs `job(st, isCurrent)` for `root` after the jobs before it. */
  enqueue(root, job) {
    const st = this.state(root);
    const token = ++this.seq;
    st.latest = token;
    const isCurrent = () => st.latest === token && !this.closed;
    const SUPERSEDED = {};
    const run = st.chain.then(() => (isCurrent() ? job(st, isCurrent) : SUPERSEDED));
    st.chain = run.catch(() => {});
    // A superseded call resolves with the result of the newest one (null after clear()).
    const outer = run.then((r) => {
      if (r !== SUPERSEDED && r !== null) return r;
      return st.latestPromise === outer || this.roots.get(root) !== st ? null : st.latestPromise;
    });
    st.latestPromise = outer;
    return outer;
  }
}
