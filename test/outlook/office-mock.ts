import { blockNetwork } from "./no-network";

blockNetwork();
// office-addin-mock uses one thing from office-addin-manifest: its OfficeApp enum. That package's
// main module loads Microsoft's manifest tooling (ESM-only parts Jest cannot require) and its
// usage-data (telemetry) package; give office-addin-mock the enum's own file instead, so the
// telemetry package is never even loaded.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
// Required after the guard and the mock are in place.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfficeMockObject } = require("office-addin-mock") as typeof import("office-addin-mock");

/** The Office.js calls the mock answers; `fail` and `hang` take these names. */
export type Api =
  | "body.getAsync"
  | "body.getTypeAsync"
  | "body.setSignatureAsync"
  | "body.appendOnSendAsync"
  | "to.getAsync"
  | "cc.getAsync"
  | "bcc.getAsync"
  | "to.setAsync"
  | "cc.setAsync"
  | "bcc.setAsync"
  | "subject.getAsync"
  | "from.getAsync"
  | "getAttachmentsAsync"
  | "getComposeTypeAsync"
  | "disableClientSignatureAsync"
  | "internetHeaders.setAsync"
  | "sessionData.getAllAsync"
  | "sessionData.setAsync"
  | "sensitivityLabel.getAsync"
  | "sensitivityLabelsCatalog.getAsync";

export interface Person {
  name: string;
  address: string;
}

export interface MailboxSpec {
  /** `Name <address>`; absent: from.getAsync answers an empty address (userProfile is the fallback). */
  from?: string;
  userProfile?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  subject?: string;
  /** The body as Outlook gives it in HTML. */
  html?: string;
  bodyType?: "html" | "text";
  attachments?: { name: string; size?: number; isInline?: boolean; contentType?: string }[];
  composeType?: "newMail" | "reply" | "forward";
  session?: Record<string, string>;
  /** The newest Mailbox requirement set the client supports (default 1.15). */
  mailbox?: string;
  fail?: Partial<Record<Api, string>>;
  hang?: Api[];
  /** Succeed, but with this value instead of a well-formed one (null, a string for a list…). */
  odd?: Partial<Record<Api, unknown>>;
  /** Answer synchronously (inside the call) rather than on a later microtask. */
  synchronous?: boolean;
  sensitivityLabel?: { id: string; catalog: { id: string; name: string; children?: { id: string; name: string }[] }[] };
  roaming?: Record<string, unknown>;
}

/** What the code under test did to the message. */
export interface MockRecord {
  calls: { api: Api; args: unknown[] }[];
  session: Record<string, string>;
  headers: Record<string, string>;
  signature?: { data: string; coercionType?: string };
  appendOnSend?: { data: string | null; coercionType?: string };
  clientSignatureDisabled: boolean;
  recipients: { to: { displayName: string; emailAddress: string }[]; cc: { displayName: string; emailAddress: string }[]; bcc: { displayName: string; emailAddress: string }[] };
  associated: Record<string, (event: unknown) => void>;
  roaming: Record<string, unknown>;
  roamingSaves: number;
}

export function parsePerson(s: string): { displayName: string; emailAddress: string } {
  const m = /^\s*(.*?)\s*<([^>]*)>\s*$/.exec(s);
  return m ? { displayName: m[1], emailAddress: m[2] } : { displayName: "", emailAddress: s.trim() };
}

const versionOf = (v: string): number[] => v.split(".").map((n) => Number(n));
function atMost(version: string, max: string): boolean {
  const a = versionOf(version);
  const b = versionOf(max);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

/**
 * An `Office` global for Outlook compose mode, built with office-addin-mock from a plain seed
 * (as its docs describe for Outlook: methods and enums supplied in the seed). Every call is
 * recorded; any call can be made to fail or never answer.
 */
export function officeMock(spec: MailboxSpec = {}) {
  const record: MockRecord = {
    calls: [],
    session: { ...(spec.session ?? {}) },
    headers: {},
    clientSignatureDisabled: false,
    recipients: { to: (spec.to ?? []).map(parsePerson), cc: (spec.cc ?? []).map(parsePerson), bcc: (spec.bcc ?? []).map(parsePerson) },
    associated: {},
    roaming: { ...(spec.roaming ?? {}) },
    roamingSaves: 0,
  };
  const maxSet = spec.mailbox ?? "1.15";

  /** Answer an async call: succeed with `value`, or fail or hang as the spec says. */
  const answer = (api: Api, args: unknown[], value: () => unknown): void => {
    record.calls.push({ api, args });
    const callback = [...args].reverse().find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
    if (spec.hang?.includes(api)) return;
    const failure = spec.fail?.[api];
    const result =
      failure !== undefined
        ? { status: "failed", value: undefined, error: { code: 9002, name: "InternalServerError", message: failure } }
        : { status: "succeeded", value: spec.odd && api in spec.odd ? spec.odd[api] : value() };
    if (!callback) return;
    if (spec.synchronous) callback(result);
    else void Promise.resolve().then(() => callback(result));
  };

  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...args: unknown[]) => answer(`${field}.getAsync` as Api, args, () => record.recipients[field].map((r) => ({ ...r, recipientType: "other" }))),
    setAsync: (list: { displayName: string; emailAddress: string }[], ...rest: unknown[]) =>
      answer(`${field}.setAsync` as Api, [list, ...rest], () => {
        record.recipients[field] = list.map((r) => ({ displayName: r.displayName, emailAddress: r.emailAddress }));
      }),
    addAsync: (list: { displayName: string; emailAddress: string }[], ...rest: unknown[]) =>
      answer(`${field}.setAsync` as Api, [list, ...rest], () => {
        record.recipients[field].push(...list);
      }),
  });

  const from = spec.from !== undefined ? parsePerson(spec.from) : { displayName: "", emailAddress: "" };
  const profile = parsePerson(spec.userProfile ?? spec.from ?? "Jane Bennett <clerk@leighonseatowncouncil.gov.uk>");

  const item = {
    itemType: "message",
    body: {
      getAsync: (...args: unknown[]) => answer("body.getAsync", args, () => spec.html ?? "<html><body><div><br></div></body></html>"),
      getTypeAsync: (...args: unknown[]) => answer("body.getTypeAsync", args, () => spec.bodyType ?? "html"),
      setSignatureAsync: (data: string, options: { coercionType?: string }, ...rest: unknown[]) =>
        answer("body.setSignatureAsync", [data, options, ...rest], () => {
          record.signature = { data, coercionType: options?.coercionType };
        }),
      appendOnSendAsync: (data: string | null, options: { coercionType?: string }, ...rest: unknown[]) =>
        answer("body.appendOnSendAsync", [data, options, ...rest], () => {
          record.appendOnSend = { data, coercionType: options?.coercionType };
        }),
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: { getAsync: (...args: unknown[]) => answer("subject.getAsync", args, () => spec.subject ?? "") },
    from: { getAsync: (...args: unknown[]) => answer("from.getAsync", args, () => from) },
    getAttachmentsAsync: (...args: unknown[]) =>
      answer("getAttachmentsAsync", args, () =>
        (spec.attachments ?? []).map((a, i) => ({ id: `att${i}`, attachmentType: "file", size: 1000, isInline: false, ...a })),
      ),
    getComposeTypeAsync: (...args: unknown[]) =>
      answer("getComposeTypeAsync", args, () => ({ composeType: spec.composeType ?? "newMail", coercionType: spec.bodyType ?? "html" })),
    disableClientSignatureAsync: (...args: unknown[]) =>
      answer("disableClientSignatureAsync", args, () => {
        record.clientSignatureDisabled = true;
      }),
    internetHeaders: {
      setAsync: (headers: Record<string, string>, ...rest: unknown[]) =>
        answer("internetHeaders.setAsync", [headers, ...rest], () => {
          Object.assign(record.headers, headers);
        }),
    },
    sessionData: {
      getAllAsync: (...args: unknown[]) => answer("sessionData.getAllAsync", args, () => ({ ...record.session })),
      setAsync: (name: string, value: string, ...rest: unknown[]) =>
        answer("sessionData.setAsync", [name, value, ...rest], () => {
          record.session[name] = value;
        }),
    },
    sensitivityLabel: { getAsync: (...args: unknown[]) => answer("sensitivityLabel.getAsync", args, () => spec.sensitivityLabel?.id ?? "") },
  };

  const seed = {
    host: "outlook",
    context: {
      mailbox: {
        item,
        userProfile: { displayName: profile.displayName, emailAddress: profile.emailAddress, accountType: "enterprise" },
      },
      requirements: { isSetSupported: (name: string, version?: string) => name === "Mailbox" && atMost(version ?? "1.1", maxSet) },
      roamingSettings: {
        get: (name: string) => record.roaming[name],
        set: (name: string, value: unknown) => {
          record.roaming[name] = value;
        },
        saveAsync: (cb?: (r: unknown) => void) => {
          record.roamingSaves++;
          if (cb) void Promise.resolve().then(() => cb({ status: "succeeded" }));
        },
      },
      sensitivityLabelsCatalog: {
        getAsync: (...args: unknown[]) => answer("sensitivityLabelsCatalog.getAsync", args, () => spec.sensitivityLabel?.catalog ?? []),
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => void) => {
        record.associated[name] = fn;
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" }, ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" } },
  };

  const Office = new OfficeMockObject(seed) as unknown as {
    context: { mailbox: { item: unknown; userProfile: unknown }; requirements: unknown; roamingSettings: unknown; sensitivityLabelsCatalog: unknown };
    actions: { associate(name: string, fn: (event: unknown) => void): void };
  };
  const host = () =>
    ({
      mailbox: Office.context.mailbox,
      requirements: Office.context.requirements,
      roamingSettings: Office.context.roamingSettings,
      sensitivityLabelsCatalog: Office.context.sensitivityLabelsCatalog,
    }) as unknown as import("../../src/outlook/office").OfficeHost;
  return { Office, record, host };
}

/** A fake `event` for launch-event handlers that records every completion. */
export function fakeEvent<T = unknown>() {
  const completions: (T | undefined)[] = [];
  return {
    completions,
    event: {
      completed(options?: T) {
        completions.push(options);
      },
    },
  };
}

/** Let pending microtasks (the mock's answers and the promise chains after them) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
