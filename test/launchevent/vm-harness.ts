import vm from "vm";
import type { Timers } from "../../src/outlook/timers";

/**
 * Run the built on-send file the way classic Outlook's JavaScript-only runtime would: in a fresh
 * realm holding only the ECMAScript built-ins, plus an `Office` (and, when a test asks for them,
 * the timers every Outlook runtime has). No window, document, console, fetch, require or process.
 */
export interface BundleRun {
  context: vm.Context;
  /** The handlers the file registered with `Office.actions.associate`, by name. */
  associated: Record<string, (event: unknown) => void>;
}

/**
 * Built-ins newer than ECMAScript 2016, deleted from the realm by {@link es2016Realm}. What cannot
 * be deleted (syntax, `\p{…}` in regexps) the acorn parse at ecmaVersion 2016 covers instead.
 */
export const NEWER_THAN_ES2016 = {
  Object: ["entries", "values", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"],
  "String.prototype": ["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "at", "isWellFormed", "toWellFormed"],
  "Array.prototype": ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"],
  "Promise.prototype": ["finally"],
  Promise: ["allSettled", "any", "withResolvers"],
  Map: ["groupBy"],
  "Symbol.prototype": ["description"],
  globalThis: ["globalThis", "BigInt", "BigInt64Array", "BigUint64Array", "WeakRef", "FinalizationRegistry", "AggregateError", "Iterator"],
};

function es2016Realm(context: vm.Context): void {
  vm.runInContext(
    `(function (list) {
      var g = (function () { return this; })();
      Object.keys(list).forEach(function (path) {
        var target = path === "globalThis" ? g : path.split(".").reduce(function (o, k) { return o[k]; }, g);
        list[path].forEach(function (name) { delete target[name]; });
      });
    })(${JSON.stringify(NEWER_THAN_ES2016)});`,
    context,
  );
}

export interface RunOptions {
  office: unknown;
  timers?: Timers;
  /** Delete every built-in newer than ES2016 first, as in classic Outlook before Version 2403. */
  es2016?: boolean;
}

export function runBundle(code: string, options: RunOptions): BundleRun {
  const context = vm.createContext({});
  if (options.es2016) es2016Realm(context);
  const associated: Record<string, (event: unknown) => void> = {};
  const office = options.office as { actions: { associate(name: string, fn: (event: unknown) => void): void } };
  const associate = office.actions.associate.bind(office.actions);
  office.actions.associate = (name, fn) => {
    associated[name] = fn;
    associate(name, fn);
  };
  context.Office = office;
  if (options.timers) {
    context.setTimeout = options.timers.setTimeout;
    context.clearTimeout = options.timers.clearTimeout;
  }
  vm.runInContext(code, context, { filename: "launchevent.js" });
  return { context, associated };
}

/** `typeof` of each name, evaluated inside the context. */
export function typeofIn(context: vm.Context, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) out[name] = vm.runInContext(`typeof ${name}`, context) as string;
  return out;
}
