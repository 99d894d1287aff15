/* global process, setInterval, clearInterval, performance */
// Child process: the engine alone, from the built JS (dist/, as deployed), one catch-up run.
// Reports its own peak RSS and CPU, so the simulators' and Azurite's are not counted.
// With BENCH_DIAG=/tmp/x it also writes /tmp/x.json: process.memoryUsage() and V8's heap spaces at
// the peak-RSS sample, at the end and after a full GC (`--expose-gc` in BENCH_NODE_FLAGS), plus
// /tmp/x.heapsnapshot with BENCH_SNAPSHOT=1 and, with BENCH_HEAPPROF=1, /tmp/x.heapprofile: a
// sampling heap profile that keeps objects freed by full GCs, i.e. where promoted garbage comes from.
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { createRuntime } from '../dist/shared/app/createRuntime.js';

const diag = process.env.BENCH_DIAG;
const mb = (n) => Math.round(n / 2 ** 17) / 8;
const breakdown = () => ({
  seconds: Math.round(performance.now()) / 1000,
  ...Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, mb(v)])),
  spaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: mb(s.space_size), used: mb(s.space_used_size) }])),
});
let atPeak;
let session;
if (diag && process.env.BENCH_HEAPPROF) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true });
}

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) {
    peak = rss;
    if (diag) atPeak = breakdown();
  }
}, 50);
const runtime = await createRuntime(process.env);
const t0 = performance.now();
const summary = await runtime.runCatchUp(quiet, { sinceMs: 0 });
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
const cpu = process.cpuUsage();
if (diag) {
  if (session) writeFileSync(`${diag}.heapprofile`, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
  const end = breakdown();
  globalThis.gc?.();
  writeFileSync(`${diag}.json`, JSON.stringify({ execArgv: process.execArgv, atPeak, end, afterFullGc: globalThis.gc ? breakdown() : undefined, heap: v8.getHeapStatistics() }, null, 1));
  if (process.env.BENCH_SNAPSHOT) v8.writeHeapSnapshot(`${diag}.heapsnapshot`);
}
process.stdout.write(`${JSON.stringify({ summary, seconds, peakRssMb: peak / 2 ** 20, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
