// @ts-check
/**
 * The load generator: a process of its own (so its CPU is not the server's), driven over
 * IPC by run.mjs. For each job it runs autocannon at a fixed concurrency: a warm-up whose
 * figures are thrown away, then the measured run.
 *
 * job: { id, url, method, headers, body, connections, warmupSeconds, seconds | amount, timeoutSeconds,
 *        update?: { groups: [{ id, version }], query, input } }
 * reply: { id, result } | { id, error }
 *
 * An `update` job (operation e) gives each connection a group of its own and sends the
 * version the previous answer returned, so that every request is a valid optimistic update;
 * an answer with GraphQL errors (e.g. CONFLICT) is counted as an error.
 */
import autocannon from 'autocannon';

/** @param {Record<string, any>} o */
function run(o) {
  return new Promise((resolve, reject) => {
    autocannon(o, (/** @type {Error | null} */ err, /** @type {any} */ result) => (err ? reject(err) : resolve(result)));
  });
}

process.on('message', async (/** @type {any} */ job) => {
  try {
    const base = {
      url: job.url,
      method: job.method,
      headers: job.headers,
      body: job.body,
      connections: job.connections,
      timeout: job.timeoutSeconds ?? 60,
      pipelining: 1,
    };
    let graphqlErrors = 0;
    /** @type {Record<string, number>} */
    const errorCodes = {};
    if (job.mix) {
      // A warm-up of several operations in turn (each connection cycles through them).
      Object.assign(base, { requests: job.mix.map((/** @type {any} */ r) => ({ method: r.method, path: r.path, headers: r.headers, body: r.body })) });
    }
    if (job.update) {
      // A group is checked out by one request at a time (there are more groups than
      // connections) and goes back with the version its answer gave.
      const free = job.update.groups.map((/** @type {any} */ g) => ({ ...g }));
      let n = 0;
      Object.assign(base, {
        requests: [
          {
            setupRequest(/** @type {any} */ req, /** @type {any} */ context) {
              context.group = free.shift();
              n += 1;
              const input = { ...job.update.input, meetingPattern: `${job.update.input.meetingPattern ?? 'Monthly'} (${n})` };
              return { ...req, body: JSON.stringify({ query: job.update.query, variables: { id: context.group.id, version: context.group.version, input } }) };
            },
            onResponse(/** @type {number} */ status, /** @type {string} */ body, /** @type {any} */ context) {
              try {
                const json = JSON.parse(body);
                if (json.errors) {
                  graphqlErrors += 1;
                  const code = json.errors[0]?.extensions?.code ?? 'unknown';
                  errorCodes[code] = (errorCodes[code] ?? 0) + 1;
                }
                const v = json.data?.updateGroup?.version;
                if (typeof v === 'number') context.group.version = v;
              } catch {
                graphqlErrors += 1;
              }
              free.push(context.group);
            },
          },
        ],
      });
    }
    if (job.warmupSeconds > 0) await run({ ...base, duration: job.warmupSeconds });
    if (job.pauseMs) await new Promise((r) => setTimeout(r, job.pauseMs));
    /** @type {any} */
    const r = await run({ ...base, ...(job.amount ? { amount: job.amount } : { duration: job.seconds }) });
    process.send?.({
      id: job.id,
      result: {
        seconds: r.duration,
        requests: r.requests.total,
        rps: r.requests.total / r.duration,
        latency: {
          mean: r.latency.mean,
          p50: r.latency.p50,
          p90: r.latency.p90,
          p99: r.latency.p99,
          max: r.latency.max,
        },
        bytesPerSecond: r.throughput.average,
        errors: r.errors + graphqlErrors,
        graphqlErrors,
        errorCodes,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        connections: r.connections,
      },
    });
  } catch (error) {
    process.send?.({ id: job.id, error: String(error) });
  }
});
process.on('disconnect', () => process.exit(0));
