/**
 * The later built-ins the on-send bundle uses, for runtimes that stop at ECMAScript 2016 (classic
 * Outlook on Windows before Version 2403). esbuild lowers syntax only; its own helpers and our
 * dependencies still call ES2017+ functions, and zod touches `globalThis` and `BigInt` when it
 * loads, so without these the file fails before any handler is registered.
 *
 * Each is installed only where missing, non-enumerable, and small: just what the engine and its
 * libraries call. The vm tests run the bundle in a realm with all of these deleted.
 */

type AnyFn = (...args: never[]) => unknown;

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

/** The global object, found without `globalThis` (ES2020) and without assuming a browser. */
function findGlobal(): Record<string, unknown> {
  if (typeof globalThis !== "undefined") return globalThis as unknown as Record<string, unknown>;
  if (typeof self !== "undefined") return self as unknown as Record<string, unknown>;
  if (typeof window !== "undefined") return window as unknown as Record<string, unknown>;
  if (typeof global !== "undefined") return global as unknown as Record<string, unknown>;
  // Only reached in a bare ECMAScript runtime (classic Outlook's), where no CSP applies.
  return Function("return this")() as Record<string, unknown>;
}

const g = findGlobal();
define(g, "globalThis", g);

// zod builds BigInt constants at load for schemas we never use; a stand-in lets it load. Where
// BigInt is missing nothing in this add-in can produce one, so the constants are never compared.
if (typeof g.BigInt === "undefined") define(g, "BigInt", (value: unknown) => Number(value));

// Not ECMAScript at all but a web API: htmlparser2's entity tables are base64, decoded at load
// with `atob` (or Node's Buffer). A bare runtime has neither.
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
if (typeof g.atob !== "function") {
  define(g, "atob", (input: string) => {
    const s = String(input).replace(/[\t\n\f\r ]+/g, "").replace(/={1,2}$/, "");
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw new Error("atob: the string is not valid base64");
    let out = "";
    let bits = 0;
    let buffer = 0;
    for (let i = 0; i < s.length; i++) {
      buffer = (buffer << 6) | BASE64.indexOf(s.charAt(i));
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  });
}

const hasOwn = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);

// ES2017
define(Object, "values", (o: Record<string, unknown>) => Object.keys(o).map((k) => o[k]));
define(Object, "entries", (o: Record<string, unknown>) => Object.keys(o).map((k) => [k, o[k]]));
define(Object, "getOwnPropertyDescriptors", (o: object) => {
  const out: Record<PropertyKey, PropertyDescriptor> = {};
  const keys: PropertyKey[] = (Object.getOwnPropertyNames(o) as PropertyKey[]).concat(Object.getOwnPropertySymbols(o));
  for (const k of keys) out[k as string] = Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor;
  return out;
});
function pad(this: string, length: number, fill: unknown, atStart: boolean): string {
  const s = String(this);
  const filler = fill === undefined ? " " : String(fill);
  if (s.length >= length || filler === "") return s;
  let add = "";
  while (add.length < length - s.length) add += filler;
  add = add.slice(0, length - s.length);
  return atStart ? add + s : s + add;
}
define(String.prototype, "padStart", function (this: string, length: number, fill?: string) {
  return pad.call(this, length, fill, true);
});
define(String.prototype, "padEnd", function (this: string, length: number, fill?: string) {
  return pad.call(this, length, fill, false);
});

// ES2018
define(Promise.prototype, "finally", function (this: Promise<unknown>, fn: () => unknown) {
  const run = typeof fn === "function" ? fn : () => undefined;
  return this.then(
    (v) => Promise.resolve(run()).then(() => v),
    (e) =>
      Promise.resolve(run()).then(() => {
        throw e;
      }),
  );
});

// ES2019
define(Object, "fromEntries", (entries: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of Array.from(entries)) out[k as string] = v;
  return out;
});
define(String.prototype, "trimStart", function (this: string) {
  return String(this).replace(/^[\s\uFEFF\xA0]+/, "");
});
define(String.prototype, "trimEnd", function (this: string) {
  return String(this).replace(/[\s\uFEFF\xA0]+$/, "");
});
function flatten(list: unknown[], depth: number, out: unknown[]): unknown[] {
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue;
    const v = list[i];
    if (depth > 0 && Array.isArray(v)) flatten(v, depth - 1, out);
    else out.push(v);
  }
  return out;
}
define(Array.prototype, "flat", function (this: unknown[], depth?: number) {
  return flatten(this, depth === undefined ? 1 : Number(depth) || 0, []);
});
define(Array.prototype, "flatMap", function (this: unknown[], fn: AnyFn, thisArg?: unknown) {
  return flatten(this.map(fn as unknown as (v: unknown, i: number, a: unknown[]) => unknown, thisArg), 1, []);
});
if (typeof Symbol === "function" && !("description" in Symbol.prototype)) {
  Object.defineProperty(Symbol.prototype, "description", {
    configurable: true,
    get(this: symbol) {
      const m = /^Symbol\(([\s\S]*)\)$/.exec(this.toString());
      return m ? m[1] : undefined;
    },
  });
}

// ES2020
define(Promise, "allSettled", (items: Iterable<unknown>) =>
  Promise.all(
    Array.from(items).map((p) =>
      Promise.resolve(p).then(
        (value) => ({ status: "fulfilled", value }),
        (reason: unknown) => ({ status: "rejected", reason }),
      ),
    ),
  ),
);

// ES2021–ES2023
define(String.prototype, "replaceAll", function (this: string, search: string | RegExp, replacement: string) {
  if (search instanceof RegExp) {
    if (!search.global) throw new TypeError("replaceAll must be called with a global RegExp");
    return String(this).replace(search, replacement);
  }
  return String(this).split(String(search)).join(String(replacement));
});
function at(this: ArrayLike<unknown>, index: number): unknown {
  const n = Math.trunc(Number(index)) || 0;
  const i = n < 0 ? this.length + n : n;
  return i < 0 || i >= this.length ? undefined : this[i];
}
define(Array.prototype, "at", at);
define(String.prototype, "at", function (this: string, index: number) {
  return at.call(String(this), index);
});
define(Object, "hasOwn", hasOwn);
define(Array.prototype, "findLast", function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (fn.call(thisArg, this[i], i, this)) return this[i];
  return undefined;
});
define(Array.prototype, "findLastIndex", function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (fn.call(thisArg, this[i], i, this)) return i;
  return -1;
});

export {};
