import type { z } from "zod";
import { parsePolicy, policySchema, type Policy } from "../../policy";
import { policyJsonSchema, schemaAt, type JsonSchema } from "./json-schema";
import { formatPath, jsonPlaces, placeFor, placeOf, type Place } from "./locate";

/** One thing wrong with a policy file: where, what, and how to put it right. */
export interface PolicyProblem {
  /** The path in the file, e.g. `rules.reply-all.severity` ("" for the whole file). */
  path: string;
  place?: Place;
  problem: string;
  fix: string;
}

export type PolicyCheck = { ok: true; policy: Policy; input: unknown } | { ok: false; problems: PolicyProblem[] };

/** What to write where a required value is missing: a sensible example per path. */
const EXAMPLES: Record<string, string> = {
  version: '"version": "2025-01"',
  council: '"council": { "name": "Example Town Council", "domains": ["exampletowncouncil.gov.uk"] }',
  "council.name": '"name": "Example Town Council"',
  "council.domains": '"domains": ["exampletowncouncil.gov.uk"]',
  document: '"document": { "title": "Email Policy" }',
  "document.title": '"title": "Email Policy"',
  councillors: '"councillors": { "patterns": ["cllr.*@exampletowncouncil.gov.uk"] }',
  signatures: '"signatures": { "officer": { "lines": ["{name}", "{jobTitle}", "Example Town Council"] }, "councillor": { "lines": ["Cllr {name}", "Example Town Council"] } }',
  "signatures.officer": '"officer": { "lines": ["{name}", "{jobTitle}", "Example Town Council"] }',
  "signatures.councillor": '"councillor": { "lines": ["Cllr {name}", "Example Town Council"] }',
  waiver: '"waiver": { "text": "This email and any attachments are intended only for the named recipient…" }',
  "waiver.text": '"text": "This email and any attachments are intended only for the named recipient…"',
  "document.adopted": '"adopted": "May 2021"',
};

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest of the candidates, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const a = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function show(value: unknown): string {
  const s = JSON.stringify(value);
  if (s === undefined) return String(value);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v == null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, schema: JsonSchema): { problem: string; fix: string; key?: string }[] {
  const path = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const node = schemaAt(schema, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) {
        const example = EXAMPLES[path];
        return [{ problem: `"${path}" is missing.`, fix: example ? `Add ${example}.` : `Add "${String(issue.path[issue.path.length - 1])}" (${issue.expected}).` }];
      }
      const expected = issue.expected === "array" ? "a list in [ ]" : issue.expected === "object" ? "an object in { }" : `a ${issue.expected}`;
      return [{ problem: `${show(value)} is not ${expected}.`, fix: `Change it to ${expected}${issue.expected === "string" ? ' in double quotes, e.g. "…"' : ""}.` }];
    }
    case "unrecognized_keys": {
      const allowed = Object.keys(node?.properties ?? {});
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        const list = allowed.length ? ` Allowed here: ${allowed.join(", ")}.` : "";
        return {
          key,
          problem: `"${key}" is not a setting ${path ? `in "${path}"` : "at the top level"}.`,
          fix: guess ? `Did you mean "${guess}"? Rename it.${list}` : `Remove it, or check its spelling.${list}`,
        };
      });
    }
    case "invalid_value":
      return [{ problem: `${show(value)} is not allowed here.`, fix: `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.` }];
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array") return [{ problem: `The list needs at least ${a(min, "entry", "entries")}.`, fix: `Add ${min === 1 ? "an entry" : "entries"} to the list.` }];
      if (issue.origin === "string") return [{ problem: min <= 1 ? "It is empty." : `It is shorter than ${min} characters.`, fix: min <= 1 ? "Write a value, or remove the setting if it is optional." : `Write at least ${min} characters.` }];
      return [{ problem: `${show(value)} is too small.`, fix: `Use ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}.` }];
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return [{ problem: `The list has more than ${a(max, "entry", "entries")}.`, fix: `Keep at most ${max}.` }];
      if (issue.origin === "string") return [{ problem: `It is longer than ${max} characters.`, fix: `Shorten it to ${max} characters or fewer.` }];
      return [{ problem: `${show(value)} is too large.`, fix: `Use ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}.` }];
    }
    case "invalid_format":
      return [
        {
          problem: `${show(value)} ${issue.message.startsWith("must") ? issue.message : `is not valid: ${issue.message}`}.`,
          fix: issue.message.startsWith("must be ") ? `Change it to ${issue.message.slice("must be ".length)}.` : "Correct the value.",
        },
      ];
    default:
      return [{ problem: `${value === undefined ? "" : show(value) + ": "}${issue.message}.`, fix: node?.description ? `Expected: ${node.description}.` : "Correct the value." }];
  }
}

/** A JSON syntax error's offset, from Node's message ("… in JSON at position 42"). */
function jsonErrorOffset(message: string, text: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split("\n");
    return lines.slice(0, Number(lc[1]) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1;
  }
  if (/end of (JSON|data) input/i.test(message)) return text.length;
  return undefined;
}

function syntaxFix(text: string, offset: number | undefined): string {
  const before = text.slice(0, offset ?? 0).trimEnd();
  const at = text.slice(offset ?? 0).trimStart();
  if (/\/\/|\/\*/.test(text.slice(Math.max(0, (offset ?? 0) - 2), (offset ?? 0) + 2))) return "JSON does not allow comments: remove them.";
  if (before.endsWith(",") && /^[}\]]/.test(at)) return "Remove the comma after the last item: JSON does not allow a trailing comma.";
  if (at.startsWith("'")) return "Use double quotes (\") for names and text: JSON does not allow single quotes.";
  if (offset !== undefined && offset >= text.trimEnd().length) return "The file ends too soon: a closing } or ] or quote is missing.";
  if (/^[A-Za-z_$]/.test(at) && /[{,]$/.test(before)) return 'Put the setting\'s name in double quotes, e.g. "name": "…".';
  return "Check the punctuation here: a missing comma, quote or bracket is the usual cause.";
}

/**
 * Read a policy file's text with errors people can act on: each problem with its path, its
 * line and column, and the fix. Never throws.
 */
export function checkPolicyText(rawText: string): PolicyCheck {
  const text = rawText.replace(/^\ufeff/, "");
  if (text.trim() === "") return { ok: false, problems: [{ path: "", problem: "The file is empty.", fix: "Run `etiquette policy init` to write a policy, or copy the built-in one with `etiquette policy show --format json`." }] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(message, text);
    return {
      ok: false,
      problems: [{ path: "", place: offset === undefined ? undefined : placeOf(text, offset), problem: `The file is not valid JSON: ${message.replace(/ in JSON at position \d+.*$| \(line \d+ column \d+\)/, "").replace(/\.$/, "")}.`, fix: syntaxFix(text, offset) }],
    };
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, problems: [{ path: "", place: { line: 1, column: 1 }, problem: "The policy must be a JSON object in { }.", fix: "Start the file with { and end it with }, with the settings between." }] };
  }
  const result = policySchema.safeParse(input);
  if (!result.success) {
    const schema = policyJsonSchema();
    const places = jsonPlaces(text);
    const problems: PolicyProblem[] = [];
    for (const issue of result.error.issues) {
      for (const d of describeIssue(issue, input, schema)) {
        problems.push({ path: formatPath(d.key ? [...issue.path, d.key] : issue.path), place: placeFor(places, issue.path, text, d.key), problem: d.problem, fix: d.fix });
      }
    }
    problems.sort((x, y) => (x.place?.line ?? 0) - (y.place?.line ?? 0) || (x.place?.column ?? 0) - (y.place?.column ?? 0));
    return { ok: false, problems };
  }
  // The engine's own reader is what the add-in uses: agree with it.
  const parsed = parsePolicy(input);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((i) => ({ path: i.path, problem: i.message, fix: "Correct the value." })) };
  return { ok: true, policy: parsed.policy, input };
}

/** Problems as lines of text: `file:line:col  path  problem` then the fix, indented. */
export function formatProblems(file: string, problems: readonly PolicyProblem[]): string {
  return problems
    .map((p) => {
      const where = p.place ? `${file}:${p.place.line}:${p.place.column}` : file;
      return `${where}${p.path ? `  ${p.path}` : ""}\n  ${p.problem}\n  Fix: ${p.fix}\n`;
    })
    .join("");
}
