import { baseUrlOf, parseManifest, type ManifestInfo } from "./manifest";
import type { OfficeEmulator } from "./office-emulator";

/**
 * Starting the add-in as Outlook on the web would: read the manifest, install `Office`, and load
 * the event runtime's script — the very file the manifest names, as built — so that it registers
 * its handlers with `Office.actions.associate`.
 */

export interface RuntimeState {
  manifest: ManifestInfo;
  /** Where the manifest says the add-in lives (e.g. https://localhost:3000/). */
  addinBase: string | null;
  /** The runtime script, as loaded here. */
  scriptUrl: string | null;
  scriptBytes: number | null;
  /** Handlers the manifest names that the script did not register. */
  missing: string[];
  error: string | null;
}

/**
 * Map an address at the add-in's hosting address to the same file here. The manifest and the
 * on-send file carry the build's address (https://localhost:3000/ in development); the
 * playground may run on another port or host, and serves the same files.
 */
export function localUrl(url: string, addinBase: string | null, pageBase: string): string {
  if (addinBase && url.startsWith(addinBase)) return new URL(url.slice(addinBase.length), pageBase).href;
  return url;
}

/** Install the emulator as the global `Office` (the add-in's code reads it as a free name). */
export function installOffice(emulator: OfficeEmulator): void {
  (window as unknown as { Office: unknown }).Office = emulator.office;
}

/** Requests for the add-in's own address go to this page's server instead (see {@link localUrl}). */
function redirectFetch(emulator: OfficeEmulator, addinBase: string | null, pageBase: string): void {
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const mapped = localUrl(url, addinBase, pageBase);
    if (mapped !== url) emulator.record("outlook", "fetch", `${url} (served here as ${new URL(mapped).pathname})`, "info");
    return original(mapped === url ? input : mapped, init);
  };
}

/** The add-in logs with console.log("Etiquette: …"): show those lines in the activity log too. */
function mirrorLogs(emulator: OfficeEmulator): void {
  const original = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    original(...args);
    const first = args[0];
    if (typeof first === "string" && first.startsWith("Etiquette:")) emulator.record("add-in", "log", first.slice(10).trim(), "warning");
  };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.appendChild(script);
  });
}

/** Read the manifest, install Office, load the runtime script, and report what registered. */
export async function bootRuntime(emulator: OfficeEmulator, pageBase: string = document.baseURI): Promise<RuntimeState> {
  const response = await fetch(new URL("manifest.xml", pageBase).href, { cache: "no-cache" });
  if (!response.ok) throw new Error(`manifest.xml could not be fetched (${response.status})`);
  const manifest = parseManifest(await response.text());
  emulator.extendedPermissions = manifest.extendedPermissions;
  const addinBase = baseUrlOf(manifest) ?? null;
  installOffice(emulator);
  redirectFetch(emulator, addinBase, pageBase);
  mirrorLogs(emulator);

  const state: RuntimeState = { manifest, addinBase, scriptUrl: null, scriptBytes: null, missing: [], error: null };
  if (!manifest.runtimeJsUrl) {
    state.error = 'The manifest names no JavaScript runtime (<Override type="javascript">).';
    return state;
  }
  const scriptUrl = localUrl(manifest.runtimeJsUrl, addinBase, pageBase);
  state.scriptUrl = scriptUrl;
  try {
    await loadScript(scriptUrl);
    const timing = performance.getEntriesByName(scriptUrl)[0] as PerformanceResourceTiming | undefined;
    if (timing && timing.decodedBodySize) state.scriptBytes = timing.decodedBodySize;
    emulator.record(
      "outlook",
      "event runtime loaded",
      `${new URL(scriptUrl).pathname}${state.scriptBytes ? ` (${Math.round(state.scriptBytes / 1024)} KB)` : ""}`,
      "ok",
    );
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
    emulator.record("outlook", "event runtime", state.error, "failed");
  }
  state.missing = manifest.launchEvents.map((e) => e.functionName).filter((name) => name && !emulator.handlers.has(name));
  for (const name of state.missing) emulator.record("outlook", "event runtime", `${name} was never registered with Office.actions.associate`, "failed");
  return state;
}
