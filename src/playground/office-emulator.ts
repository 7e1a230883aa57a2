import { escapeHtml, htmlToText, parseInert, sanitizeHtml } from "./sanitize";

/**
 * An in-page stand-in for Office.js in Outlook on the web, composing a message: exactly the APIs
 * the add-in calls (src/outlook, src/launchevent, the task pane), with Office's calling
 * conventions — optional options before the callback, `asyncContext` handed back, callbacks
 * always asynchronous with `{ status, value, error }` — and Office's limits where the add-in
 * could trip over them. Installed as the global `Office`, it lets the real on-send file and the
 * real task pane run unchanged.
 *
 * Assumptions where Microsoft's documentation is silent are marked "Assumed:".
 */

export interface Person {
  displayName: string;
  emailAddress: string;
}

export type ComposeType = "newMail" | "reply" | "forward";
export type RecipientField = "to" | "cc" | "bcc";

export interface EmulatedAttachment {
  id: string;
  name: string;
  size: number;
  isInline: boolean;
  attachmentType: "file";
}

export interface SensitivityLabel {
  id: string;
  name: string;
  tooltip: string;
}

/** A message as Outlook opens it for composing. */
export interface ComposeInit {
  from: Person;
  to?: Person[];
  cc?: Person[];
  bcc?: Person[];
  subject?: string;
  /** The body's HTML (inside `<body>`): empty for a new message, the quoted history for a reply. */
  bodyHtml?: string;
  composeType?: ComposeType;
  attachments?: { name: string; size?: number }[];
  sensitivityLabelId?: string;
}

export interface AsyncError {
  name: string;
  message: string;
  code: number;
}

export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: AsyncError;
  asyncContext?: unknown;
}

type Callback<T> = (result: AsyncResult<T>) => void;
type AnyFunction = (...args: never[]) => unknown;

/** One line of the activity log: what the add-in asked of "Outlook", and what Outlook did. */
export interface ActivityEntry {
  id: number;
  at: number;
  actor: "add-in" | "outlook" | "you";
  api: string;
  detail: string;
  outcome: "ok" | "failed" | "warning" | "info";
}

/** Office.js enum values, as strings, as Office.js has them. */
export const EventType = {
  ItemChanged: "olkItemSelectedChanged",
  RecipientsChanged: "olkRecipientsChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  SensitivityLabelChanged: "olkSensitivityLabelChanged",
  InitializationContextChanged: "olkInitializationContextChanged",
  OfficeThemeChanged: "officeThemeChanged",
} as const;

/** Mailbox requirement sets, in order. */
export const MAILBOX_SETS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15"];

/** "1.10" > "1.9": requirement set versions compare by number, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((n) => parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Office's own error codes and names for the failures the emulator can produce. */
const ERRORS = {
  invalidFormat: { name: "InvalidFormatError", code: 9000, message: "The format of the specified data object is not valid." },
  dataTooLarge: { name: "DataExceedsMaximumSize", code: 9030, message: "The data exceeds the maximum size allowed." },
  invalidArgument: { name: "InvalidArgument", code: 9002, message: "The value of an argument is not valid." },
  sessionFull: { name: "SessionObjectMaxLengthExceeded", code: 9057, message: "sessionData would exceed 50,000 characters for this add-in." },
  notFound: { name: "InvalidSelection", code: 9041, message: "There is no such item." },
  noContext: { name: "InitializationContextNotAvailable", code: 9054, message: "The task pane was not opened with context data." },
  tooManyRecipients: { name: "NumberOfRecipientsExceeded", code: 9008, message: "The number of recipients exceeds 100 entries." },
};

/** How Outlook on the web wraps a compose body when an add-in reads it as HTML. */
function wrapBody(inner: string): string {
  return (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>' +
    `<body dir="ltr">${inner}</body></html>`
  );
}

/** The `<body>` part of an HTML document or fragment. */
export function bodyInner(html: string): string {
  return /<body[\s>]/i.test(html) ? parseInert(html).body.innerHTML : html;
}

/** A new message's empty first line, as Outlook on the web starts one. */
export const EMPTY_LINE = '<div class="elementToProof"><br></div>';

/** Office's optional-arguments convention: (…, options?, callback?). */
function split<T>(args: unknown[]): { options: Record<string, unknown>; callback?: Callback<T> } {
  const last = args[args.length - 1];
  const callback = typeof last === "function" ? (last as Callback<T>) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const options = rest.find((a) => a !== null && typeof a === "object") as Record<string, unknown> | undefined;
  return { options: options ?? {}, callback };
}

const describePeople = (people: readonly Person[]): string => (people.length ? people.map((p) => p.emailAddress).join(", ") : "nobody");

const clip = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface EmulatorOptions {
  /** The highest Mailbox requirement set the emulated Outlook supports (1.12 to 1.15). */
  requirementSet?: string;
  userProfile: Person;
  /** How long each call takes to call back (ms). Outlook is never synchronous. */
  latencyMs?: number;
  labels?: SensitivityLabel[];
}

/** A handler of an item or mailbox event. */
type Listener = (args: Record<string, unknown>) => void;

/** The message being composed: state, plus the Office.js surface over it. */
export class ComposeItem {
  from: Person;
  to: Person[];
  cc: Person[];
  bcc: Person[];
  subject: string;
  /** The body's HTML, inside `<body>`, always sanitised. */
  bodyHtml: string;
  /** Changes when an API (not the user) changed the body, so the editor re-renders it. */
  bodyVersion = 0;
  readonly composeType: ComposeType;
  attachments: EmulatedAttachment[];
  sensitivityLabelId: string;
  /** What `appendOnSendAsync` arranged, applied at send. Assumed: a later call replaces it. */
  appendOnSend: { data: string; coercionType: "html" | "text" } | null = null;
  readonly headers = new Map<string, string>();
  readonly session = new Map<string, string>();
  /** contextData for the task pane, when a Smart Alerts dialog opened it. */
  initializationContext: string | null = null;
  clientSignatureDisabled = false;
  readonly conversationId: string;
  readonly itemType = "message";
  private readonly listeners = new Map<string, Set<Listener>>();
  private nextAttachment = 1;

  constructor(
    private readonly emulator: OfficeEmulator,
    init: ComposeInit,
  ) {
    this.from = init.from;
    this.to = [...(init.to ?? [])];
    this.cc = [...(init.cc ?? [])];
    this.bcc = [...(init.bcc ?? [])];
    this.subject = init.subject ?? "";
    this.bodyHtml = sanitizeHtml(init.bodyHtml ?? EMPTY_LINE);
    this.composeType = init.composeType ?? "newMail";
    this.attachments = (init.attachments ?? []).map((a) => this.makeAttachment(a.name, a.size));
    this.sensitivityLabelId = init.sensitivityLabelId ?? "";
    this.conversationId = `AAQkAD${Math.random().toString(36).slice(2, 14)}`;
  }

  private makeAttachment(name: string, size?: number): EmulatedAttachment {
    return { id: `att-${this.nextAttachment++}`, name, size: size ?? 48_000 + name.length * 1_000, isInline: false, attachmentType: "file" };
  }

  // ----- what the user does in the compose window (raises the events Outlook raises) -----

  /** The user changed a recipient field. */
  userSetRecipients(field: RecipientField, people: Person[]): void {
    this[field] = people;
    this.emulator.record("you", `${field} changed`, describePeople(people), "info");
    this.raise(EventType.RecipientsChanged, { changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc" } });
    this.emulator.changed();
  }

  userSetSubject(subject: string): void {
    this.subject = subject;
    this.emulator.changed();
  }

  /** The user typed in the body: Outlook raises no event for this (the pane polls). */
  userSetBody(html: string): void {
    this.bodyHtml = sanitizeHtml(html);
    this.emulator.changed();
  }

  /** Replace the body from outside the editor (a sample typed in): the editor re-renders. */
  replaceBody(html: string): void {
    this.bodyHtml = sanitizeHtml(html);
    this.bodyVersion++;
    this.emulator.changed();
  }

  userSetFrom(person: Person): void {
    this.from = person;
    this.emulator.record("you", "From changed", person.emailAddress, "info");
    this.emulator.changed();
  }

  userAddAttachment(name: string, size?: number): EmulatedAttachment {
    const attachment = this.makeAttachment(name, size);
    this.attachments = [...this.attachments, attachment];
    this.emulator.record("you", "attachment added", name, "info");
    this.raise(EventType.AttachmentsChanged, { attachmentStatus: "added", attachmentDetails: { ...attachment } });
    this.emulator.changed();
    return attachment;
  }

  userRemoveAttachment(id: string): void {
    const attachment = this.attachments.find((a) => a.id === id);
    if (!attachment) return;
    this.attachments = this.attachments.filter((a) => a.id !== id);
    this.emulator.record("you", "attachment removed", attachment.name, "info");
    this.raise(EventType.AttachmentsChanged, { attachmentStatus: "removed", attachmentDetails: { ...attachment } });
    this.emulator.changed();
  }

  userSetSensitivityLabel(id: string): void {
    this.sensitivityLabelId = id;
    this.raise(EventType.SensitivityLabelChanged, {});
    this.emulator.changed();
  }

  /** Raise an item event to the handlers the add-in registered. */
  raise(type: string, args: Record<string, unknown>): number {
    const set = this.listeners.get(type);
    if (!set || !set.size) return 0;
    for (const listener of Array.from(set)) {
      this.emulator.later(() => listener({ type, ...args }));
    }
    return set.size;
  }

  hasListener(type: string): boolean {
    return (this.listeners.get(type)?.size ?? 0) > 0;
  }

  /** The body as it leaves: what appendOnSendAsync arranged, added at the very end. */
  finalBodyHtml(): string {
    if (!this.appendOnSend) return this.bodyHtml;
    const { data, coercionType } = this.appendOnSend;
    const html = coercionType === "html" ? data : escapeHtml(data).replace(/\r?\n/g, "<br>");
    return sanitizeHtml(this.bodyHtml + html);
  }

  // ----- the Office.js surface -----

  private call<T>(api: string, args: unknown[], run: () => { value?: T; error?: AsyncError; detail?: string }): void {
    const { options, callback } = split<T>(args);
    let outcome: { value?: T; error?: AsyncError; detail?: string };
    try {
      outcome = run();
    } catch (error) {
      outcome = { error: { ...ERRORS.invalidArgument, message: error instanceof Error ? error.message : String(error) } };
    }
    this.emulator.record("add-in", api, outcome.error ? outcome.error.message : (outcome.detail ?? ""), outcome.error ? "failed" : "ok");
    if (!callback) return;
    const result: AsyncResult<T> = outcome.error
      ? { status: "failed", value: undefined as T, error: outcome.error }
      : { status: "succeeded", value: outcome.value as T };
    if (options.asyncContext !== undefined) result.asyncContext = options.asyncContext;
    this.emulator.later(() => callback(result));
  }

  private coercion(options: Record<string, unknown>): "html" | "text" | null {
    const type = options.coercionType ?? "text";
    return type === "html" || type === "text" ? type : null;
  }

  /** The Recipients object of one field (`item.to`, `item.cc`, `item.bcc`). */
  recipientsApi(field: RecipientField) {
    return {
      getAsync: (...args: unknown[]) =>
        this.call<Person[]>(`${field}.getAsync`, args, () => ({
          value: this[field].map((p) => ({ ...p, recipientType: "other" })),
          detail: describePeople(this[field]),
        })),
      setAsync: (people: Person[], ...args: unknown[]) =>
        this.call<void>(`${field}.setAsync`, args, () => {
          const list = this.validRecipients(people);
          if ("error" in list) return list;
          this[field] = list.value;
          this.raise(EventType.RecipientsChanged, { changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc" } });
          this.emulator.changed();
          return { detail: describePeople(list.value) };
        }),
      addAsync: (people: Person[], ...args: unknown[]) =>
        this.call<void>(`${field}.addAsync`, args, () => {
          const list = this.validRecipients(people);
          if ("error" in list) return list;
          this[field] = [...this[field], ...list.value];
          this.raise(EventType.RecipientsChanged, { changedRecipientFields: { to: field === "to", cc: field === "cc", bcc: field === "bcc" } });
          this.emulator.changed();
          return { detail: describePeople(list.value) };
        }),
    };
  }

  private validRecipients(people: unknown): { value: Person[] } | { error: AsyncError } {
    if (!Array.isArray(people)) return { error: ERRORS.invalidArgument };
    if (people.length > 100) return { error: ERRORS.tooManyRecipients };
    const out: Person[] = [];
    for (const p of people) {
      const value = typeof p === "string" ? { displayName: p, emailAddress: p } : (p as Partial<Person>);
      if (!value || typeof value.emailAddress !== "string" || !value.emailAddress.includes("@")) {
        return { error: { ...ERRORS.invalidArgument, message: "Each recipient needs an emailAddress." } };
      }
      out.push({ displayName: value.displayName || value.emailAddress, emailAddress: value.emailAddress });
    }
    return { value: out };
  }

  /** Put the signature where Outlook on the web does: its own block, after the new text, before any history. */
  private placeSignature(html: string): void {
    const doc = parseInert(this.bodyHtml);
    const body = doc.body;
    let block = doc.getElementById("Signature");
    if (!block) {
      block = doc.createElement("div");
      block.id = "Signature";
      const history = doc.getElementById("appendonsend") ?? doc.getElementById("divRplyFwdMsg");
      let before: Element | null = history;
      // The rule above the quoted header belongs to the history.
      if (history && history.previousElementSibling?.localName === "hr") before = history.previousElementSibling;
      while (before && before.parentElement && before.parentElement !== body) before = before.parentElement;
      if (before) body.insertBefore(block, before);
      else body.appendChild(block);
    }
    const parsed = parseInert(html);
    block.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true)));
    this.bodyHtml = sanitizeHtml(body.innerHTML);
    this.bodyVersion++;
    this.emulator.changed();
  }

  readonly body = {
    getAsync: (coercionType: string, ...args: unknown[]) =>
      this.call<string>("body.getAsync", args, () => {
        if (coercionType === "html") return { value: wrapBody(this.bodyHtml), detail: "html" };
        if (coercionType === "text") return { value: htmlToText(this.bodyHtml), detail: "text" };
        return { error: ERRORS.invalidFormat };
      }),
    getTypeAsync: (...args: unknown[]) => this.call<string>("body.getTypeAsync", args, () => ({ value: "html", detail: "html" })),
    setSignatureAsync: (data: string, ...args: unknown[]) =>
      this.call<void>("body.setSignatureAsync", args, () => {
        const { options } = split(args);
        const type = this.coercion(options);
        if (typeof data !== "string" || !type) return { error: ERRORS.invalidArgument };
        if (data.length > 30_000) return { error: ERRORS.dataTooLarge };
        this.placeSignature(type === "html" ? data : escapeHtml(data).replace(/\r?\n/g, "<br>"));
        return { detail: `${type}, ${data.length} characters` };
      }),
    appendOnSendAsync: (data: string | null, ...args: unknown[]) =>
      this.call<void>("body.appendOnSendAsync", args, () => {
        const { options } = split(args);
        const type = this.coercion(options);
        if (!type) return { error: ERRORS.invalidFormat };
        if (!this.emulator.extendedPermissions.includes("AppendOnSend")) {
          return { error: { name: "PermissionDenied", code: 7000, message: "The manifest does not ask for the AppendOnSend extended permission." } };
        }
        if (data === null || data === "") {
          this.appendOnSend = null;
          this.emulator.changed();
          return { detail: "cleared" };
        }
        if (typeof data !== "string") return { error: ERRORS.invalidArgument };
        if (data.length > 5_000) return { error: ERRORS.dataTooLarge };
        this.appendOnSend = { data, coercionType: type };
        this.emulator.changed();
        return { detail: `${type}, ${data.length} characters, added when the message is sent` };
      }),
  };

  get subjectField() {
    return { getAsync: (...args: unknown[]) => this.call<string>("subject.getAsync", args, () => ({ value: this.subject, detail: clip(this.subject) })) };
  }

  get fromField() {
    return { getAsync: (...args: unknown[]) => this.call<Person>("from.getAsync", args, () => ({ value: { ...this.from }, detail: this.from.emailAddress })) };
  }

  readonly internetHeaders = {
    setAsync: (headers: Record<string, string>, ...args: unknown[]) =>
      this.call<void>("internetHeaders.setAsync", args, () => {
        if (!headers || typeof headers !== "object") return { error: ERRORS.invalidArgument };
        for (const [name, value] of Object.entries(headers)) {
          if (!/^[!-9;-~]+$/.test(name) || typeof value !== "string") return { error: { ...ERRORS.invalidArgument, message: `Not a valid header: ${name}` } };
          this.headers.set(name, value);
        }
        this.emulator.changed();
        return {
          detail: Object.entries(headers)
            .map(([k, v]) => `${k}: ${v}`)
            .join("; "),
        };
      }),
    getAsync: (names: string[], ...args: unknown[]) =>
      this.call<Record<string, string>>("internetHeaders.getAsync", args, () => {
        const value: Record<string, string> = {};
        for (const name of names ?? []) if (this.headers.has(name)) value[name] = this.headers.get(name) as string;
        return { value, detail: (names ?? []).join(", ") };
      }),
    removeAsync: (names: string[], ...args: unknown[]) =>
      this.call<void>("internetHeaders.removeAsync", args, () => {
        for (const name of names ?? []) this.headers.delete(name);
        return { detail: (names ?? []).join(", ") };
      }),
  };

  private sessionSize(): number {
    let n = 0;
    this.session.forEach((v, k) => (n += k.length + v.length));
    return n;
  }

  readonly sessionData = {
    getAllAsync: (...args: unknown[]) =>
      this.call<Record<string, string>>("sessionData.getAllAsync", args, () => ({
        value: Object.fromEntries(this.session),
        detail: `${this.session.size} values`,
      })),
    getAsync: (name: string, ...args: unknown[]) =>
      this.call<string>("sessionData.getAsync", args, () =>
        this.session.has(name) ? { value: this.session.get(name) as string, detail: name } : { error: ERRORS.notFound },
      ),
    setAsync: (name: string, value: string, ...args: unknown[]) =>
      this.call<void>("sessionData.setAsync", args, () => {
        if (typeof name !== "string" || typeof value !== "string") return { error: ERRORS.invalidArgument };
        const before = this.session.get(name);
        const size = this.sessionSize() - (before !== undefined ? name.length + before.length : 0) + name.length + value.length;
        if (size > 50_000) return { error: ERRORS.sessionFull };
        this.session.set(name, value);
        return { detail: `${name} (${value.length} characters)` };
      }),
    removeAsync: (name: string, ...args: unknown[]) =>
      this.call<void>("sessionData.removeAsync", args, () => {
        this.session.delete(name);
        return { detail: name };
      }),
    clearAsync: (...args: unknown[]) =>
      this.call<void>("sessionData.clearAsync", args, () => {
        this.session.clear();
        return { detail: "all" };
      }),
  };

  get sensitivityLabelField() {
    return {
      getAsync: (...args: unknown[]) =>
        this.call<string>("sensitivityLabel.getAsync", args, () => ({ value: this.sensitivityLabelId, detail: this.sensitivityLabelId || "none" })),
    };
  }

  getAttachmentsAsync(...args: unknown[]): void {
    this.call<EmulatedAttachment[]>("getAttachmentsAsync", args, () => ({
      value: this.attachments.map((a) => ({ ...a })),
      detail: this.attachments.map((a) => a.name).join(", ") || "none",
    }));
  }

  getComposeTypeAsync(...args: unknown[]): void {
    this.call<{ composeType: ComposeType; coercionType: string }>("getComposeTypeAsync", args, () => ({
      value: { composeType: this.composeType, coercionType: "html" },
      detail: this.composeType,
    }));
  }

  disableClientSignatureAsync(...args: unknown[]): void {
    this.call<void>("disableClientSignatureAsync", args, () => {
      this.clientSignatureDisabled = true;
      return { detail: "the user's own Outlook signature is off for this message" };
    });
  }

  getInitializationContextAsync(...args: unknown[]): void {
    this.call<string>("getInitializationContextAsync", args, () =>
      this.initializationContext !== null ? { value: this.initializationContext, detail: clip(this.initializationContext) } : { error: ERRORS.noContext },
    );
  }

  addHandlerAsync(type: string, handler: Listener, ...args: unknown[]): void {
    this.call<void>("item.addHandlerAsync", args, () => {
      if (!Object.values(EventType).includes(type as never) || typeof handler !== "function") return { error: ERRORS.invalidArgument };
      if (!this.listeners.has(type)) this.listeners.set(type, new Set());
      this.listeners.get(type)!.add(handler);
      return { detail: type };
    });
  }

  removeHandlerAsync(type: string, ...args: unknown[]): void {
    this.call<void>("item.removeHandlerAsync", args, () => {
      // Office.js removes every handler of the type (the handler argument is ignored since 1.5).
      this.listeners.delete(type);
      return { detail: type };
    });
  }
}

/** The Office.js global the add-in sees: `Office.context.mailbox.item` and friends. */
export interface EmulatedOffice {
  context: {
    mailbox: {
      readonly item: Record<string, unknown> | null;
      userProfile: Person & { accountType: string; timeZone: string };
      diagnostics: { hostName: string; hostVersion: string; OWAView: string };
      addHandlerAsync(type: string, handler: Listener, ...args: unknown[]): void;
      removeHandlerAsync(type: string, ...args: unknown[]): void;
    };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    roamingSettings: {
      get(name: string): unknown;
      set(name: string, value: unknown): void;
      remove(name: string): void;
      saveAsync(callback?: Callback<void>): void;
    };
    readonly sensitivityLabelsCatalog?: { getIsEnabledAsync(...args: unknown[]): void; getAsync(...args: unknown[]): void };
    displayLanguage: string;
    contentLanguage: string;
    officeTheme: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
    diagnostics: { host: string; platform: string; version: string };
    host: string;
    platform: string;
  };
  actions: { associate(name: string, handler: AnyFunction): void };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  CoercionType: { Html: "html"; Text: "text" };
  EventType: typeof EventType;
  HostType: { Outlook: "Outlook" };
  PlatformType: { OfficeOnline: "OfficeOnline" };
  MailboxEnums: {
    SendModeOverride: { PromptUser: "promptUser" };
    ComposeType: { NewMail: "newMail"; Reply: "reply"; Forward: "forward" };
    ItemType: { Message: "message"; Appointment: "appointment" };
    AttachmentType: { File: "file"; Item: "item"; Cloud: "cloud" };
    AttachmentStatus: { Added: "added"; Removed: "removed" };
    RecipientType: { DistributionList: "distributionList"; User: "user"; ExternalUser: "externalUser"; Other: "other" };
  };
}

/**
 * The emulated Outlook: the mailbox, the requirement sets it claims, the add-in's registered
 * handlers, and a log of every call. `office` is what gets installed as the global `Office`.
 */
export class OfficeEmulator {
  requirementSet: string;
  item: ComposeItem | null = null;
  readonly handlers = new Map<string, AnyFunction>();
  readonly activity: ActivityEntry[] = [];
  readonly roaming = new Map<string, unknown>();
  /** From the manifest: AppendOnSend must be asked for. */
  extendedPermissions: string[] = ["AppendOnSend"];
  readonly labels: SensitivityLabel[];
  readonly office: EmulatedOffice;
  userProfile: Person;
  private readonly latencyMs: number;
  private readonly subscribers = new Set<() => void>();
  /** Mailbox-level handlers (ItemChanged). */
  readonly mailboxListeners = new Map<string, Set<Listener>>();
  private nextActivity = 1;
  private notifyScheduled = false;

  constructor(options: EmulatorOptions) {
    this.requirementSet = options.requirementSet ?? "1.15";
    this.userProfile = options.userProfile;
    this.latencyMs = options.latencyMs ?? 2;
    this.labels = options.labels ?? [];
    this.office = buildOffice(this);
  }

  /** Does this Outlook support the Mailbox requirement set `version`? */
  supports(version: string): boolean {
    return compareVersions(version, this.requirementSet) <= 0;
  }

  /** Call back later, as Office.js always does. */
  later(fn: () => void): void {
    setTimeout(fn, this.latencyMs);
  }

  record(actor: ActivityEntry["actor"], api: string, detail: string, outcome: ActivityEntry["outcome"]): void {
    this.activity.push({ id: this.nextActivity++, at: Date.now(), actor, api, detail, outcome });
    if (this.activity.length > 400) this.activity.splice(0, this.activity.length - 400);
    this.changed();
  }

  /** Something changed: tell the page (batched to one notification per task). */
  changed(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    Promise.resolve().then(() => {
      this.notifyScheduled = false;
      this.subscribers.forEach((fn) => fn());
    });
  }

  subscribe(fn: () => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /** Open a new compose item, as Outlook does for New, Reply and Forward. */
  compose(init: ComposeInit): ComposeItem {
    this.item = new ComposeItem(this, init);
    this.record("outlook", "compose window opened", `${init.composeType ?? "newMail"} from ${init.from.emailAddress}`, "info");
    const listeners = this.mailboxListeners.get(EventType.ItemChanged);
    listeners?.forEach((listener) => this.later(() => listener({ type: EventType.ItemChanged })));
    this.changed();
    return this.item;
  }

  /** Close the compose window (after it is sent or discarded). */
  close(): void {
    this.item = null;
    this.changed();
  }
}

/** The `Office` object over an emulator. */
function buildOffice(emulator: OfficeEmulator): EmulatedOffice {
  const itemFacade = (item: ComposeItem): Record<string, unknown> => {
    const facade: Record<string, unknown> = {
      itemType: item.itemType,
      conversationId: item.conversationId,
      body: item.body,
      subject: item.subjectField,
      from: item.fromField,
      internetHeaders: item.internetHeaders,
      sessionData: item.sessionData,
      getAttachmentsAsync: item.getAttachmentsAsync.bind(item),
      getComposeTypeAsync: item.getComposeTypeAsync.bind(item),
      disableClientSignatureAsync: item.disableClientSignatureAsync.bind(item),
      getInitializationContextAsync: item.getInitializationContextAsync.bind(item),
      addHandlerAsync: item.addHandlerAsync.bind(item),
      removeHandlerAsync: item.removeHandlerAsync.bind(item),
    };
    for (const field of ["to", "cc", "bcc"] as const) facade[field] = recipientsOf(item, field);
    // Sensitivity labels arrived in Mailbox 1.13: older clients have no such property.
    if (emulator.supports("1.13")) facade.sensitivityLabel = item.sensitivityLabelField;
    return facade;
  };
  // One facade per item, so `Office.context.mailbox.item === Office.context.mailbox.item`.
  const facades = new WeakMap<ComposeItem, Record<string, unknown>>();
  const recipientCache = new WeakMap<ComposeItem, Record<string, unknown>>();
  const recipientsOf = (item: ComposeItem, field: RecipientField): unknown => {
    let cache = recipientCache.get(item);
    if (!cache) recipientCache.set(item, (cache = {}));
    if (!cache[field]) cache[field] = item.recipientsApi(field);
    return cache[field];
  };

  const catalog = {
    getIsEnabledAsync: (...args: unknown[]) => {
      const { callback } = split<boolean>(args);
      emulator.record("add-in", "sensitivityLabelsCatalog.getIsEnabledAsync", String(emulator.labels.length > 0), "ok");
      if (callback) emulator.later(() => callback({ status: "succeeded", value: emulator.labels.length > 0 }));
    },
    getAsync: (...args: unknown[]) => {
      const { callback } = split<unknown>(args);
      emulator.record("add-in", "sensitivityLabelsCatalog.getAsync", `${emulator.labels.length} labels`, "ok");
      const value = emulator.labels.map((l) => ({ id: l.id, name: l.name, tooltip: l.tooltip, color: "#0078d4", children: [] }));
      if (callback) emulator.later(() => callback({ status: "succeeded", value }));
    },
  };

  return {
    context: {
      mailbox: {
        get item() {
          const item = emulator.item;
          if (!item) return null;
          let facade = facades.get(item);
          if (!facade) facades.set(item, (facade = itemFacade(item)));
          return facade;
        },
        get userProfile() {
          return { ...emulator.userProfile, accountType: "enterprise", timeZone: "GMT Standard Time" };
        },
        diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0", OWAView: "ThreeColumn" },
        addHandlerAsync(type: string, handler: Listener, ...args: unknown[]) {
          const { callback } = split<void>(args);
          if (!emulator.mailboxListeners.has(type)) emulator.mailboxListeners.set(type, new Set());
          emulator.mailboxListeners.get(type)!.add(handler);
          emulator.record("add-in", "mailbox.addHandlerAsync", type, "ok");
          if (callback) emulator.later(() => callback({ status: "succeeded", value: undefined }));
        },
        removeHandlerAsync(type: string, ...args: unknown[]) {
          const { callback } = split<void>(args);
          emulator.mailboxListeners.delete(type);
          emulator.record("add-in", "mailbox.removeHandlerAsync", type, "ok");
          if (callback) emulator.later(() => callback({ status: "succeeded", value: undefined }));
        },
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          if (String(name).toLowerCase() !== "mailbox") return false;
          const version = minVersion === undefined ? "1.1" : String(minVersion);
          return emulator.supports(version);
        },
      },
      roamingSettings: {
        get: (name: string) => emulator.roaming.get(name),
        set: (name: string, value: unknown) => {
          emulator.roaming.set(name, value);
        },
        remove: (name: string) => {
          emulator.roaming.delete(name);
        },
        saveAsync: (callback?: Callback<void>) => {
          emulator.record("add-in", "roamingSettings.saveAsync", `${emulator.roaming.size} settings`, "ok");
          if (callback) emulator.later(() => callback({ status: "succeeded", value: undefined }));
        },
      },
      get sensitivityLabelsCatalog() {
        return emulator.supports("1.13") ? catalog : undefined;
      },
      displayLanguage: "en-GB",
      contentLanguage: "en-GB",
      officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#242424", controlBackgroundColor: "#ffffff", controlForegroundColor: "#242424" },
      diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "16.0" },
      host: "Outlook",
      platform: "OfficeOnline",
    },
    actions: {
      associate(name: string, handler: AnyFunction) {
        emulator.handlers.set(name, handler);
        emulator.record("add-in", "Office.actions.associate", name, "ok");
      },
    },
    onReady(callback) {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      return new Promise((resolve) => {
        emulator.later(() => {
          if (callback) callback(info);
          resolve(info);
        });
      });
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType,
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    MailboxEnums: {
      SendModeOverride: { PromptUser: "promptUser" },
      ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
      ItemType: { Message: "message", Appointment: "appointment" },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      AttachmentStatus: { Added: "added", Removed: "removed" },
      RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
    },
  };
}
