import * as React from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { assessReceived, checkDraft, type Finding, type Fix, type ReceivedTrust, type Verdict } from "../engine";
import { decodeAlertContext, type AlertContext } from "../outlook/context-data";
import type { PaneAdapter, PolicyState } from "./adapter";
import { AttachmentList } from "./components/AttachmentList";
import { FindingCard } from "./components/FindingCard";
import { PaneHeader } from "./components/PaneHeader";
import { PolicyNotice } from "./components/PolicyNotice";
import { Summary } from "./components/Summary";
import { fixDone } from "./format";
import { themeFor } from "./theme";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  footer: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface AppProps {
  adapter: PaneAdapter;
  /** How often to re-check while the pane is visible: body edits raise no event (ms). */
  pollMs?: number;
}

const keyOf = (f: Pick<Finding, "ruleId" | "messageId">): string => `${f.ruleId}/${f.messageId}`;
const sameVerdict = (a: Verdict | null, b: Verdict): boolean => a !== null && JSON.stringify(a) === JSON.stringify(b);
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The task pane: the policy in force, the findings with their fixes, or attachment trust. */
export function App({ adapter, pollMs = 1500 }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [policy, setPolicy] = React.useState<PolicyState | null>(null);
  const [verdict, setVerdict] = React.useState<Verdict | null>(null);
  const [trust, setTrust] = React.useState<ReceivedTrust | null>(null);
  const [alert, setAlert] = React.useState<AlertContext | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const sequence = React.useRef(0);

  React.useEffect(() => {
    let live = true;
    adapter
      .loadPolicy()
      .then((state) => live && setPolicy(state))
      .catch((e: unknown) => live && setError(`The council's policy could not be loaded: ${describe(e)}`));
    adapter
      .initialContext()
      .then((context) => live && setAlert(decodeAlertContext(context)))
      .catch(() => undefined);
    const off = adapter.onContextChanged?.((context) => live && setAlert(decodeAlertContext(context)));
    return () => {
      live = false;
      off?.();
    };
  }, [adapter]);

  const check = React.useCallback(async (): Promise<void> => {
    if (!policy) return;
    const mine = ++sequence.current;
    try {
      if (adapter.mode === "compose") {
        const draft = await adapter.readDraft();
        const next = checkDraft(draft, policy.policy);
        if (mine === sequence.current) setVerdict((previous) => (sameVerdict(previous, next) ? previous : next));
      } else {
        const message = await adapter.readMessage();
        if (mine === sequence.current) setTrust(assessReceived(message, policy.policy));
      }
      if (mine === sequence.current) setError(null);
    } catch (e) {
      if (mine === sequence.current) setError(`The message could not be read: ${describe(e)}`);
    }
  }, [adapter, policy]);

  React.useEffect(() => {
    void check();
    return adapter.onItemChanged(() => void check());
  }, [adapter, check]);

  React.useEffect(() => {
    if (adapter.mode !== "compose" || !policy) return;
    const timer = setInterval(() => {
      if (typeof document === "undefined" || document.visibilityState !== "hidden") void check();
    }, pollMs);
    return () => clearInterval(timer);
  }, [adapter, check, policy, pollMs]);

  const onFix = React.useCallback(
    async (fix: Fix): Promise<void> => {
      setBusy(true);
      setNotice(null);
      try {
        await adapter.applyFix(fix);
        setNotice(fixDone(fix));
        await check();
      } catch (e) {
        setError(`That change could not be made: ${describe(e)}. Your message has not been changed.`);
      } finally {
        setBusy(false);
      }
    },
    [adapter, check],
  );

  const stopped = new Set((alert?.findings ?? []).map(keyOf));
  const findings = verdict ? [...verdict.findings].sort((a, b) => Number(stopped.has(keyOf(b))) - Number(stopped.has(keyOf(a)))) : [];

  return (
    <FluentProvider theme={themeFor(adapter.theme)}>
      <main className={styles.root}>
        {policy ? (
          <PaneHeader
            council={policy.policy.council.name}
            policyTitle={policy.policy.document.title}
            version={policy.policy.version}
            role={verdict?.role}
          />
        ) : error ? null : (
          <Spinner size="small" label="Loading the council's policy…" />
        )}
        {policy ? <PolicyNotice state={policy} /> : null}
        {error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        ) : null}
        {notice ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {adapter.mode === "compose" && verdict ? (
          <>
            {alert && alert.action !== "pass" && stopped.size > 0 ? (
              <MessageBar intent={alert.action === "block" ? "error" : "warning"} layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Outlook stopped your message</MessageBarTitle>
                  {findings.some((f) => stopped.has(keyOf(f)))
                    ? "The findings marked “Stopped your send” are why. Fix them, then press Send again."
                    : "What stopped it has been fixed. You can press Send again."}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <Summary verdict={verdict} />
            {findings.length ? (
              <section aria-labelledby="findings-heading" className={styles.list}>
                <h2 id="findings-heading" className={styles.heading}>
                  What the policy says about this message
                </h2>
                {findings.map((f, i) => (
                  <FindingCard key={`${keyOf(f)}-${i}`} finding={f} stoppedSend={stopped.has(keyOf(f))} onFix={onFix} busy={busy} />
                ))}
              </section>
            ) : null}
            <div className={styles.footer}>
              <Button appearance="secondary" size="small" onClick={() => void check()} disabled={busy}>
                Check again
              </Button>
            </div>
          </>
        ) : null}
        {adapter.mode === "read" && trust ? <AttachmentList trust={trust} /> : null}
      </main>
    </FluentProvider>
  );
}
