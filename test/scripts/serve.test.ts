import { mkdtempSync, mkdirSync, writeFileSync } from "fs";
import { request, type Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve") as typeof import("../../scripts/serve");

/** The static server npm start and the browser tests use: files under its root, and nothing else. */
let server: Server;
let base: string;
let root: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "serve-test-"));
  root = join(dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "playground.html"), "<!doctype html><title>p</title>");
  writeFileSync(join(root, "launchevent.js"), "var x = 1;");
  writeFileSync(join(root, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(join(dir, "secret.txt"), "not for the web");
  ({ server, url: base } = await serve({ root, port: 0, host: "127.0.0.1" }));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, init?: RequestInit) => fetch(new URL(path, base), { redirect: "manual", ...init });

describe("serve.js", () => {
  it("serves files with their types and no caching", async () => {
    const js = await get("launchevent.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("no-cache");
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await js.text()).toBe("var x = 1;");
    expect((await get("manifest.xml")).headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const head = await get("launchevent.js", { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe("10");
  });

  it("sends / to the playground", async () => {
    const res = await get("/");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/playground.html");
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/assets", "/nothing.js"])("refuses %s", async (path) => {
    const res = await fetch(`${base.replace(/\/$/, "")}${path}`);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain("not for the web");
  });

  it("refuses a raw path that climbs out of the root (no URL normalisation on the way)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL(base), { path: "/../secret.txt", method: "GET" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect([403, 404]).toContain(status);
  });

  it("answers only GET and HEAD", async () => {
    expect((await get("playground.html", { method: "POST" })).status).toBe(405);
  });
});
