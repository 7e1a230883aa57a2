import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { defaultPolicy, parsePolicyText, type Policy } from "../policy";
import { OfficeEmulator } from "./office-emulator";
import { LABELS, Playground } from "./Playground";
import { bootRuntime } from "./runtime";
import { identitiesFromPolicy } from "./samples";

/** The council's policy as served beside the add-in (policy.json), or the one built in. */
async function servedPolicy(): Promise<Policy> {
  try {
    const response = await fetch(new URL("policy.json", document.baseURI).href, { cache: "no-cache" });
    const result = parsePolicyText(await response.text());
    if (result.ok) return result.policy;
  } catch {
    // The built-in policy will do for choosing sample people.
  }
  return defaultPolicy();
}

async function start(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const reactRoot = createRoot(root);
  try {
    const policy = await servedPolicy();
    const identities = identitiesFromPolicy(policy);
    const requested = params.get("mailbox");
    const emulator = new OfficeEmulator({
      requirementSet: requested && /^1\.1[2-5]$/.test(requested) ? requested : "1.15",
      userProfile: identities[0]?.person ?? { displayName: "Clerk", emailAddress: `clerk@${policy.council.domains[0]}` },
      labels: LABELS,
    });
    // Office is installed and the runtime script loaded before any of the add-in's code runs.
    const runtime = await bootRuntime(emulator);
    reactRoot.render(
      <FluentProvider theme={webLightTheme}>
        <Playground emulator={emulator} runtime={runtime} policy={policy} params={params} />
      </FluentProvider>,
    );
  } catch (error) {
    reactRoot.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The playground could not start</MessageBarTitle>
            {error instanceof Error ? error.message : String(error)}. Build the add-in first (npm run build), then serve the dist folder.
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

const root = document.getElementById("root");
if (root) void start(root);
