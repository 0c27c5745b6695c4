// Ring: the single-producer single-consumer record ring in a SharedArrayBuffer (in-process unit
// tests of the internals; the ring is not part of the public API).

import { assert, assertEquals } from "@std/assert";
import { Ring } from "../../observability.ts";

function record(n: number, fill: number): Uint8Array {
  return new Uint8Array(n).fill(fill);
}

/** Pops one record's bytes, or null when empty. */
function pop(ring: Ring): Uint8Array | null {
  const off = ring.peek();
  if (off < 0) return null;
  const len = ring.lengthAt(off);
  const out = ring.bytes.slice(off + 4, off + 4 + len);
  ring.release(off, len);
  return out;
}

Deno.test("Ring.push() refuses past maxRecords and past its bytes, and frees on release", () => {
  const ring = new Ring(Ring.create(1024), 3);
  assert(ring.push(record(10, 1), 10));
  assert(ring.push(record(10, 2), 10));
  assert(ring.push(record(10, 3), 10));
  assertEquals(ring.push(record(10, 4), 10), false, "record bound");
  assert(ring.push(record(10, 4), 10, 1), "the reserve for lockbox's own records");
  assertEquals(pop(ring), record(10, 1));
  const big = new Ring(Ring.create(100), 100);
  assert(big.push(record(90, 7), 90));
  assertEquals(big.push(record(10, 8), 10), false, "byte bound (4-byte length prefix)");
  assertEquals(pop(big), record(90, 7));
  assert(big.push(record(10, 8), 10));
});

Deno.test("Ring keeps records whole and in order across many wraps", () => {
  const ring = new Ring(Ring.create(1000), 1_000_000);
  let next = 0;
  let expect = 0;
  for (let round = 0; round < 2000; round++) {
    // Sizes vary so the end of the buffer is hit at every possible offset.
    while (ring.push(record(1 + (next * 37) % 200, next & 0xff), 1 + (next * 37) % 200)) next++;
    const take = 1 + round % 4;
    for (let i = 0; i < take; i++) {
      const got = pop(ring);
      if (got === null) break;
      assertEquals(got.length, 1 + (expect * 37) % 200);
      assert(got.every((b) => b === (expect & 0xff)), `record ${expect} intact`);
      expect++;
    }
  }
  while (pop(ring) !== null) expect++;
  assertEquals(expect, next, "every pushed record popped once");
  assertEquals(ring.size(), 0, "no record left");
  assert(ring.empty(), "nothing left to read");
});

Deno.test("Ring.claim() gives room in place only before the end, and -2 at the record bound", () => {
  const ring = new Ring(Ring.create(1000), 3);
  const at = ring.claim(100);
  assertEquals(at, 4, "payload after the length prefix");
  ring.bytes.fill(9, at, at + 10);
  assertEquals(ring.size(), 0, "nothing visible before commit()");
  ring.commit(at, 10);
  assertEquals(pop(ring), record(10, 9));
  assertEquals(ring.claim(2000), -1, "larger than the ring: no room in place");
  assert(ring.push(record(5, 1), 5));
  assert(ring.push(record(5, 2), 5));
  assert(ring.push(record(5, 3), 5));
  assertEquals(ring.claim(10), -2, "record bound");
  assert(ring.claim(10, 1) >= 0, "the reserve for lockbox's own records");
});

Deno.test("Ring mixes in-place claims and pushes across many wraps, records whole and in order", () => {
  const ring = new Ring(Ring.create(997), 1_000_000);
  const maxLen = 150;
  let next = 0;
  let expect = 0;
  for (let round = 0; round < 3000; round++) {
    for (;;) {
      const len = 1 + (next * 53) % maxLen;
      const at = ring.claim(maxLen);
      if (at >= 0) {
        ring.bytes.fill(next & 0xff, at, at + len);
        ring.commit(at, len);
      } else if (!ring.push(record(len, next & 0xff), len)) break;
      next++;
    }
    for (let i = 0; i < 1 + round % 5; i++) {
      const got = pop(ring);
      if (got === null) break;
      assertEquals(got.length, 1 + (expect * 53) % maxLen);
      assert(got.every((b) => b === (expect & 0xff)), `record ${expect} intact`);
      expect++;
    }
  }
  while (pop(ring) !== null) expect++;
  assertEquals(expect, next, "every record popped once");
  assertEquals(ring.size(), 0);
});

Deno.test("Ring: a consumer made later (a takeover) reads on from the released position", () => {
  const buffer = Ring.create(1024);
  const producer = new Ring(buffer, 100);
  for (let i = 0; i < 5; i++) assert(producer.push(record(8, i), 8));
  const first = new Ring(buffer, 100);
  assertEquals(pop(first), record(8, 0));
  assertEquals(pop(first), record(8, 1));
  const second = new Ring(buffer, 100);
  assertEquals(second.size(), 3);
  assertEquals(pop(second), record(8, 2));
  assertEquals(pop(second), record(8, 3));
  assertEquals(pop(second), record(8, 4));
  assertEquals(pop(second), null);
});

Deno.test("Ring.sleep() resolves when a record is pushed and when stop() is called", async () => {
  // Deno runs the wake-up of Atomics.waitAsync only while its event loop is alive.
  const alive = setInterval(() => {}, 1000);
  const ring = new Ring(Ring.create(1024), 10);
  const woken = ring.sleep(60_000);
  ring.push(record(4, 1), 4);
  assertEquals(await woken, "ok");
  pop(ring);
  const stopped = ring.sleep(60_000);
  ring.stop();
  assertEquals(await stopped, "ok");
  assert(ring.stopping());
  clearInterval(alive);
});

Deno.test("Ring.nap() ends only when a quarter of the records wait, or on stop()", async () => {
  const alive = setInterval(() => {}, 1000);
  const ring = new Ring(Ring.create(4096), 8); // wakes a nap at 8 / 4 = 2 records
  const napped = ring.nap(60_000);
  assert(ring.sleeping());
  ring.push(record(4, 1), 4);
  assert(ring.sleeping(), "one record of eight does not end a nap");
  ring.push(record(4, 2), 4);
  assertEquals(ring.sleeping(), false, "the second record ends it");
  assertEquals(await napped, "ok");
  assertEquals(pop(ring), record(4, 1));
  assertEquals(pop(ring), record(4, 2));
  // A nap announced while a quarter already waits returns at once.
  ring.push(record(4, 3), 4);
  ring.push(record(4, 4), 4);
  await ring.nap(60_000);
  assertEquals(ring.size(), 2);
  pop(ring);
  pop(ring);
  const stopped = ring.nap(60_000);
  ring.stop();
  assertEquals(await stopped, "ok");
  clearInterval(alive);
});

Deno.test("Ring.nap() ends when a quarter of the bytes wait, whatever the record count", async () => {
  const alive = setInterval(() => {}, 1000);
  const ring = new Ring(Ring.create(4096), 1000); // 250 records or 1,024 bytes
  const napped = ring.nap(60_000);
  ring.push(record(500, 1), 500);
  assert(ring.sleeping(), "504 bytes of 4,096");
  ring.push(record(600, 2), 600);
  assertEquals(ring.sleeping(), false, "1,108 bytes end the nap");
  assertEquals(await napped, "ok");
  clearInterval(alive);
});

Deno.test("Ring.claim() starts again at 0 once past twice a claim, so a kept-up ring stays small", () => {
  const ring = new Ring(Ring.create(65536), 1_000_000);
  // A claim reserves 1,004 bytes; a nap wakes at 16,384: the producer restarts past 18,392.
  const maxLen = 1000;
  let highest = 0;
  for (let i = 0; i < 10_000; i++) {
    const at = ring.claim(maxLen);
    assert(at >= 0, "a kept-up ring always has room in place");
    highest = Math.max(highest, at);
    ring.bytes.fill(i & 0xff, at, at + 100);
    ring.commit(at, 100);
    const got = pop(ring);
    assertEquals(got, record(100, i & 0xff), `record ${i} whole and in order`);
  }
  // Past 18,392 bytes the 16th claim at most restarts: 18,392 + 16 records of 104 bytes.
  assert(highest < 18_392 + 16 * 104, `highest offset ${highest} of 65,536`);
});

Deno.test("Ring: a restart behind a lagging consumer keeps every record, ends a nap, and a nap counts real bytes", async () => {
  const alive = setInterval(() => {}, 1000);
  const ring = new Ring(Ring.create(65536), 1_000_000); // a nap wakes at 16,384 bytes
  let next = 0;
  let expect = 0;
  let restarts = 0;
  const put = () => {
    const at = ring.claim(1000);
    if (at >= 0) {
      if (at === 4 && next > 0) restarts++;
      ring.bytes.fill(next & 0xff, at, at + 100);
      ring.commit(at, 100);
    } else assert(ring.push(record(100, next & 0xff), 100));
    next++;
  };
  for (let i = 0; i < 200; i++) put(); // 20,800 bytes: past the restart point (18,392)
  for (let i = 0; i < 190; i++) assertEquals(pop(ring), record(100, expect++ & 0xff));
  const napped = ring.nap(60_000);
  for (let i = 0; i < 16 && restarts === 0; i++) put(); // the next 16th claim restarts at 0
  assertEquals(restarts, 1, "restarted behind 10 waiting records");
  assertEquals(ring.sleeping(), false, "the wrap ends a nap: only [0, TAIL) is free until then");
  assertEquals(await napped, "ok");
  const napped2 = ring.nap(60_000);
  put(); // a few dozen records wait: far below a quarter, whatever the skipped bytes
  assert(ring.sleeping(), "a restart's skipped bytes do not count as backlog");
  ring.stop();
  await napped2;
  while (expect < next) assertEquals(pop(ring), record(100, expect++ & 0xff));
  assertEquals(pop(ring), null);
  clearInterval(alive);
});
