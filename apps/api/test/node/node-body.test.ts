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
  test("takes from the whole budget and the client's share, and gives back to both", () => {
    const budget = new BodyBudget(10, 6);
    expect(budget.take(6, "a")).toBe("taken");
    expect(budget.take(1, "a")).toBe("client-full");
    expect(budget.take(4, "b")).toBe("taken");
    expect(budget.take(1, "c")).toBe("full");
    budget.give(6, "a");
    expect(budget.take(6, "a")).toBe("taken");
    budget.give(2, "b");
    expect(budget.take(2, "c")).toBe("taken");
    expect(budget.take(1, "c")).toBe("full");
  });
});
