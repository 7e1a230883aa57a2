/**
 * The slice of Office.js this add-in uses, as structural types, and the one helper that turns
 * an Office.js callback into a promise. Structural types (rather than `Office.MessageCompose`)
 * let the same code run against Outlook, `office-addin-mock` and the plain objects the tests
 * build, and keep the on-send bundle free of any Office.js import.
 */

/** What an Office.js `…Async` method hands its callback. */
export interface AsyncResultLike<T> {
  status: string;
  value: T;
  error?: { code?: number | string; name?: string; message?: string } | null;
}

export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

/** An email address as Office.js gives it. */
export interface EmailAddressLike {
  displayName?: string;
  emailAddress?: string;
}

export interface RecipientsLike {
  getAsync(callback: OfficeCallback<EmailAddressLike[]>): void;
  setAsync?(recipients: EmailAddressLike[], callback: OfficeCallback<void>): void;
  addAsync?(recipients: EmailAddressLike[], callback: OfficeCallback<void>): void;
}

export interface CoercionOptions {
  coercionType: "html" | "text";
}

export interface BodyLike {
  getAsync(coercionType: "html" | "text", callback: OfficeCallback<string>): void;
  getTypeAsync?(callback: OfficeCallback<string>): void;
  setSignatureAsync?(data: string, options: CoercionOptions, callback: OfficeCallback<void>): void;
  appendOnSendAsync?(data: string | null, options: CoercionOptions, callback: OfficeCallback<void>): void;
}

export interface AttachmentLike {
  name?: string;
  size?: number;
  contentType?: string;
  isInline?: boolean;
}

export interface SessionDataLike {
  getAllAsync(callback: OfficeCallback<unknown>): void;
  setAsync(name: string, value: string, callback: OfficeCallback<void>): void;
}

/** A message being composed. */
export interface ComposeItemLike {
  body: BodyLike;
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  subject: { getAsync(callback: OfficeCallback<string>): void };
  from?: { getAsync(callback: OfficeCallback<EmailAddressLike>): void };
  getAttachmentsAsync?(callback: OfficeCallback<AttachmentLike[]>): void;
  getComposeTypeAsync?(callback: OfficeCallback<unknown>): void;
  disableClientSignatureAsync?(callback: OfficeCallback<void>): void;
  internetHeaders?: { setAsync(headers: Record<string, string>, callback: OfficeCallback<void>): void };
  sessionData?: SessionDataLike;
  sensitivityLabel?: { getAsync(callback: OfficeCallback<string>): void };
}

export interface LabelDetailsLike {
  id?: string;
  name?: string;
  children?: LabelDetailsLike[];
}

export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync?(callback?: OfficeCallback<void>): void;
}

export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Everything the adapter reads from `Office.context`, gathered so tests can hand in their own. */
export interface OfficeHost {
  mailbox: {
    item?: ComposeItemLike | null;
    userProfile?: { displayName?: string; emailAddress?: string } | null;
  };
  requirements?: RequirementsLike | null;
  roamingSettings?: RoamingSettingsLike | null;
  sensitivityLabelsCatalog?: { getAsync(callback: OfficeCallback<LabelDetailsLike[]>): void } | null;
}

/** An Office.js call that failed, with the API's name so logs and messages can say which. */
export class OfficeCallError extends Error {
  readonly api: string;
  readonly code: number | string | undefined;
  constructor(api: string, message: string, code?: number | string) {
    super(`${api}: ${message}`);
    this.name = "OfficeCallError";
    this.api = api;
    this.code = code;
  }
}

/**
 * Call an Office.js `…Async` method and settle with its value. A failed result, a throw from the
 * call itself, and a result without a status all reject with an {@link OfficeCallError}: nothing
 * is thrown inside the callback, where no one could catch it.
 */
export function officeCall<T>(api: string, invoke: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result && result.status === "succeeded") resolve(result.value);
        else {
          const error = result && result.error;
          reject(new OfficeCallError(api, (error && error.message) || "the call failed", error ? (error.code ?? undefined) : undefined));
        }
      });
    } catch (error) {
      reject(new OfficeCallError(api, error instanceof Error ? error.message : String(error)));
    }
  });
}

/** Is this Mailbox requirement set supported? Never throws; no requirements object means no. */
export function supportsMailbox(host: Pick<OfficeHost, "requirements">, version: string): boolean {
  try {
    return !!host.requirements && host.requirements.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}

/**
 * The host as Office.js gives it, read when called (never at module load: in classic Outlook's
 * JavaScript-only runtime `Office.context` is only ready when a handler runs).
 */
export function currentHost(): OfficeHost {
  if (typeof Office === "undefined" || !Office.context) throw new Error("Office.js is not available");
  const context = Office.context as unknown as {
    mailbox: OfficeHost["mailbox"];
    requirements?: RequirementsLike;
    roamingSettings?: RoamingSettingsLike;
    sensitivityLabelsCatalog?: OfficeHost["sensitivityLabelsCatalog"];
  };
  return {
    mailbox: context.mailbox,
    requirements: context.requirements,
    roamingSettings: context.roamingSettings,
    sensitivityLabelsCatalog: context.sensitivityLabelsCatalog,
  };
}

/** The item being composed, or an error saying there is none. */
export function composeItem(host: OfficeHost): ComposeItemLike {
  const item = host.mailbox && host.mailbox.item;
  if (!item) throw new Error("There is no message being composed");
  return item;
}
