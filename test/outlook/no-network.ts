import http from "http";
import https from "https";
import net from "net";

/**
 * Refuse every network connection from this test process and remember the attempts.
 * office-addin-mock depends on office-addin-manifest, which depends on office-addin-usage-data,
 * Microsoft's telemetry package. The version installed (3.x) has its reporting removed (every
 * method is a no-op and `isUsageDataOn()` is false), and older versions honoured
 * `npx office-addin-usage-data off`; this guard makes sure regardless: a test that sent anything
 * would fail, not phone home.
 */
export const networkAttempts: string[] = [];

let installed = false;
export function blockNetwork(): void {
  if (installed) return;
  installed = true;
  const refusal = (what: string): Error => {
    networkAttempts.push(what);
    return new Error(`network access refused in tests: ${what}`);
  };
  const refuse = (what: string): never => {
    throw refusal(what);
  };
  // Node's own modules are shared by every test file a Jest worker runs: put them back after
  // this file, so later files keep their localhost servers.
  const originals = { connect: net.Socket.prototype.connect, httpRequest: http.request, httpsRequest: https.request, httpGet: http.get, httpsGet: https.get, fetch: globalThis.fetch };
  afterAll(() => {
    net.Socket.prototype.connect = originals.connect;
    http.request = originals.httpRequest;
    https.request = originals.httpsRequest;
    http.get = originals.httpGet;
    https.get = originals.httpsGet;
    if (originals.fetch) globalThis.fetch = originals.fetch;
  });
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const target = args[0];
    // Jest's own workers talk over pipes (paths), never TCP hosts: only refuse host connections.
    if (target && typeof target === "object" && "path" in (target as object)) return connect.apply(this, args as never);
    return refuse(`net.connect ${JSON.stringify(target)}`);
  } as typeof net.Socket.prototype.connect;
  http.request = ((...args: unknown[]) => refuse(`http.request ${String(args[0])}`)) as typeof http.request;
  https.request = ((...args: unknown[]) => refuse(`https.request ${String(args[0])}`)) as typeof https.request;
  http.get = ((...args: unknown[]) => refuse(`http.get ${String(args[0])}`)) as typeof http.get;
  https.get = ((...args: unknown[]) => refuse(`https.get ${String(args[0])}`)) as typeof https.get;
  if (typeof globalThis.fetch === "function") {
    globalThis.fetch = ((input: unknown) => Promise.reject(refusal(`fetch ${String(input)}`))) as typeof fetch;
  }
}
