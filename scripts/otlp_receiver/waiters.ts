/**
 * Promises that resolve once the receiver holds at least N records: what
 * `OtlpReceiver.waitForRecords` hands out, so tests await a condition instead of sleeping.
 *
 * @module
 */

import type { ReceivedLogRecord } from "./types.ts";

interface Waiter {
  count: number;
  resolve: (records: ReceivedLogRecord[]) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** The pending waits on one receiver's `records` (and `requests`, named in timeout messages). */
export class RecordWaiters {
  #waiters = new Set<Waiter>();
  #records: ReceivedLogRecord[];
  #requestCount: () => number;
  #closed = false;

  constructor(records: ReceivedLogRecord[], requestCount: () => number) {
    this.#records = records;
    this.#requestCount = requestCount;
  }

  /**
   * A snapshot of the records once there are at least `count`. Rejects after `timeoutMs` with
   * an Error naming the count, what was seen and the timeout, or when the receiver closes.
   */
  wait(count: number, timeoutMs: number): Promise<ReceivedLogRecord[]> {
    const records = this.#records;
    if (records.length >= count) return Promise.resolve(records.slice());
    if (this.#closed) {
      return Promise.reject(
        new Error(`otlp receiver is closed: waited for ${count} record(s), saw ${records.length}`),
      );
    }
    const waiting = new Promise<ReceivedLogRecord[]>((resolve, reject) => {
      const waiter: Waiter = {
        count,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(
            new Error(
              `otlp receiver: timed out after ${timeoutMs} ms waiting for ${count} record(s); ` +
                `saw ${records.length} record(s) in ${this.#requestCount()} request(s)`,
            ),
          );
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
    // Callers still see the rejection; an abandoned waiter (never awaited) must not surface
    // as an unhandled rejection when it times out or the receiver closes.
    waiting.catch(() => {});
    return waiting;
  }

  /** Resolve every waiter whose count has been reached; call after records were added. */
  notify(): void {
    for (const waiter of this.#waiters) {
      if (this.#records.length >= waiter.count) {
        this.#waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(this.#records.slice());
      }
    }
  }

  /** Reject every pending waiter (the receiver is closing); later waits reject at once. */
  close(): void {
    this.#closed = true;
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(
        new Error(
          `otlp receiver closed while waiting for ${waiter.count} record(s); ` +
            `saw ${this.#records.length}`,
        ),
      );
    }
    this.#waiters.clear();
  }
}
