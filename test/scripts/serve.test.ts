import { mkdtempSync, mkdirSync, writeFileSync } from "fs";
import type { IncomingMessage, ServerResponse } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { Writable } from "stream";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handle } = require("../../scripts/serve") as typeof import("../../scripts/serve");

/**
 * The static server npm start and the browser tests use: files under its root, and nothing else.
 * Requests go straight to its handler (no sockets), with the raw paths a client could send.
 */
let root: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "serve-test-"));
  root = join(dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "playground.html"), "<!doctype html><title>p</title>");
  writeFileSync(join(root, "launchevent.js"), "var x = 1;");
  writeFileSync(join(root, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(join(dir, "secret.txt"), "not for the web");
});

interface Reply {
  status: number;
  headers: Record<string, string | number>;
  body: string;
}

function request(url: string, method = "GET"): Promise<Reply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const reply: Reply = { status: 0, headers: {}, body: "" };
    const res = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }) as Writable & Partial<ServerResponse>;
    res.writeHead = ((status: number, headers?: Record<string, string | number>) => {
      reply.status = status;
      for (const [k, v] of Object.entries(headers ?? {})) reply.headers[k.toLowerCase()] = v;
      return res;
    }) as never;
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk));
      return end();
    }) as never;
    res.on("finish", () => resolve({ ...reply, body: Buffer.concat(chunks).toString("utf8") }));
    handle(root, { url, method } as IncomingMessage, res as ServerResponse, "playground.html");
  });
}

describe("serve.js", () => {
  it("serves files with their types, and tells browsers not to cache or sniff", async () => {
    const js = await request("/launchevent.js");
    expect(js).toMatchObject({ status: 200, body: "var x = 1;" });
    expect(js.headers).toMatchObject({ "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache", "x-content-type-options": "nosniff", "content-length": 10 });
    expect((await request("/manifest.xml")).headers["content-type"]).toBe("application/xml; charset=utf-8");
    expect(await request("/launchevent.js?v=2", "HEAD")).toMatchObject({ status: 200, body: "" });
  });

  it("sends / to the playground", async () => {
    expect(await request("/")).toMatchObject({ status: 302, headers: { location: "/playground.html" } });
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/assets/../../secret.txt", "/assets", "/nothing.js", "/%zz"])(
    "refuses %s",
    async (path) => {
      const reply = await request(path);
      expect([400, 403, 404]).toContain(reply.status);
      expect(reply.body).not.toContain("not for the web");
    },
  );

  it("answers only GET and HEAD", async () => {
    expect((await request("/playground.html", "POST")).status).toBe(405);
  });
});
