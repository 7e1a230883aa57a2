/**
 * What Outlook reads from the add-in's manifest, read the same way here: the playground takes the
 * event handlers' names, the send mode, the runtime's script and the task pane's command from the
 * manifest the build wrote, so a mistake there shows up here too.
 */

export type SendMode = "SoftBlock" | "Block" | "PromptUser";

export interface LaunchEventInfo {
  type: string;
  functionName: string;
  sendMode?: SendMode;
}

export interface ControlInfo {
  id: string;
  label: string;
  /** The page a ShowTaskpane action opens, if it is one. */
  taskpaneUrl?: string;
}

export interface ManifestInfo {
  displayName: string;
  version: string;
  permissions: string;
  /** Mailbox requirement set the add-in's commands and events need (VersionOverrides 1.1). */
  minMailbox: string;
  launchEvents: LaunchEventInfo[];
  /** The event runtime's HTML page (Outlook on the web, new Outlook, Mac). */
  runtimeHtmlUrl?: string;
  /** The JavaScript classic Outlook loads directly, and the file the playground loads. */
  runtimeJsUrl?: string;
  composeControls: ControlInfo[];
  extendedPermissions: string[];
}

const byLocalName = (root: ParentNode, name: string): Element[] => Array.from((root as Element | Document).getElementsByTagNameNS("*", name));

const attr = (el: Element | undefined, name: string): string => (el ? (el.getAttribute(name) ?? "") : "");

const SEND_MODES: SendMode[] = ["SoftBlock", "Block", "PromptUser"];

/** Parse the manifest's XML. Throws with a plain message if it is not an Outlook add-in manifest. */
export function parseManifest(xml: string): ManifestInfo {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length) throw new Error("manifest.xml is not well-formed XML");
  const app = doc.documentElement;
  if (!app || app.localName !== "OfficeApp") throw new Error("manifest.xml has no OfficeApp element");

  const urls = new Map<string, string>();
  for (const u of byLocalName(doc, "Url")) urls.set(attr(u, "id"), attr(u, "DefaultValue"));
  const strings = new Map<string, string>();
  for (const s of byLocalName(doc, "String")) strings.set(attr(s, "id"), attr(s, "DefaultValue"));

  const runtime = byLocalName(doc, "Runtime")[0];
  const override = runtime ? byLocalName(runtime, "Override").find((o) => attr(o, "type") === "javascript") : undefined;

  const launchEvents: LaunchEventInfo[] = byLocalName(doc, "LaunchEvent").map((e) => {
    const mode = attr(e, "SendMode");
    return {
      type: attr(e, "Type"),
      functionName: attr(e, "FunctionName"),
      ...(SEND_MODES.includes(mode as SendMode) ? { sendMode: mode as SendMode } : {}),
    };
  });

  const composeControls: ControlInfo[] = [];
  for (const point of byLocalName(doc, "ExtensionPoint")) {
    if (attr(point, "xsi:type") !== "MessageComposeCommandSurface") continue;
    for (const control of byLocalName(point, "Control")) {
      const label = byLocalName(control, "Label")[0];
      const action = byLocalName(control, "Action")[0];
      const source = action ? byLocalName(action, "SourceLocation")[0] : undefined;
      composeControls.push({
        id: attr(control, "id"),
        label: strings.get(attr(label, "resid")) ?? attr(label, "resid"),
        ...(source ? { taskpaneUrl: urls.get(attr(source, "resid")) } : {}),
      });
    }
  }

  const text = (name: string): string => (byLocalName(app, name)[0]?.textContent ?? "").trim();
  const sets = byLocalName(doc, "Sets").find((s) => s.getAttribute("DefaultMinVersion"));

  return {
    displayName: attr(byLocalName(app, "DisplayName")[0], "DefaultValue"),
    version: text("Version"),
    permissions: text("Permissions"),
    minMailbox: sets ? attr(sets, "DefaultMinVersion") : "1.1",
    launchEvents,
    runtimeHtmlUrl: runtime ? urls.get(attr(runtime, "resid")) : undefined,
    runtimeJsUrl: override ? urls.get(attr(override, "resid")) : undefined,
    composeControls,
    extendedPermissions: byLocalName(doc, "ExtendedPermission").map((p) => (p.textContent ?? "").trim()),
  };
}

/** The handler the manifest names for an event, if any. */
export function handlerFor(info: ManifestInfo, type: string): LaunchEventInfo | undefined {
  return info.launchEvents.find((e) => e.type === type && e.functionName);
}

/**
 * The address the add-in is hosted at, from the runtime script's URL ("https://host/path/").
 * The playground serves the same files from wherever it runs, and maps this address to its own.
 */
export function baseUrlOf(info: ManifestInfo): string | undefined {
  const url = info.runtimeJsUrl ?? info.runtimeHtmlUrl;
  if (!url) return undefined;
  try {
    return new URL(".", url).href;
  } catch {
    return undefined;
  }
}
