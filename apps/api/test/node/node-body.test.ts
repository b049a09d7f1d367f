import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DEFAULT_BODY_PACE } from "../../src/body-pace.js";
import { BodyBudget, clientOf, type RefusedBody, readBody } from "../../src/node-body.js";

describe("clientOf: whose share of the body budget a connection takes", () => {
  test("an IPv4 address is its own client, mapped into IPv6 or not", () => {
    expect(clientOf("192.0.2.7")).toBe("192.0.2.7");
    expect(clientOf("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientOf("::FFFF:192.0.2.7")).toBe("192.0.2.7");
  });

  test("IPv6 addresses of one /64 are one client, however they are written", () => {
    const network = "2001:db8:0:1::/64";
    expect(clientOf("2001:db8:0:1::1")).toBe(network);
    expect(clientOf("2001:0db8:0000:0001:ffff:ffff:ffff:ffff")).toBe(network);
    expect(clientOf("2001:db8::1:0:0:0:9")).toBe(network);
    expect(clientOf("2001:db8:0:2::1")).toBe("2001:db8:0:2::/64");
    expect(clientOf("::1")).toBe("0:0:0:0::/64");
    expect(clientOf("fe80::1")).toBe("fe80:0:0:0::/64");
  });

  test("a socket without an address (closed) is the empty client", () => {
    expect(clientOf(undefined)).toBe("");
  });
});

describe("BodyBudget", () => {
  /** A body of `client` as `readBody` makes it: it holds what it took, and a cut gives it all back. */
  function bodyOf(budget: BodyBudget, client: string, reading = false) {
    const body = {
      client,
      taken: 0,
      cuts: 0,
      take(bytes: number) {
        const took = budget.take(bytes, body);
        if (took === "taken") body.taken += bytes;
        return took;
      },
      cut() {
        body.cuts++;
        budget.give(body.taken, client);
        body.taken = 0;
        budget.done(body);
      },
    };
    if (reading) budget.reads(body);
    return body;
  }

  test("takes from the whole budget and the client's share, and gives back to both", () => {
    const budget = new BodyBudget(10, 6);
    const [a, b, c] = ["a", "b", "c"].map((client) => bodyOf(budget, client));
    expect(a!.take(6)).toBe("taken");
    expect(a!.take(1)).toBe("client-full");
    expect(b!.take(4)).toBe("taken");
    // Full, and a and b hold bodies already read (none is being read): nothing to cut.
    expect(c!.take(1)).toBe("full");
    budget.give(6, "a");
    expect(bodyOf(budget, "a").take(6)).toBe("taken");
    budget.give(2, "b");
    expect(c!.take(2)).toBe("taken");
    expect(c!.take(1)).toBe("full");
  });

  test("a client under its fair share cuts the largest body being read of the client holding the most", () => {
    const budget = new BodyBudget(12, 8);
    const a1 = bodyOf(budget, "a", true);
    const a2 = bodyOf(budget, "a", true);
    const b = bodyOf(budget, "b", true);
    expect(a1.take(5)).toBe("taken");
    expect(a2.take(3)).toBe("taken");
    expect(b.take(4)).toBe("taken");
    // c is new: a fair share is 12 / 3 = 4; a holds 8, so its larger body goes.
    const c = bodyOf(budget, "c", true);
    expect(c.take(2)).toBe("taken");
    expect([a1.cuts, a2.cuts, b.cuts]).toEqual([1, 0, 0]);
    // Room is left now (9 of 12 held): no cut.
    expect(c.take(2)).toBe("taken");
    expect(a2.take(1)).toBe("taken");
    // c would hold 5, over the fair 4: refused, nothing cut.
    expect(c.take(1)).toBe("full");
    // d is new: a fair share is 12 / 4 = 3, and a, b and c hold 4 each: one of them gives its body.
    const d = bodyOf(budget, "d", true);
    expect(d.take(1)).toBe("taken");
    expect(a2.cuts + b.cuts + c.cuts).toBe(1);
    // A client with no body being read is passed over: e holds the most, but read whole.
    const quiet = new BodyBudget(10, 10);
    const e = bodyOf(quiet, "e");
    const f = bodyOf(quiet, "f", true);
    expect(e.take(7)).toBe("taken");
    expect(f.take(3)).toBe("taken");
    // g is new (fair 10 / 3): e is over it but has nothing being read, f is not over it.
    expect(bodyOf(quiet, "g", true).take(1)).toBe("full");
    expect([e.cuts, f.cuts]).toEqual([0, 0]);
    // Once f holds more than the fair share (9 of 10, fair 5), its larger body is the one cut.
    quiet.give(7, "e");
    const f2 = bodyOf(quiet, "f", true);
    expect(f2.take(6)).toBe("taken");
    expect(bodyOf(quiet, "g", true).take(2)).toBe("taken");
    expect([f.cuts, f2.cuts]).toEqual([0, 1]);
  });

  test("never over the budget, and a client under its fair share is refused only when no client over it has a body being read", () => {
    // Takes mostly, so that the budget is often full.
    const operation = fc.oneof(
      {
        arbitrary: fc.record({
          kind: fc.constant("take" as const),
          body: fc.nat(11),
          bytes: fc.integer({ min: 1, max: 7 }),
        }),
        weight: 8,
      },
      { arbitrary: fc.record({ kind: fc.constant("finish" as const), body: fc.nat(11) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant("answer" as const), body: fc.nat(11) }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (operations) => {
        const capacity = 24;
        const budget = new BodyBudget(capacity, 12);
        // Twelve bodies of four clients, each read, then read whole (`finish`), then answered.
        const bodies = Array.from({ length: 12 }, (_, i) =>
          Object.assign(bodyOf(budget, `client${i % 4}`, true), {
            state: "reading" as "reading" | "read" | "answered",
          }),
        );
        const holding = () => {
          const by = new Map<string, number>();
          for (const body of bodies) by.set(body.client, (by.get(body.client) ?? 0) + body.taken);
          return by;
        };
        const cuts = () => bodies.reduce((sum, other) => sum + other.cuts, 0);
        for (const step of operations) {
          const body = bodies[step.body]!;
          // A body cut is answered: it takes nothing more.
          if (body.cuts > 0) continue;
          if (step.kind === "take" && body.state === "reading") {
            const before = holding();
            const heldBefore = bodies.reduce((sum, other) => sum + other.taken, 0);
            const cutsBefore = cuts();
            const mine = before.get(body.client) ?? 0;
            const clients = [...before].filter(([, bytes]) => bytes > 0).map(([client]) => client);
            const fair = capacity / (clients.length + (clients.includes(body.client) ? 0 : 1));
            const cuttable = bodies.some(
              (other) =>
                other.client !== body.client &&
                other.state === "reading" &&
                other.cuts === 0 &&
                other.taken > 0 &&
                (before.get(other.client) ?? 0) > fair,
            );
            const cutBefore = bodies.map((other) => other.cuts);
            const took = body.take(step.bytes);
            if (took === "full") expect(mine + step.bytes > fair || !cuttable).toBe(true);
            // Only a body being read of another client over the fair share is ever cut.
            bodies.forEach((other, i) => {
              if (other.cuts > cutBefore[i]!) {
                expect(other.client).not.toBe(body.client);
                expect(before.get(other.client)!).toBeGreaterThan(fair);
              }
            });
            // Taken past a full budget only by cutting; within it, nothing is cut.
            if (took === "taken") expect(cuts() > cutsBefore).toBe(heldBefore + step.bytes > capacity);
          } else if (step.kind === "finish" && body.state === "reading") {
            body.state = "read";
            budget.done(body);
          } else if (step.kind === "answer" && body.state !== "answered") {
            if (body.state === "reading") budget.done(body);
            body.state = "answered";
            budget.give(body.taken, body.client);
            body.taken = 0;
          }
          expect(bodies.reduce((sum, other) => sum + other.taken, 0)).toBeLessThanOrEqual(capacity);
          for (const bytes of holding().values()) expect(bytes).toBeLessThanOrEqual(12);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("readBody: a body whose framing is not whole", () => {
  /**
   * A request as Node hands it over: `complete` is Node's own flag, true once the message's framing (its
   * `Content-Length` or its last chunk) was read. The events are what Node emits when the connection ends or fails
   * mid-body (its parser then answers the client 400 itself, `client-error.ts`).
   */
  function request() {
    const incoming = Object.assign(new EventEmitter(), {
      method: "POST",
      headers: { "transfer-encoding": "chunked" },
      socket: { remoteAddress: "192.0.2.1", destroySoon() {} },
      complete: false,
    }) as unknown as IncomingMessage & RefusedBody & { rawBody?: Buffer };
    const outgoing = Object.assign(new EventEmitter(), {
      shouldKeepAlive: true,
    }) as unknown as ServerResponse;
    const budget = new BodyBudget(1 << 20, 1 << 20);
    const read = readBody(incoming, outgoing, 1 << 16, budget, DEFAULT_BODY_PACE);
    return { incoming, outgoing, budget, read };
  }

  for (const ending of ["error", "close"] as const) {
    test(`a connection that ${ending === "error" ? "fails" : "closes"} mid-body: refused cut-short, no part handed to the app, its bytes given back`, async () => {
      const { incoming, outgoing, budget, read } = request();
      const part = Buffer.from("中国太保公告\n\n中国太保保费");
      incoming.emit("data", part);
      incoming.emit(ending, ending === "error" ? new Error("aborted") : undefined);
      await read;
      expect([incoming.bodyRefused, incoming.bodyReceived, incoming.rawBody]).toEqual([
        "cut-short",
        part.length,
        undefined,
      ]);
      expect(outgoing.shouldKeepAlive).toBe(false);
      expect(budget.take(1 << 20, { client: "::ffff:192.0.2.1/128", taken: 0, cut() {} })).toBe("taken");
    });
  }

  test("a whole body (its framing read, then the connection closed): handed to the app as it came", async () => {
    const { incoming, read } = request();
    incoming.emit("data", Buffer.from("中国太保公告"));
    (incoming as { complete: boolean }).complete = true;
    incoming.emit("end");
    incoming.emit("close");
    await read;
    expect([incoming.bodyRefused, incoming.rawBody?.toString("utf8")]).toEqual([undefined, "中国太保公告"]);
  });
});
