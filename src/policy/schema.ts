import { z } from "zod";
import { rules } from "../engine/rules";

/**
 * The council's policy file. This zod schema is the single source of truth: the TypeScript
 * types, the validation of `policy.json` and the JSON Schema for editors all come from it.
 */

const severity = z.enum(["block", "warn", "off"]).describe("block: stop the send; warn: let the sender choose; off: do not check");

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a domain such as example.gov.uk");

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address such as clerk@example.gov.uk");

/**
 * An address pattern: `*` stands for any run of characters, nothing else is special, so a
 * hostile policy cannot smuggle in a slow regular expression.
 */
const addressPattern = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(320)
  .regex(/^[^\s]*@[^\s]*$/, "must be an address pattern such as cllr.*@example.gov.uk")
  .refine((p) => (p.match(/\*/g) ?? []).length <= 4, "may use * at most four times");

export const clauseSchema = z
  .object({
    policy: z.string().trim().min(1).max(300).describe("The policy's title, with the council's name"),
    section: z.string().trim().max(100).describe("Section or paragraph, e.g. 5 (Email Etiquette)"),
    text: z.string().trim().min(1).max(2000).describe("The council's own words, verbatim"),
  })
  .strict();

const signatureTemplate = z
  .object({
    lines: z
      .array(z.string().trim().min(1).max(300))
      .min(1)
      .max(20)
      .describe("One line each; placeholders {name}, {jobTitle} and any key in a person's details"),
  })
  .strict();

const person = z
  .object({
    address: email,
    name: z.string().trim().min(1).max(200).optional(),
    jobTitle: z.string().trim().min(1).max(200).optional(),
    role: z.enum(["councillor", "officer"]).optional(),
    details: z.record(z.string().regex(/^\w{1,40}$/), z.string().max(300)).optional(),
  })
  .strict();

function ruleConfig<T extends z.ZodType>(options: T) {
  return z
    .object({
      severity: severity.optional(),
      roles: z.object({ councillor: severity.optional(), officer: severity.optional() }).strict().optional(),
      options: z.preprocess((v) => (v === undefined ? {} : v), options),
      clause: clauseSchema.optional(),
    })
    .strict();
}

const ruleShape: Record<string, z.ZodType> = {};
for (const rule of rules) ruleShape[rule.meta.id] = ruleConfig(rule.meta.options).default({ options: rule.meta.options.parse({}) } as never);

export const policySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.string().trim().min(1).max(50).describe("This policy file's version, shown in the task pane"),
    council: z
      .object({
        name: z.string().trim().min(1).max(200),
        domains: z.array(domain).min(1).max(20),
        website: z.string().trim().max(200).optional(),
      })
      .strict(),
    document: z
      .object({
        title: z.string().trim().min(1).max(300),
        adopted: z.string().trim().max(100).optional(),
      })
      .strict()
      .describe("The council's email policy that findings cite"),
    councillors: z
      .object({
        patterns: z.array(addressPattern).max(50).default([]),
        addresses: z.array(email).max(500).default([]),
      })
      .strict(),
    distributionLists: z
      .array(z.string().trim().toLowerCase().min(2).max(320).regex(/^[^\s@]+@[^\s@]*$/, "must be an address or a local part ending in @, such as councillors@"))
      .max(100)
      .default([]),
    trustedDomains: z.array(domain).max(500).default([]),
    people: z.array(person).max(1000).default([]),
    signatures: z.object({ officer: signatureTemplate, councillor: signatureTemplate }).strict(),
    waiver: z.object({ text: z.string().trim().min(20).max(4000) }).strict(),
    outlook: z
      .object({
        header: z
          .string()
          .regex(/^X-[A-Za-z0-9-]{1,60}$/, "must be a header name starting X-, such as X-Council-Etiquette")
          .default("X-Council-Etiquette"),
        onFailure: z
          .enum(["allow", "block"])
          .default("allow")
          .describe("What happens at Send if the check itself fails or times out"),
      })
      .strict()
      .default({ header: "X-Council-Etiquette", onFailure: "allow" }),
    rules: z.object(ruleShape).strict().default({} as never),
  })
  .strict();

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
