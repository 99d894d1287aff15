/* global process, setInterval, clearInterval, performance */
// Child process: the engine alone, from the built JS (dist/, as deployed), one catch-up run.
// Reports its own peak RSS and CPU, so the simulators' and Azurite's are not counted.
import { createRuntime } from '../dist/shared/app/createRuntime.js';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 50);
const runtime = await createRuntime(process.env);
const t0 = performance.now();
const summary = await runtime.runCatchUp(quiet, { sinceMs: 0 });
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ summary, seconds, peakRssMb: peak / 2 ** 20, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
