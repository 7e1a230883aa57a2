import * as z from "zod/mini";
import { rules } from "../engine/rules";

/**
 * The council's policy file. This zod schema is the single source of truth: the TypeScript
 * types, the validation of `policy.json` and the JSON Schema for editors all come from it.
 * It is written with `zod/mini`, which the on-send file bundles at a third of classic zod's size.
 */

const describe = z.describe;
const text = (min: number, max: number) =>
  min > 0 ? z.string().check(z.trim(), z.minLength(min), z.maxLength(max)) : z.string().check(z.trim(), z.maxLength(max));

const severity = z.enum(["block", "warn", "off"]).check(describe("block: stop the send; warn: let the sender choose; off: do not check"));

const domain = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(253),
    z.regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a domain such as example.gov.uk"),
  );

const email = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(320), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address such as clerk@example.gov.uk"));

/**
 * An address pattern: `*` stands for any run of characters, nothing else is special, so a
 * hostile policy cannot smuggle in a slow regular expression.
 */
const addressPattern = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(3),
    z.maxLength(320),
    z.regex(/^[^\s]*@[^\s]*$/, "must be an address pattern such as cllr.*@example.gov.uk"),
    z.refine((p) => (p.match(/\*/g) ?? []).length <= 4, "may use * at most four times"),
  );

export const clauseSchema = z.strictObject({
  policy: text(1, 300).check(describe("The policy's title, with the council's name")),
  section: text(0, 100).check(describe("Section or paragraph, e.g. 5 (Email Etiquette)")),
  text: text(1, 2000).check(describe("The council's own words, verbatim")),
});

const signatureTemplate = z.strictObject({
  lines: z
    .array(text(1, 300))
    .check(z.minLength(1), z.maxLength(20), describe("One line each; placeholders {name}, {jobTitle} and any key in a person's details")),
});

const person = z.strictObject({
  address: email,
  name: z.optional(text(1, 200)),
  jobTitle: z.optional(text(1, 200)),
  role: z.optional(z.enum(["councillor", "officer"])),
  details: z.optional(z.record(z.string().check(z.regex(/^\w{1,40}$/)), z.string().check(z.maxLength(300)))),
});

/** A rule's settings; a rule left out, or its options left out, gets the rule's defaults. */
function ruleConfig(options: z.ZodMiniType) {
  return z.prefault(
    z.strictObject({
      severity: z.optional(severity),
      roles: z.optional(z.strictObject({ councillor: z.optional(severity), officer: z.optional(severity) })),
      options: z.prefault(options, {}),
      clause: z.optional(clauseSchema),
    }),
    {},
  );
}

const ruleShape: Record<string, z.ZodMiniType> = {};
for (const rule of rules) ruleShape[rule.meta.id] = ruleConfig(rule.meta.options);

export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: text(1, 50).check(describe("This policy file's version, shown in the task pane")),
  council: z.strictObject({
    name: text(1, 200),
    domains: z.array(domain).check(z.minLength(1), z.maxLength(20)),
    website: z.optional(text(0, 200)),
  }),
  document: z
    .strictObject({
      title: text(1, 300),
      adopted: z.optional(text(0, 100)),
    })
    .check(describe("The council's email policy that findings cite")),
  councillors: z.strictObject({
    patterns: z._default(z.array(addressPattern).check(z.maxLength(50)), []),
    addresses: z._default(z.array(email).check(z.maxLength(500)), []),
  }),
  distributionLists: z._default(
    z
      .array(
        z
          .string()
          .check(
            z.trim(),
            z.toLowerCase(),
            z.minLength(2),
            z.maxLength(320),
            z.regex(/^[^\s@]+@[^\s@]*$/, "must be an address or a local part ending in @, such as councillors@"),
          ),
      )
      .check(z.maxLength(100)),
    [],
  ),
  trustedDomains: z._default(z.array(domain).check(z.maxLength(500)), []),
  people: z._default(z.array(person).check(z.maxLength(1000)), []),
  signatures: z.strictObject({ officer: signatureTemplate, councillor: signatureTemplate }),
  waiver: z.strictObject({ text: text(20, 4000) }),
  outlook: z._default(
    z.strictObject({
      header: z._default(
        z.string().check(z.regex(/^X-[A-Za-z0-9-]{1,60}$/, "must be a header name starting X-, such as X-Council-Etiquette")),
        "X-Council-Etiquette",
      ),
      onFailure: z._default(z.enum(["allow", "block"]), "allow").check(describe("What happens at Send if the check itself fails or times out")),
    }),
    { header: "X-Council-Etiquette", onFailure: "allow" as const },
  ),
  rules: z.prefault(z.strictObject(ruleShape), {}),
});

/** The policy as a council writes it (before defaults). */
export type PolicyInput = z.input<typeof policySchema>;

export interface RuleSettings {
  severity?: "block" | "warn" | "off";
  roles?: { councillor?: "block" | "warn" | "off"; officer?: "block" | "warn" | "off" };
  options: unknown;
  clause?: z.infer<typeof clauseSchema>;
}

/** A validated policy, with every default filled in. */
export type Policy = Omit<z.infer<typeof policySchema>, "rules"> & { rules: Record<string, RuleSettings> };
