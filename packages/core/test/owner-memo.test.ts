// The per-pathway memo the engine keeps what follows from a pathway alone in: an id the pathway
// does not know (a goal or a request from outside) must not stay in it, or a long-running server
// would grow with every such request.
import { describe, expect, it } from "vitest";
import { memoPerOwner } from "../src/internal/owner-memo.js";

describe("memoPerOwner", () => {
  const owner = { ids: new Set(["a", "b"]) };

  it("works an id out once per owner and hands back the same value", () => {
    let calls = 0;
    const memo = memoPerOwner((o: typeof owner, id: string) => ({
      id,
      size: o.ids.size,
      n: ++calls,
    }));
    const first = memo(owner, "a");
    expect(memo(owner, "a")).toBe(first);
    expect(calls).toBe(1);
    // Another owner has its own entries.
    expect(memo({ ids: new Set() }, "a")).not.toBe(first);
    expect(calls).toBe(2);
  });

  it("keeps only the ids `known` accepts, and works the others out every time", () => {
    let calls = 0;
    const memo = memoPerOwner(
      (_o: typeof owner, id: string) => ({ id, n: ++calls }),
      (o, id) => o.ids.has(id),
    );
    const known = memo(owner, "b");
    expect(memo(owner, "b")).toBe(known);
    const strangers = Array.from({ length: 1000 }, (_, i) => memo(owner, `x${i}`));
    expect(calls).toBe(1001);
    // Asked again, a stranger is worked out again: it was never kept.
    expect(memo(owner, "x0")).not.toBe(strangers[0]);
    expect(memo(owner, "x0")).toEqual({ id: "x0", n: 1003 });
  });
});
