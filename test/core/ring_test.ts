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
  assertEquals(Atomics.load(ring.ctl, 2), 0, "no bytes left in use");
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
