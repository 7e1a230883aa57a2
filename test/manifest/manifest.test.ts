import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { FIX_COMMAND_ID } from "../../src/outlook/smart-alert";
import { HANDLER_NAMES } from "../../src/launchevent/names";
import { ROOT } from "../launchevent/build";
/* eslint-disable @typescript-eslint/no-require-imports */
const { checkManifest, pngSize } = require("../../scripts/manifest-checks") as typeof import("../../scripts/manifest-checks");
const { checkLock, fingerprint } = require("../../scripts/manifest-lock") as typeof import("../../scripts/manifest-lock");
const { renderIcons, ICONS } = require("../../scripts/render-icons") as typeof import("../../scripts/render-icons");
const { DEV_URL } = require("../../scripts/build-support") as typeof import("../../scripts/build-support");
/* eslint-enable @typescript-eslint/no-require-imports */

const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Icons from the repository, at the development server's URLs. */
const readRepoUrl = (url: string): Buffer | undefined => {
  if (!url.startsWith(DEV_URL)) return undefined;
  const file = join(ROOT, url.slice(DEV_URL.length));
  return existsSync(file) ? readFileSync(file) : undefined;
};

const CONTEXT = { readUrl: readRepoUrl, registeredFunctions: Object.values(HANDLER_NAMES), commandIds: [FIX_COMMAND_ID] };

describe("manifest.xml in the repository", () => {
  it("passes every offline check", () => {
    expect(checkManifest(SOURCE, CONTEXT)).toEqual([]);
  });

  it("names the handlers the code registers, and the button Smart Alerts opens", () => {
    expect(SOURCE).toContain(`FunctionName="${HANDLER_NAMES.compose}"`);
    expect(SOURCE).toContain(`FunctionName="${HANDLER_NAMES.send}"`);
    expect(SOURCE).toContain(`<Control xsi:type="Button" id="${FIX_COMMAND_ID}">`);
  });

  it("sends in SoftBlock mode by default", () => {
    expect(SOURCE).toMatch(/<LaunchEvent Type="OnMessageSend" FunctionName="[^"]+" SendMode="SoftBlock"\/>/);
  });

  it("has its <Version> bumped whenever it changes", () => {
    const lock = JSON.parse(readFileSync(join(__dirname, "manifest-version.json"), "utf8")) as { version: string; sha256: string };
    expect(checkLock(SOURCE, lock)).toBeNull();
    const changed = SOURCE.replace("Check etiquette", "Check it");
    expect(checkLock(changed, { version: lock.version, sha256: fingerprint(SOURCE) })).toMatch(/bump it/);
    expect(checkLock(changed.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.1</Version>"), lock)).toMatch(/--update/);
  });
});

describe("the icons", () => {
  it("are the PNGs the SVG sources render, at every size", () => {
    expect(renderIcons({ check: true })).toEqual([]);
    for (const { size } of ICONS) expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
  });
});

/** Each check must catch the fault it is for: mutate the good manifest and expect the problem. */
describe("the offline checks catch each fault", () => {
  const mutations: [string, (xml: string) => string, RegExp][] = [
    ["children out of schema order", (x) => x.replace(/(<Label resid="ComposeButton.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/, "$3$2$1"), /<Supertip> is out of order|<Label> is out of order/],
    ["a top-level element out of order", (x) => x.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"), /out of order/],
    ["an element where none is allowed", (x) => x.replace("<Runtimes>", "<Runtimes><Bogus/>"), /<Bogus> is not expected here/],
    ["a resid not defined", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /resid "Group.Missing" is not defined/],
    ["a resid longer than 32 characters", (x) => x.replaceAll("Group.Label", "Group.Label.ThatIsFarTooLongToBeValid"), /longer than 32 characters/],
    ["a resid naming the wrong kind of resource", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="ReadButton.Tooltip"/>'), /must name one of bt:ShortStrings/],
    ["a resource never used", (x) => x.replace("</bt:ShortStrings>", '<bt:String id="Unused" DefaultValue="x"/></bt:ShortStrings>'), /"Unused" is defined but never used/],
    ["an http URL", (x) => x.replace("https://localhost:3000/taskpane.html\"/>\n          <bt:Url", "http://localhost:3000/taskpane.html\"/>\n          <bt:Url"), /must be an https URL/],
    ["the LaunchEvent source not the Runtime", (x) => x.replace('<SourceLocation resid="Runtime.Url"/>', '<SourceLocation resid="Taskpane.Url"/>'), /SourceLocation resid must equal the Runtime's resid/],
    ["no JavaScript override for classic Outlook", (x) => x.replace(/<Override type="javascript" resid="RuntimeJs.Url"\/>/, ""), /Override type="javascript"/],
    ["a FunctionName the bundle does not register", (x) => x.replace(`FunctionName="${HANDLER_NAMES.send}"`, 'FunctionName="onSend"'), /FunctionName "onSend" is not registered/],
    ["OnMessageSend missing", (x) => x.replace(/<LaunchEvent Type="OnMessageSend"[^>]*\/>/, ""), /needs a LaunchEvent of Type OnMessageSend/],
    ["a bad SendMode", (x) => x.replace('SendMode="SoftBlock"', 'SendMode="Strict"'), /SendMode must be/],
    ["requirements too old for OnMessageSend", (x) => x.replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.11"'), /needs Mailbox 1\.12/],
    ["ExtendedPermissions not last", (x) => x.replace(/(<\/Resources>)/, "$1<ExtendedPermissions><ExtendedPermission>AppendOnSend</ExtendedPermission></ExtendedPermissions>").replace(/(<\/ExtendedPermissions>)(\s*)<ExtendedPermissions>[\s\S]*?<\/ExtendedPermissions>/, "$1$2<WebApplicationInfo/>"), /must be the last child|out of order/],
    ["no AppendOnSend", (x) => x.replace("<ExtendedPermission>AppendOnSend</ExtendedPermission>", "<ExtendedPermission>Other</ExtendedPermission>"), /must include AppendOnSend/],
    ["a broader permission than needed", (x) => x.replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"), /must be ReadWriteItem/],
    ["no read-surface button", (x) => x.replace(/<ExtensionPoint xsi:type="MessageReadCommandSurface">[\s\S]*?<\/ExtensionPoint>/, ""), /needs a task pane button on MessageReadCommandSurface/],
    ["two controls with one id", (x) => x.replace('id="EtqReadOpenPane"', `id="${FIX_COMMAND_ID}"`), /used twice/],
    ["a manifest over 256 KB", (x) => x.replace("<OfficeApp", `<!-- ${"x".repeat(262_144)} -->\n<OfficeApp`), /Exchange refuses manifests over 256 KB/],
    ["not a GUID for Id", (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>etiquette</Id>"), /must be a GUID/],
    ["a short string over 125 characters", (x) => x.replace('DefaultValue="Email etiquette"', `DefaultValue="${"e".repeat(126)}"`), /at most 125 characters/],
  ];
  it.each(mutations)("%s", (_name, mutate, problem) => {
    const xml = mutate(SOURCE);
    expect(xml).not.toBe(SOURCE);
    expect(checkManifest(xml, CONTEXT).join("\n")).toMatch(problem);
  });

  it("a Smart Alerts commandId that is not a Control", () => {
    expect(checkManifest(SOURCE, { ...CONTEXT, commandIds: ["msgComposeOpenPaneButton"] }).join("\n")).toMatch(/commandId "msgComposeOpenPaneButton" is not the id of a manifest <Control>/);
  });

  it("an icon missing, or not at its declared size", () => {
    const small = readFileSync(join(ROOT, "assets/icon-16.png"));
    const wrong = checkManifest(SOURCE, { ...CONTEXT, readUrl: (url) => (url.endsWith("icon-32.png") ? small : readRepoUrl(url)) });
    expect(wrong.join("\n")).toMatch(/icon-32\.png is 16×16, declared 32×32/);
    const missing = checkManifest(SOURCE, { ...CONTEXT, readUrl: (url) => (url.endsWith("icon-80.png") ? undefined : readRepoUrl(url)) });
    expect(missing.join("\n")).toMatch(/icon-80\.png is missing/);
    const notPng = checkManifest(SOURCE, { ...CONTEXT, readUrl: (url) => (url.endsWith("icon-64.png") ? Buffer.from("GIF89a") : readRepoUrl(url)) });
    expect(notPng.join("\n")).toMatch(/icon-64\.png is not a PNG/);
  });

  it("a URL outside the hosting address of a production build", () => {
    expect(checkManifest(SOURCE, { ...CONTEXT, baseUrl: "https://addins.example.gov.uk/etiquette/" }).join("\n")).toMatch(/is not under https:\/\/addins\.example\.gov\.uk\/etiquette\//);
  });
});
