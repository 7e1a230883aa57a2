import { z } from "zod";
import { policySchema } from "../../policy";

/** A JSON Schema document, as far as this module reads one. */
export interface JsonSchema {
  [key: string]: unknown;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  description?: string;
}

/** Where the schema is committed, relative to the package root. */
export const SCHEMA_PATH = "schema/policy.schema.json";

function isPreprocessed(schema: unknown): boolean {
  // z.preprocess(fn, s) is a pipe from a transform: it accepts a missing value, so the key
  // is optional to whoever writes the file, though zod reports it as required.
  const def = (schema as { _zod?: { def?: { type?: string; in?: { _zod?: { def?: { type?: string } } } } } })._zod?.def;
  return def?.type === "pipe" && def.in?._zod?.def?.type === "transform";
}

/**
 * The policy file's JSON Schema, generated from the zod schema (the single source of truth)
 * with zod's own `z.toJSONSchema`, describing the file as a council writes it: keys with
 * defaults are optional. Editors use it to autocomplete and check `policy.json`.
 */
export function policyJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(policySchema, {
    io: "input",
    target: "draft-2020-12",
    override(ctx) {
      const shape = (ctx.zodSchema as { _zod?: { def?: { type?: string; shape?: Record<string, unknown> } } })._zod?.def;
      const json = ctx.jsonSchema as JsonSchema;
      if (shape?.type !== "object" || !shape.shape || !Array.isArray(json.required)) return;
      const optional = Object.entries(shape.shape)
        .filter(([, s]) => isPreprocessed(s))
        .map(([k]) => k);
      if (optional.length === 0) return;
      json.required = json.required.filter((k) => !optional.includes(k));
      if (json.required.length === 0) delete json.required;
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: "Council email etiquette policy",
    description:
      "A council's email policy for Council Email Etiquette: the council, its councillors, approved signatures, the waiver clause and each rule's severity and clause. Generated from the zod schema in src/policy/schema.ts by `etiquette policy schema`.",
    ...rest,
  };
}

/** The schema as committed: two-space JSON with a final newline. */
export function policyJsonSchemaText(): string {
  return JSON.stringify(policyJsonSchema(), null, 2) + "\n";
}

/** The sub-schema at a path of keys and indexes, or undefined where the schema says nothing. */
export function schemaAt(root: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const part of path) {
    if (!node) return undefined;
    if (typeof part === "number") node = node.items;
    else if (node.properties && String(part) in node.properties) node = node.properties[String(part)];
    else node = typeof node.additionalProperties === "object" ? node.additionalProperties : undefined;
  }
  return node;
}
