/**
 * Garbage collection between the stages of a large run. V8 lets its heap grow well past what is live
 * before it collects, so `propose` on 4 x 4,000 items peaked at 540 MB while what it needed at any one
 * time was under 400 MB (bench/propose.ts). Between the report and each Word file, where a stage's
 * garbage is all dead, a full collection keeps the peak to what one stage needs. The collector is
 * reached as jest's leak detector reaches it (`--expose-gc` set at run time, `gc` from a new context);
 * where the runtime refuses, nothing happens. Small runs are left alone: a collection costs
 * milliseconds that a heap of a few megabytes does not need.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Below this much live heap, no collection is forced. */
const LARGE_HEAP = 128 * 1024 * 1024;

let collector: (() => void) | null | undefined;

function gcFunction(): (() => void) | null {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** A full collection now, when the heap is large and the runtime allows it. */
export function collectGarbageIfLarge(): void {
  if (process.memoryUsage().heapUsed < LARGE_HEAP) return;
  if (collector === undefined) collector = gcFunction();
  collector?.();
}
