import { describe, expect, test } from "vitest";
import { BodyBudget, clientOf } from "../../src/node-body.js";

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
    // d is new: a fair share is 12 / 4 = 3, and a, b and c hold 4 each: the first of them, a, gives.
    const d = bodyOf(budget, "d", true);
    expect(d.take(1)).toBe("taken");
    expect(a2.cuts).toBe(1);
    expect([b.cuts, c.cuts]).toEqual([0, 0]);
  });
});
