import { promises as fs } from "fs";
import { dirname, relative, resolve, sep } from "path";
import { rules } from "../../engine/rules";
import type { Policy } from "../../policy";
import { EXIT, UsageError } from "../errors";
import { paint, terminalSafe, useColour, write, type CliIO, type Paint } from "../io";
import { checkPolicyText, formatProblems } from "../policy/explain";
import { policyJsonSchemaText, SCHEMA_PATH } from "../policy/json-schema";
import { describePolicy, loadPolicy } from "../policy/load";
import { LineReader } from "../prompt";

/** `etiquette policy validate FILE` */
export async function runValidate(file: string, options: { format: "text" | "json"; color?: boolean }, io: CliIO): Promise<number> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `No such file: ${file}` : code === "EISDIR" ? `${file} is a folder: give the policy file itself.` : `Cannot read ${file}: ${(error as Error).message}`);
  }
  const result = checkPolicyText(text);
  if (options.format === "json") {
    const body = result.ok
      ? { file, valid: true, council: result.policy.council.name, version: result.policy.version, problems: [] }
      : { file, valid: false, problems: result.problems.map((p) => ({ path: p.path, line: p.place?.line ?? null, column: p.place?.column ?? null, problem: p.problem, fix: p.fix })) };
    await write(io.stdout, JSON.stringify(body, null, 2) + "\n");
    return result.ok ? EXIT.ok : EXIT.usage;
  }
  if (result.ok) {
    const p = paint(useColour(io.stdout, io.env, options.color));
    await write(io.stdout, `${p.green("✔")} ${terminalSafe(file)} is a valid policy for ${terminalSafe(result.policy.council.name)} (version ${terminalSafe(result.policy.version)}).\n`);
    return EXIT.ok;
  }
  const p = paint(useColour(io.stderr, io.env, options.color));
  await write(io.stderr, `${p.red("✖")} ${terminalSafe(file)} is not a valid policy: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}.\n\n${formatProblems(file, result.problems)}`);
  return EXIT.usage;
}

/** `etiquette policy schema [--out FILE]` */
export async function runSchema(options: { out?: string }, io: CliIO): Promise<number> {
  const text = policyJsonSchemaText();
  if (!options.out) {
    await write(io.stdout, text);
    return EXIT.ok;
  }
  try {
    await fs.writeFile(options.out, text);
  } catch (error) {
    throw new UsageError(`Cannot write ${options.out}: ${(error as Error).message}`);
  }
  return EXIT.ok;
}

function severityOf(policy: Policy, ruleId: string, fallback: string): { base: string; roles: string } {
  const settings = policy.rules[ruleId];
  const base = settings?.severity ?? fallback;
  const roles = Object.entries(settings?.roles ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([role, v]) => `${role}: ${v}`)
    .join(", ");
  return { base, roles };
}

/** The policy as a person reads it. */
export function policyText(policy: Policy, source: string, p: Paint): string {
  const s = (x: string) => terminalSafe(x);
  const list = (xs: readonly string[]) => (xs.length ? xs.map(s).join(", ") : p.dim("(none)"));
  let out = `${p.bold(s(policy.council.name))}: ${s(source)}\n\n`;
  out += `Document:           ${s(policy.document.title)}${policy.document.adopted ? ` (adopted ${s(policy.document.adopted)})` : ""}\n`;
  out += `Domains:            ${list(policy.council.domains)}\n`;
  if (policy.council.website) out += `Website:            ${s(policy.council.website)}\n`;
  out += `Councillors:        ${list(policy.councillors.patterns)}${policy.councillors.addresses.length ? `; and ${list(policy.councillors.addresses)}` : ""}\n`;
  out += `Distribution lists: ${list(policy.distributionLists)}\n`;
  out += `Trusted domains:    ${list(policy.trustedDomains)}\n`;
  out += `People listed:      ${policy.people.length}\n`;
  out += `If the check fails: ${policy.outlook.onFailure} the send (header ${s(policy.outlook.header)})\n`;
  for (const role of ["officer", "councillor"] as const) {
    out += `\n${p.bold(`${role === "officer" ? "Officer" : "Councillor"} signature`)}\n`;
    for (const line of policy.signatures[role].lines) out += `  ${s(line)}\n`;
  }
  out += `\n${p.bold("Waiver clause")}\n  ${s(policy.waiver.text)}\n`;
  out += `\n${p.bold("Rules")}\n`;
  for (const rule of rules) {
    const { base, roles } = severityOf(policy, rule.meta.id, rule.meta.defaultSeverity);
    const clause = policy.rules[rule.meta.id]?.clause ?? rule.meta.defaultClause;
    const colour = base === "block" ? p.red : base === "warn" ? p.yellow : p.dim;
    out += `  ${p.cyan(rule.meta.id.padEnd(24))} ${colour(base.padEnd(5))}${roles ? ` (${roles})` : ""}\n`;
    out += `  ${" ".repeat(24)} ${p.dim(s(`${clause.section ? clause.section + ": " : ""}“${clause.text}”`))}\n`;
  }
  return out;
}

/** `etiquette policy show [--policy FILE] [--format text|json]` */
export async function runShow(options: { policy?: string; format: "text" | "json"; color?: boolean }, io: CliIO): Promise<number> {
  const loaded = await loadPolicy(options.policy, io.env);
  if (options.format === "json") {
    await write(io.stdout, JSON.stringify(loaded.policy, null, 2) + "\n");
  } else {
    await write(io.stdout, policyText(loaded.policy, describePolicy(loaded), paint(useColour(io.stdout, io.env, options.color))));
  }
  return EXIT.ok;
}

export interface InitAnswers {
  council?: string;
  domain?: string;
  councillors?: string;
  website?: string;
  address?: string;
  phone?: string;
  lists?: string;
  trusted?: string;
  officerSignature?: string;
  councillorSignature?: string;
  waiver?: string;
  title?: string;
}

export interface InitOptions extends InitAnswers {
  out: string;
  force?: boolean;
  yes?: boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Split "a, b; c" into ["a", "b", "c"]. */
const items = (s: string | undefined): string[] =>
  (s ?? "")
    .split(/[,;\s]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

/** Signature lines are given with "|" (or new lines) between them. */
const lines = (s: string): string[] =>
  s
    .split(/\s*(?:\||\\n|\n)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);

export function defaultWaiver(council: string): string {
  return `This email and any attachments are intended only for the named recipient and may contain confidential information. If you have received it in error, please notify the sender and delete it. Any views expressed by a councillor are their own and are not necessarily those of ${council}. Emails sent to and from the Council may be disclosed under the Freedom of Information Act 2000 or data protection legislation.`;
}

/** "Example Town Council" → "exampletowncouncil.gov.uk", as most town and parish councils are. */
export function suggestDomain(council: string): string {
  const stem = council.toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "");
  return stem ? `${stem}.gov.uk` : "";
}

interface Question {
  key: keyof InitAnswers;
  prompt: string;
  help?: string;
  fallback: (a: Required<InitAnswers>) => string;
  check?: (v: string, a: Required<InitAnswers>) => string | null;
}

const QUESTIONS: Question[] = [
  { key: "council", prompt: "Council name", help: "e.g. Example Town Council", fallback: () => "", check: (v) => (v.trim() ? null : "The council's name is needed.") },
  {
    key: "domain",
    prompt: "Email domain(s)",
    help: "the part after @ in council addresses; separate several with commas",
    fallback: (a) => suggestDomain(a.council),
    check: (v) => {
      const bad = items(v).filter((d) => !DOMAIN.test(d));
      return items(v).length === 0 ? "At least one domain is needed." : bad.length ? `Not a domain: ${bad.join(", ")} (write it like exampletowncouncil.gov.uk).` : null;
    },
  },
  {
    key: "councillors",
    prompt: "Councillor address pattern(s)",
    help: "* matches anything, e.g. cllr.*@domain; separate several with commas",
    fallback: (a) => `cllr.*@${items(a.domain)[0] ?? ""}`,
    check: (v) => {
      const bad = items(v).filter((x) => !/^[^\s@]*@[^\s@]+$/.test(x) || (x.match(/\*/g) ?? []).length > 4);
      return bad.length ? `Not an address pattern: ${bad.join(", ")} (write it like cllr.*@exampletowncouncil.gov.uk).` : null;
    },
  },
  { key: "website", prompt: "Website", fallback: (a) => `www.${items(a.domain)[0] ?? ""}` },
  { key: "address", prompt: "Postal address (one line, for the signature)", help: "leave empty to leave it out", fallback: () => "" },
  { key: "phone", prompt: "Telephone (for the officer signature)", help: "leave empty to leave it out", fallback: () => "" },
  { key: "lists", prompt: "Distribution lists", help: "addresses or local parts ending in @, comma-separated", fallback: () => "councillors@, staff@" },
  { key: "trusted", prompt: "Trusted partner domains", help: "e.g. your county and district councils; comma-separated", fallback: () => "" },
  {
    key: "officerSignature",
    prompt: "Officer signature",
    help: "lines separated by |; {name} and {jobTitle} are filled in per person",
    fallback: (a) => ["{name}", "{jobTitle}", a.council, a.address, a.phone ? `Tel: ${a.phone}` : "", a.website].filter(Boolean).join(" | "),
  },
  {
    key: "councillorSignature",
    prompt: "Councillor signature",
    help: "lines separated by |",
    fallback: (a) => ["Cllr {name}", a.council, a.address, a.website].filter(Boolean).join(" | "),
  },
  {
    key: "waiver",
    prompt: "Waiver clause",
    fallback: (a) => defaultWaiver(a.council),
    check: (v) => (v.trim().length >= 20 ? null : "The waiver clause needs at least 20 characters."),
  },
  { key: "title", prompt: "Title of the council's email policy", fallback: () => "Email Policy" },
];

/** Build the policy document from the answers (before validation). */
export function buildPolicy(a: Required<InitAnswers>, schemaRef: string, today = new Date()): Record<string, unknown> {
  const domains = items(a.domain);
  return {
    $schema: schemaRef,
    version: today.toISOString().slice(0, 7),
    council: { name: a.council.trim(), domains, ...(a.website.trim() ? { website: a.website.trim() } : {}) },
    document: { title: a.title.trim() || "Email Policy" },
    councillors: { patterns: items(a.councillors), addresses: [] },
    distributionLists: items(a.lists),
    trustedDomains: items(a.trusted),
    people: [],
    signatures: { officer: { lines: lines(a.officerSignature) }, councillor: { lines: lines(a.councillorSignature) } },
    waiver: { text: a.waiver.trim() },
    outlook: { header: "X-Council-Etiquette", onFailure: "allow" },
    rules: {},
  };
}

/**
 * `etiquette policy init`: ask for what differs between councils (or take it from flags),
 * build a policy, validate it, and write it, refusing to overwrite without --force.
 */
export async function runInit(options: InitOptions, io: CliIO): Promise<number> {
  const out = options.out;
  if (!options.force && (await fs.stat(out).catch(() => null))) throw new UsageError(`${out} already exists.`, "Give another --out file, or add --force to overwrite it.");
  const dir = dirname(resolve(out));
  if (!(await fs.stat(dir).catch(() => null))?.isDirectory()) throw new UsageError(`Cannot write ${out}: the folder ${dirname(out)} does not exist.`);

  const interactive = !options.yes && io.stdin.isTTY === true;
  const answers = {} as Required<InitAnswers>;
  const reader = interactive ? new LineReader(io.stdin) : null;
  const p = paint(useColour(io.stderr, io.env));
  try {
    if (interactive) await write(io.stderr, `${p.bold("A new email policy.")} Press Enter to take the suggestion in [brackets].\n\n`);
    for (const q of QUESTIONS) {
      const given = options[q.key];
      const fallback = q.fallback(answers);
      if (given !== undefined || !reader) {
        const value = given ?? fallback;
        const problem = q.check?.(value, answers) ?? null;
        if (problem) {
          const flag = `--${q.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
          throw new UsageError(given === undefined ? `${q.prompt} is needed: give it with ${flag}.` : `${flag}: ${problem}`);
        }
        answers[q.key] = value;
        continue;
      }
      for (let attempt = 0; ; attempt++) {
        const hint = q.help ? p.dim(` (${q.help})`) : "";
        const shown = fallback.length > 70 ? fallback.slice(0, 67) + "…" : fallback;
        await write(io.stderr, `${q.prompt}${hint}${fallback ? ` [${shown}]` : ""}: `);
        const line = await reader.next();
        if (line === null) {
          await write(io.stderr, "\n");
          throw new UsageError("The questions were not finished (the input ended).");
        }
        const value = line.trim() === "" ? fallback : line.trim();
        const problem = q.check?.(value, answers) ?? null;
        if (!problem) {
          answers[q.key] = value;
          break;
        }
        await write(io.stderr, `  ${p.red(problem)}\n`);
        if (attempt >= 4) throw new UsageError(problem);
      }
    }
  } finally {
    await reader?.close();
  }

  const schemaFile = resolve(io.packageRoot, SCHEMA_PATH);
  const schemaRef = relative(dir, schemaFile).split(sep).join("/");
  const doc = buildPolicy(answers, schemaRef.startsWith(".") ? schemaRef : `./${schemaRef}`);
  const text = JSON.stringify(doc, null, 2) + "\n";
  const check = checkPolicyText(text);
  if (!check.ok) throw new UsageError("The answers do not make a valid policy:", formatProblems(out, check.problems).trimEnd());
  try {
    await fs.writeFile(out, text, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "EEXIST" ? `${out} already exists.` : `Cannot write ${out}: ${(error as Error).message}`, code === "EEXIST" ? "Add --force to overwrite it." : undefined);
  }
  if (io.stderr.isTTY) await write(io.stderr, `Wrote ${out} for ${terminalSafe(answers.council)}. Check it with: etiquette policy show --policy ${out}\n`);
  return EXIT.ok;
}
