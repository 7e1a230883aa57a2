// @ts-check
/**
 * Offline checks of an add-in only manifest for Outlook: what Microsoft's validator checks, as
 * far as no published schema lets us know it (element order, resource references, https), and
 * what it does not (the event runtime agrees with the built on-send file, icons are the sizes
 * declared, Smart Alerts' commandId names a real button).
 *
 * `checkManifest(xml, context)` returns a list of problems, empty when all is well. The tests
 * run it on the repository's manifest and the built one; scripts/validate-manifest.js runs it
 * on a build directory from the command line.
 */
const { parseDocument } = require("htmlparser2");

/** Exchange refuses manifests larger than this. */
const MAX_MANIFEST_BYTES = 256 * 1024;
/** resid attributes and resource ids: at most 32 characters. */
const MAX_RESID = 32;

/**
 * Child order, from the manifest schemas (OfficeAppManifestV1_1, MailAppVersionOverridesV1_0/1_1,
 * OfficeAppBasicTypesV1_0) and Microsoft's element reference for the newer elements (Runtimes,
 * LaunchEvent, ExtendedPermissions). Keys are `parent` or `parent[xsi:type]`; children not listed
 * under a listed parent are reported as unexpected.
 */
const ORDER = {
  "OfficeApp[MailApp]": ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides"],
  "VersionOverrides[VersionOverridesV1_0]": ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
  "VersionOverrides[VersionOverridesV1_1]": ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "ExtendedPermissions"],
  "Host[MailHost]": ["Runtimes", "DesktopFormFactor", "MobileFormFactor"],
  Runtimes: ["Runtime"],
  Runtime: ["Override"],
  DesktopFormFactor: ["FunctionFile", "ExtensionPoint"],
  "ExtensionPoint[LaunchEvent]": ["LaunchEvents", "SourceLocation"],
  "ExtensionPoint[MessageComposeCommandSurface]": ["OfficeTab", "CustomTab"],
  "ExtensionPoint[MessageReadCommandSurface]": ["OfficeTab", "CustomTab"],
  LaunchEvents: ["LaunchEvent"],
  OfficeTab: ["Group"],
  Group: ["Label", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Icon: ["bt:Image"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  "bt:Images": ["bt:Image"],
  "bt:Urls": ["bt:Url"],
  "bt:ShortStrings": ["bt:String"],
  "bt:LongStrings": ["bt:String"],
  "Form[ItemRead]": ["DesktopSettings", "TabletSettings", "PhoneSettings"],
  "Form[ItemEdit]": ["DesktopSettings", "TabletSettings", "PhoneSettings"],
  FormSettings: ["Form"],
  ExtendedPermissions: ["ExtendedPermission"],
};

/** Which resource list a resid must name, by the referring element. */
const RESID_KIND = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  Runtime: "bt:Urls",
  Override: "bt:Urls",
  FunctionFile: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

/** @typedef {import("domhandler").Element} El */

/** @param {any} node @returns {node is El} */
const isElement = (node) => node && node.type === "tag";
/** @param {El} el */
const kids = (el) => /** @type {El[]} */ (el.children.filter(isElement));
/** @param {El} el */
const xsiType = (el) => el.attribs["xsi:type"];
/** @param {El} el */
const key = (el) => (xsiType(el) ? `${el.name}[${xsiType(el)}]` : el.name);
/** @param {El} el @returns {string} */
const pathOf = (el) => {
  const parts = [];
  /** @type {any} */
  let n = el;
  while (isElement(n)) {
    parts.unshift(xsiType(n) ? `${n.name}[${xsiType(n)}]` : n.attribs.id ? `${n.name}#${n.attribs.id}` : n.name);
    n = n.parent;
  }
  return parts.join("/");
};
/** @param {El} root @param {(el: El) => boolean} test @returns {El[]} */
function findAll(root, test) {
  /** @type {El[]} */
  const out = [];
  const visit = (/** @type {El} */ el) => {
    if (test(el)) out.push(el);
    for (const c of kids(el)) visit(c);
  };
  visit(root);
  return out;
}
/** @param {El} root @param {string} name */
const byName = (root, name) => findAll(root, (e) => e.name === name);

/** Width and height of a PNG, from its IHDR chunk. @param {Buffer} png */
function pngSize(png) {
  const signature = "89504e470d0a1a0a";
  if (png.length < 24 || png.subarray(0, 8).toString("hex") !== signature || png.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * @typedef {object} ManifestContext
 * @property {(url: string) => Buffer | undefined} [readUrl]  the file a manifest URL serves, if known
 * @property {string[]} [registeredFunctions]  names the built on-send file registers with Office.actions.associate
 * @property {string[]} [commandIds]           commandIds the on-send file passes to event.completed
 * @property {string} [baseUrl]                every URL must start with this (the production build)
 */

/**
 * @param {string} xml
 * @param {ManifestContext} [context]
 * @returns {string[]} problems
 */
function checkManifest(xml, context = {}) {
  /** @type {string[]} */
  const problems = [];
  const fail = (/** @type {string} */ where, /** @type {string} */ what) => problems.push(`${where}: ${what}`);

  const bytes = Buffer.byteLength(xml, "utf8");
  if (bytes > MAX_MANIFEST_BYTES) fail("manifest", `${bytes} bytes; Exchange refuses manifests over 256 KB`);
  if (!/^\s*<\?xml[^>]*encoding="UTF-8"/i.test(xml)) fail("manifest", "must start with an XML declaration giving UTF-8");

  const doc = parseDocument(xml, { xmlMode: true });
  const roots = /** @type {El[]} */ (doc.children.filter(isElement));
  if (roots.length !== 1 || roots[0].name !== "OfficeApp") {
    fail("manifest", "the root element must be OfficeApp");
    return problems;
  }
  const root = roots[0];
  if (xsiType(root) !== "MailApp") fail("OfficeApp", 'xsi:type must be "MailApp"');
  const ns = {
    xmlns: "http://schemas.microsoft.com/office/appforoffice/1.1",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xmlns:bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  };
  for (const [attr, value] of Object.entries(ns)) if (root.attribs[attr] !== value) fail("OfficeApp", `${attr} must be ${value}`);

  // Element order and allowed children.
  for (const el of findAll(root, () => true)) {
    const order = /** @type {Record<string, string[]>} */ (ORDER)[key(el)];
    if (!order) continue;
    let last = -1;
    for (const child of kids(el)) {
      const at = order.indexOf(child.name);
      if (at < 0) fail(pathOf(el), `<${child.name}> is not expected here`);
      else if (at < last) fail(pathOf(child), `<${child.name}> is out of order: expected ${order.join(", ")}`);
      else last = at;
    }
  }
  const required = (/** @type {El} */ el, /** @type {string[]} */ names) => {
    for (const n of names) if (!kids(el).some((c) => c.name === n)) fail(pathOf(el), `<${n}> is required`);
  };
  required(root, ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "Requirements", "FormSettings", "Permissions", "Rule"]);

  const text = (/** @type {string} */ name) => {
    const el = kids(root).find((c) => c.name === name);
    return el ? el.children.map((c) => /** @type {any} */ (c).data || "").join("").trim() : "";
  };
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(text("Id"))) fail("Id", "must be a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) fail("Version", "must be up to four dot-separated numbers");
  if (text("Permissions") !== "ReadWriteItem") fail("Permissions", "must be ReadWriteItem (the least privilege that lets us set the signature, waiver and header)");
  for (const name of ["DisplayName", "ProviderName"]) {
    const el = kids(root).find((c) => c.name === name);
    const v = el ? el.attribs.DefaultValue ?? text(name) : "";
    if (v.length > 125) fail(name, "at most 125 characters");
  }
  const description = kids(root).find((c) => c.name === "Description");
  if (description && (description.attribs.DefaultValue || "").length > 250) fail("Description", "at most 250 characters");

  // Version overrides.
  const v10 = kids(root).find((c) => c.name === "VersionOverrides");
  const v11 = v10 && kids(v10).find((c) => c.name === "VersionOverrides");
  if (!v10 || xsiType(v10) !== "VersionOverridesV1_0") fail("OfficeApp", "needs VersionOverrides of type VersionOverridesV1_0");
  if (!v11 || xsiType(v11) !== "VersionOverridesV1_1") {
    fail("VersionOverrides[VersionOverridesV1_0]", "needs a nested VersionOverrides of type VersionOverridesV1_1");
    return problems;
  }
  if (v10 && v10.attribs.xmlns !== "http://schemas.microsoft.com/office/mailappversionoverrides") fail(pathOf(v10), "wrong xmlns");
  if (v11.attribs.xmlns !== "http://schemas.microsoft.com/office/mailappversionoverrides/1.1") fail(pathOf(v11), "wrong xmlns");
  const v11Kids = kids(v11);
  const extended = v11Kids.find((c) => c.name === "ExtendedPermissions");
  if (!extended) fail(pathOf(v11), "needs <ExtendedPermissions> with AppendOnSend (appendOnSendAsync)");
  else {
    if (v11Kids[v11Kids.length - 1] !== extended) fail(pathOf(extended), "must be the last child of VersionOverridesV1_1");
    const perms = kids(extended).map((e) => e.children.map((c) => /** @type {any} */ (c).data || "").join("").trim());
    if (!perms.includes("AppendOnSend")) fail(pathOf(extended), "must include AppendOnSend");
  }
  const sets = findAll(v11, (e) => e.name === "bt:Sets")[0];
  const minVersion = sets ? sets.attribs.DefaultMinVersion || "1.1" : "1.1";
  const [major, minor] = minVersion.split(".").map(Number);

  // Resources.
  /** @type {Map<string, { kind: string, value: string, el: El }>} */
  const resources = new Map();
  const used = new Set();
  for (const list of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    for (const holder of byName(v11, list)) {
      for (const item of kids(holder)) {
        const id = item.attribs.id;
        if (!id) {
          fail(pathOf(item), "has no id");
          continue;
        }
        if (id.length > MAX_RESID) fail(pathOf(item), `id "${id}" is longer than ${MAX_RESID} characters`);
        if (resources.has(id)) fail(pathOf(item), `id "${id}" is defined twice`);
        const value = item.attribs.DefaultValue || "";
        if (!value) fail(pathOf(item), "has no DefaultValue");
        if (list === "bt:ShortStrings" && value.length > 125) fail(pathOf(item), "a short string has at most 125 characters");
        if (list === "bt:LongStrings" && value.length > 250) fail(pathOf(item), "a long string has at most 250 characters");
        resources.set(id, { kind: list, value, el: item });
      }
    }
  }
  for (const el of findAll(v11, (e) => "resid" in e.attribs)) {
    const resid = el.attribs.resid;
    used.add(resid);
    if (resid.length > MAX_RESID) fail(pathOf(el), `resid "${resid}" is longer than ${MAX_RESID} characters`);
    const res = resources.get(resid);
    if (!res) {
      fail(pathOf(el), `resid "${resid}" is not defined in Resources`);
      continue;
    }
    const kind = /** @type {Record<string, string>} */ (RESID_KIND)[el.name];
    if (kind && res.kind !== kind) fail(pathOf(el), `resid "${resid}" must name one of ${kind}, not ${res.kind}`);
  }
  for (const [id, res] of resources) if (!used.has(id)) fail(pathOf(res.el), `"${id}" is defined but never used`);

  // URLs: https everywhere, and under the hosting address when one is given.
  const urls = findAll(root, (e) => ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"].includes(e.name) && "DefaultValue" in e.attribs).map((e) => ({
    el: e,
    url: e.attribs.DefaultValue,
  }));
  for (const d of byName(root, "AppDomain")) urls.push({ el: d, url: d.children.map((c) => /** @type {any} */ (c).data || "").join("").trim() });
  for (const { el, url } of urls) {
    if (!/^https:\/\/[^\s/]+/.test(url)) fail(pathOf(el), `"${url}" must be an https URL`);
    else if (context.baseUrl && !url.startsWith(context.baseUrl) && el.name !== "AppDomain") fail(pathOf(el), `"${url}" is not under ${context.baseUrl}`);
  }

  // Controls.
  const controls = byName(v11, "Control");
  const controlIds = controls.map((c) => c.attribs.id);
  controlIds.forEach((id, i) => {
    if (!id) fail(pathOf(controls[i]), "has no id");
    else if (controlIds.indexOf(id) !== i) fail(pathOf(controls[i]), `id "${id}" is used twice`);
  });
  const surfaces = findAll(v11, (e) => e.name === "ExtensionPoint").map(xsiType);
  for (const surface of ["MessageComposeCommandSurface", "MessageReadCommandSurface"]) {
    if (!surfaces.includes(surface)) fail(pathOf(v11), `needs a task pane button on ${surface}`);
  }

  // The event runtime.
  const runtimes = byName(v11, "Runtime");
  if (runtimes.length !== 1) fail(pathOf(v11), "needs exactly one <Runtime>");
  const runtime = runtimes[0];
  const launch = findAll(v11, (e) => e.name === "ExtensionPoint" && xsiType(e) === "LaunchEvent")[0];
  if (!launch) fail(pathOf(v11), "needs an ExtensionPoint of type LaunchEvent");
  if (runtime) {
    const overrides = kids(runtime).filter((c) => c.name === "Override");
    if (overrides.length !== 1 || overrides[0].attribs.type !== "javascript") fail(pathOf(runtime), 'needs one <Override type="javascript"> for classic Outlook');
    const page = resources.get(runtime.attribs.resid);
    if (page && !/\.html$/.test(page.value)) fail(pathOf(runtime), "the Runtime resid must name the HTML page");
    const script = overrides[0] && resources.get(overrides[0].attribs.resid);
    if (script && !/\.js$/.test(script.value)) fail(pathOf(overrides[0]), "the Override resid must name the JavaScript file");
  }
  if (launch) {
    const source = kids(launch).find((c) => c.name === "SourceLocation");
    if (!source || !runtime || source.attribs.resid !== runtime.attribs.resid) fail(pathOf(launch), "its SourceLocation resid must equal the Runtime's resid");
    const events = byName(launch, "LaunchEvent");
    const types = events.map((e) => e.attribs.Type);
    for (const t of ["OnNewMessageCompose", "OnMessageSend"]) if (!types.includes(t)) fail(pathOf(launch), `needs a LaunchEvent of Type ${t}`);
    for (const e of events) {
      const fn = e.attribs.FunctionName;
      if (!fn) fail(pathOf(e), "has no FunctionName");
      else if (context.registeredFunctions && !context.registeredFunctions.includes(fn)) {
        fail(pathOf(e), `FunctionName "${fn}" is not registered with Office.actions.associate in the built on-send file`);
      }
      if (e.attribs.Type === "OnMessageSend") {
        if (!["PromptUser", "SoftBlock", "Block"].includes(e.attribs.SendMode)) fail(pathOf(e), "SendMode must be PromptUser, SoftBlock or Block");
        if (major < 1 || (major === 1 && minor < 12)) fail(pathOf(sets || v11), "OnMessageSend needs Mailbox 1.12: DefaultMinVersion must be at least 1.12");
      }
    }
  }
  for (const id of context.commandIds || []) {
    if (!controlIds.includes(id)) fail("on-send file", `Smart Alerts commandId "${id}" is not the id of a manifest <Control>`);
  }

  // Icons: present, PNG, the pixel size declared.
  if (context.readUrl) {
    /** @type {Map<string, Set<number>>} */
    const declared = new Map();
    const want = (/** @type {string} */ url, /** @type {number} */ size) => {
      if (!declared.has(url)) declared.set(url, new Set());
      /** @type {Set<number>} */ (declared.get(url)).add(size);
    };
    for (const img of findAll(v11, (e) => e.name === "bt:Image" && "size" in e.attribs)) {
      const res = resources.get(img.attribs.resid);
      if (res) want(res.value, Number(img.attribs.size));
    }
    const icon = kids(root).find((c) => c.name === "IconUrl");
    const hiRes = kids(root).find((c) => c.name === "HighResolutionIconUrl");
    if (icon) want(icon.attribs.DefaultValue, 64);
    if (hiRes) want(hiRes.attribs.DefaultValue, 128);
    for (const [url, sizes] of declared) {
      const file = context.readUrl(url);
      if (!file) {
        fail("icons", `${url} is missing`);
        continue;
      }
      const size = pngSize(file);
      if (!size) fail("icons", `${url} is not a PNG`);
      else for (const s of sizes) if (size.width !== s || size.height !== s) fail("icons", `${url} is ${size.width}×${size.height}, declared ${s}×${s}`);
    }
  }
  return problems;
}

/**
 * What the built on-send file registers, and which commandIds it completes with. It is run in a
 * fresh realm with a stub `Office` (it needs nothing else); then its send handler is driven once
 * on a draft every policy finds fault with (no signature, no waiver), on a client with every
 * Smart Alerts option, and the commandId it completes with is collected, together with any
 * commandId written literally in the file.
 * @param {string} code
 * @param {string} [sendFunction] the OnMessageSend FunctionName (default onMessageSendHandler)
 * @returns {Promise<{ registered: string[], commandIds: string[] }>}
 */
function inspectOnSendFile(code, sendFunction = "onMessageSendHandler") {
  const vm = require("vm");
  /** @type {Record<string, (event: unknown) => void>} */
  const handlers = {};
  const ok = (/** @type {unknown} */ value) => (/** @type {any[]} */ ...args) => args[args.length - 1]({ status: "succeeded", value });
  const recipients = { getAsync: ok([{ displayName: "A Resident", emailAddress: "resident@example.com" }]) };
  const item = {
    body: { getAsync: ok("<html><body><p>Hello</p></body></html>"), getTypeAsync: ok("html") },
    to: recipients,
    cc: { getAsync: ok([]) },
    bcc: { getAsync: ok([]) },
    subject: { getAsync: ok("Hello") },
    from: { getAsync: ok({ displayName: "Someone", emailAddress: "someone@example.com" }) },
    getAttachmentsAsync: ok([]),
    getComposeTypeAsync: ok({ composeType: "newMail" }),
    internetHeaders: { setAsync: ok(undefined) },
    sessionData: { getAllAsync: ok({}), setAsync: ok(undefined) },
  };
  const Office = {
    actions: { associate: (/** @type {string} */ name, /** @type {any} */ fn) => (handlers[name] = fn) },
    context: { mailbox: { item, userProfile: { displayName: "Someone", emailAddress: "someone@example.com" } }, requirements: { isSetSupported: () => true } },
  };
  vm.runInContext(code, vm.createContext({ Office }), { filename: "launchevent.js", timeout: 5000 });
  const registered = Object.keys(handlers);
  const literal = [...code.matchAll(/commandId\s*[:=]\s*"([^"]+)"/g)].map((m) => m[1]);
  const send = handlers[sendFunction];
  return new Promise((resolve) => {
    const finish = (/** @type {any} */ options) => resolve({ registered, commandIds: [...new Set([...literal, ...(options && options.commandId ? [options.commandId] : [])])] });
    if (!send) return finish(undefined);
    const timer = setTimeout(() => finish(undefined), 5000);
    send({
      completed: (/** @type {any} */ options) => {
        clearTimeout(timer);
        finish(options);
      },
    });
  });
}

module.exports = { MAX_MANIFEST_BYTES, MAX_RESID, ORDER, checkManifest, inspectOnSendFile, pngSize };
