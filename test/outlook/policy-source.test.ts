import { defaultPolicy } from "../../src/policy";
import {
  ROAMING_POLICY_LIMIT,
  builtInPolicy,
  loadPolicy,
  policyFromText,
  resetPolicyMemory,
  roamingPolicyCache,
  type FetchLike,
  type PolicyCache,
} from "../../src/outlook/policy-source";

const URL = "https://addins.example.gov.uk/etiquette/policy.json";
const good = (version: string): string => JSON.stringify({ ...JSON.parse(JSON.stringify(defaultPolicy())), version });

const serve = (body: string, status = 200): FetchLike => () => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(body) });
const memoryCache = (initial?: string): PolicyCache & { saved: string[] } => {
  let value = initial;
  const saved: string[] = [];
  return {
    saved,
    load: () => value,
    save: (t) => {
      value = t;
      saved.push(t);
    },
  };
};

beforeEach(() => resetPolicyMemory());

describe("loading the policy beside the add-in", () => {
  it("uses the served policy when it is valid, and keeps it as the last good one", async () => {
    const cache = memoryCache();
    const loaded = await loadPolicy({ url: URL, fetch: serve(good("2025-01")), cache });
    expect(loaded.status).toEqual({ source: "served", council: "Leigh-on-Sea Town Council", version: "2025-01" });
    expect(cache.saved).toHaveLength(1);
    // The same policy again is not saved again.
    await loadPolicy({ url: URL, fetch: serve(good("2025-01")), cache });
    expect(cache.saved).toHaveLength(1);
  });

  it("falls back to the last good policy when the served one is broken, and says why with each problem", async () => {
    const cache = memoryCache(good("2024-09"));
    const broken = JSON.stringify({ ...JSON.parse(good("2025-02")), outlook: { header: "Council-Etiquette" } });
    const loaded = await loadPolicy({ url: URL, fetch: serve(broken), cache });
    expect(loaded.status.source).toBe("last-good");
    expect(loaded.policy.version).toBe("2024-09");
    expect(loaded.status.problem).toMatch(/is not valid, so the last good policy is in use/);
    expect(loaded.status.issues?.[0].path).toBe("outlook.header");
  });

  it("falls back to the built-in policy when there is no last good one", async () => {
    const loaded = await loadPolicy({ url: URL, fetch: serve("{ not json"), cache: memoryCache() });
    expect(loaded.status.source).toBe("built-in");
    expect(loaded.policy).toEqual(builtInPolicy());
    expect(loaded.status.problem).toMatch(/not valid JSON/);
  });

  it("prefers the last good policy held in memory, from earlier in this session", async () => {
    await loadPolicy({ url: URL, fetch: serve(good("2025-03")) });
    const loaded = await loadPolicy({ url: URL, fetch: serve("{}") });
    expect(loaded.status.source).toBe("last-good");
    expect(loaded.policy.version).toBe("2025-03");
  });

  it("says so when the policy cannot be fetched (HTTP error or network)", async () => {
    const http = await loadPolicy({ url: URL, fetch: serve("", 404) });
    expect(http.status.problem).toMatch(/could not be fetched \(the server answered 404\)/);
    const network = await loadPolicy({ url: URL, fetch: () => Promise.reject(new Error("offline")) });
    expect(network.status.problem).toMatch(/offline/);
    const thrown = await loadPolicy({
      url: URL,
      fetch: () => {
        throw new Error("absolute URLs only");
      },
    });
    expect(thrown.status.source).toBe("built-in");
  });

  it("gives up on a slow server after its timeout", async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const pending = loadPolicy({
      url: URL,
      fetch: () => new Promise(() => undefined),
      timeoutMs: 1500,
      timers: { setTimeout: (fn, ms) => timers.push({ fn, ms }), clearTimeout: () => undefined },
    });
    expect(timers[0].ms).toBe(1500);
    timers[0].fn();
    const loaded = await pending;
    expect(loaded.status.source).toBe("built-in");
    expect(loaded.status.problem).toMatch(/took longer than 1500 ms/);
  });

  it("uses the built-in policy, reporting no problem, when there is nothing to fetch", async () => {
    const loaded = await loadPolicy({});
    expect(loaded.status).toEqual({ source: "built-in", council: "Leigh-on-Sea Town Council", version: defaultPolicy().version });
  });

  it("reads a policy handed over in sessionData, or refuses it", () => {
    const loaded = policyFromText(good("2025-04"), JSON.stringify({ source: "last-good", problem: "served file broken" }));
    expect(loaded?.status).toMatchObject({ source: "session", version: "2025-04", problem: "served file broken" });
    expect(policyFromText("{}")).toBeNull();
    expect(policyFromText(undefined)).toBeNull();
    expect(policyFromText(good("x"), "{oops")?.status.problem).toBeUndefined();
  });

  it("keeps the last good policy in roaming settings, when small enough", () => {
    const store: Record<string, unknown> = {};
    let saves = 0;
    const cache = roamingPolicyCache({ get: (k) => store[k], set: (k, v) => (store[k] = v), saveAsync: () => saves++ })!;
    cache.save("{\"a\":1}");
    expect(cache.load()).toBe("{\"a\":1}");
    expect(saves).toBe(1);
    cache.save("x".repeat(ROAMING_POLICY_LIMIT + 1));
    expect(cache.load()).toBe("{\"a\":1}");
    expect(roamingPolicyCache(null)).toBeUndefined();
  });
});
