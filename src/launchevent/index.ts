/**
 * The event-based activation file: the one script classic Outlook on Windows loads on its own
 * (no DOM, no imports, ES2016), and that launchevent.html loads after Office.js elsewhere.
 * Handlers are registered at the top level: in classic Outlook `Office.onReady` does not run
 * before a handler is called.
 */
import { currentHost } from "../outlook/office";
import { loadPolicy, roamingPolicyCache, type FetchLike } from "../outlook/policy-source";
import { hostTimers } from "./completion";
import { HANDLER_NAMES } from "./names";
import { createComposeHandler } from "./on-compose";
import { createSendHandler } from "./on-send";

const timers = hostTimers();
const policyUrl = typeof __ETIQUETTE_BASE_URL__ === "string" && __ETIQUETTE_BASE_URL__ ? `${__ETIQUETTE_BASE_URL__}policy.json` : undefined;
const fetchPolicy: FetchLike | undefined =
  typeof fetch === "function" ? (url, init) => fetch(url, init as RequestInit) : undefined;
const log = (message: string): void => {
  if (typeof console !== "undefined" && console.log) console.log(message);
};

const policyLoader = (timeoutMs: number) => (host: ReturnType<typeof currentHost>) =>
  loadPolicy({ url: policyUrl, fetch: fetchPolicy, timeoutMs, timers, cache: roamingPolicyCache(host.roamingSettings) });

export const onNewMessageComposeHandler = createComposeHandler({ host: currentHost, timers, loadPolicy: policyLoader(2_000), log });
/** At Send the policy normally comes from sessionData; a fetch, if needed, gets one second. */
export const onMessageSendHandler = createSendHandler({ host: currentHost, timers, loadPolicy: policyLoader(1_000), log });

if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
  Office.actions.associate(HANDLER_NAMES.compose, onNewMessageComposeHandler);
  Office.actions.associate(HANDLER_NAMES.send, onMessageSendHandler);
}
