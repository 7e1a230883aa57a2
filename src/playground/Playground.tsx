import * as React from "react";
import {
  Button,
  Checkbox,
  makeStaticStyles,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowForwardRegular, ArrowReplyAllRegular, ArrowReplyRegular, ComposeRegular } from "@fluentui/react-icons";
import type { Policy } from "../policy/schema";
import { openCompose, sampleRequest, type ComposeRequest } from "./compose-flow";
import { handlerFor } from "./manifest";
import { MAILBOX_SETS, type OfficeEmulator } from "./office-emulator";
import type { RuntimeState } from "./runtime";
import { SAMPLES, identitiesFromPolicy, inbox, type ComposeAction, type Sample } from "./samples";
import { deliver, openPaneWithContext, runSend, type SendOutcome, type SentMessage, type SmartAlert } from "./send";
import { ActivityLog } from "./components/ActivityLog";
import { ComposeWindow } from "./components/ComposeWindow";
import { SentView } from "./components/SentView";
import { SmartAlertDialog } from "./components/SmartAlertDialog";
import { TaskPane } from "./components/TaskPane";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  banner: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  lede: { margin: 0, fontSize: tokens.fontSizeBase300, maxWidth: "72rem" },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  groupLabel: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  workspace: {
    display: "flex",
    alignItems: "stretch",
    flexGrow: 1,
    minHeight: "640px",
    margin: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    overflow: "hidden",
    boxShadow: tokens.shadow8,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 899px)": { flexDirection: "column", margin: tokens.spacingHorizontalS },
  },
  main: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  centre: { display: "flex", alignItems: "center", justifyContent: "center", flexGrow: 1, padding: tokens.spacingHorizontalXXL },
  below: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}` },
  details: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    "& summary": { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0, wordBreak: "break-word" },
  },
});

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

/** UK government classifications, as a council's Purview labels might name them. */
export const LABELS = [
  { id: "6f1c7e1a-2f4b-4c55-9a0e-1d3c2b4a5e01", name: "OFFICIAL", tooltip: "Routine council business" },
  { id: "9b2d4c6e-8a1f-4e3b-b7c5-2e4f6a8c0d02", name: "OFFICIAL-SENSITIVE", tooltip: "Personal or commercially sensitive information" },
];

type Phase =
  { kind: "compose" } | { kind: "sending"; slow: boolean } | { kind: "alert"; alert: SmartAlert } | { kind: "sent"; message: SentMessage; note: string | null };

export interface PlaygroundProps {
  emulator: OfficeEmulator;
  runtime: RuntimeState;
  policy: Policy;
  /** From the address bar: ?sample=clean&mailbox=1.14&compose=off&pane=320 */
  params: URLSearchParams;
}

const PANE_WIDTHS = [320, 400, 480];

/** The playground: samples and settings above, the compose window and the task pane side by side. */
export function Playground({ emulator, runtime, policy, params }: PlaygroundProps): React.JSX.Element {
  useGlobalStyles();
  const styles = useStyles();
  const [, refresh] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => emulator.subscribe(refresh), [emulator]);

  const identities = React.useMemo(() => identitiesFromPolicy(policy), [policy]);
  const mails = React.useMemo(() => inbox(identities), [identities]);
  const manifest = runtime.manifest;
  const paneLabel = manifest.composeControls[0]?.label || "Add-in";
  const sendMode = handlerFor(manifest, "OnMessageSend")?.sendMode ?? "SoftBlock";

  const [phase, setPhase] = React.useState<Phase>({ kind: "compose" });
  const [preparing, setPreparing] = React.useState(false);
  const [runComposeHandler, setRunComposeHandler] = React.useState(params.get("compose") !== "off");
  const [paneOpen, setPaneOpen] = React.useState(params.get("pane") !== "closed");
  const [paneWidth, setPaneWidth] = React.useState(() => {
    const w = Number(params.get("pane"));
    return PANE_WIDTHS.includes(w) ? w : 320;
  });
  const [paneLaunch, setPaneLaunch] = React.useState(0);
  const [fromId, setFromId] = React.useState(identities[0]?.id ?? "");
  const [mailId, setMailId] = React.useState(mails[0]?.id ?? "");
  const [announcement, setAnnouncement] = React.useState("");
  const opening = React.useRef(0);

  const open = React.useCallback(
    async (request: ComposeRequest, what: string) => {
      const mine = ++opening.current;
      setPhase({ kind: "compose" });
      setPreparing(true);
      try {
        await openCompose(emulator, manifest, request, { runComposeHandler });
      } finally {
        if (mine === opening.current) {
          setPreparing(false);
          setPaneLaunch((n) => n + 1);
          setAnnouncement(`${what} ready.`);
        }
      }
    },
    [emulator, manifest, runComposeHandler],
  );

  const openSample = React.useCallback(
    (sample: Sample) => void open(sampleRequest(sample, identities, mails), `Sample “${sample.title}”`),
    [open, identities, mails],
  );

  const openAction = (action: ComposeAction): void => {
    const identity = identities.find((i) => i.id === fromId) ?? identities[0];
    const original = action === "new" ? undefined : mails.find((m) => m.id === mailId);
    void open({ identity, action, original }, action === "new" ? "New message" : "Draft");
  };

  // The first message: a sample from the address bar, or a blank new message.
  const started = React.useRef(false);
  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    const sample = SAMPLES.find((s) => s.id === params.get("sample"));
    if (sample) openSample(sample);
    else void open({ identity: identities[0], action: "new" }, "New message");
  }, [identities, open, openSample, params]);

  const finish = (outcome: SendOutcome): void => {
    if (outcome.kind === "sent") {
      setPhase({ kind: "sent", message: outcome.message, note: outcome.note });
      setAnnouncement("Message sent.");
    } else if (outcome.kind === "alert") {
      setPhase({ kind: "alert", alert: outcome.alert });
    } else {
      setPhase({ kind: "compose" });
      setAnnouncement(outcome.reason);
    }
  };

  const send = async (): Promise<void> => {
    setPhase({ kind: "sending", slow: false });
    const outcome = await runSend(emulator, manifest, { onSlow: () => setPhase({ kind: "sending", slow: true }) });
    finish(outcome);
  };

  const item = emulator.item;
  const requirementSet = emulator.requirementSet;

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <h1 className={styles.title}>{manifest.displayName}: playground</h1>
        <p className={styles.lede}>
          An Outlook compose window with the real add-in: its task pane, and its on-send check loaded from{" "}
          {runtime.scriptUrl ? new URL(runtime.scriptUrl).pathname.slice(1) : "the build"} exactly as Outlook loads it. Outlook itself is emulated in this page;
          nothing is sent anywhere.
        </p>
      </header>

      <div className={styles.controls}>
        <div className={styles.group} role="group" aria-labelledby="samples-label">
          <h2 id="samples-label" className={styles.groupLabel}>
            Load a sample draft
          </h2>
          <div className={styles.buttons}>
            {SAMPLES.map((s) => (
              <Button key={s.id} size="small" onClick={() => openSample(s)} title={s.description} data-sample={s.id}>
                {s.title}
              </Button>
            ))}
          </div>
        </div>
        <div className={styles.group} role="group" aria-labelledby="write-label">
          <h2 id="write-label" className={styles.groupLabel}>
            Write your own
          </h2>
          <div className={styles.buttons}>
            <Select size="small" aria-label="Write as" value={fromId} onChange={(_, d) => setFromId(d.value)}>
              {identities.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.person.displayName} ({i.role === "councillor" ? "councillor" : (i.jobTitle ?? "officer")})
                </option>
              ))}
            </Select>
            <Button size="small" icon={<ComposeRegular />} onClick={() => openAction("new")}>
              New message
            </Button>
            <Select size="small" aria-label="Message in your inbox" value={mailId} onChange={(_, d) => setMailId(d.value)}>
              {mails.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.from.displayName}: {m.subject}
                </option>
              ))}
            </Select>
            <Button size="small" icon={<ArrowReplyRegular />} onClick={() => openAction("reply")}>
              Reply
            </Button>
            <Button size="small" icon={<ArrowReplyAllRegular />} onClick={() => openAction("replyAll")}>
              Reply all
            </Button>
            <Button size="small" icon={<ArrowForwardRegular />} onClick={() => openAction("forward")}>
              Forward
            </Button>
          </div>
        </div>
        <div className={styles.group} role="group" aria-labelledby="outlook-label">
          <h2 id="outlook-label" className={styles.groupLabel}>
            Emulated Outlook
          </h2>
          <div className={styles.buttons}>
            <Field label="Mailbox requirement set" size="small">
              <Select
                size="small"
                value={requirementSet}
                onChange={(_, d) => {
                  emulator.requirementSet = d.value;
                  emulator.record("you", "requirement set", `Mailbox ${d.value}`, "info");
                  setPaneLaunch((n) => n + 1);
                }}
              >
                {MAILBOX_SETS.filter((v) => Number(v.split(".")[1]) >= 12).map((v) => (
                  <option key={v} value={v}>
                    {v}
                    {v === "1.15" ? " (current)" : ""}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Task pane width" size="small">
              <Select size="small" value={String(paneWidth)} onChange={(_, d) => setPaneWidth(Number(d.value))}>
                {PANE_WIDTHS.map((w) => (
                  <option key={w} value={w}>
                    {w} px
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox
              label="Run OnNewMessageCompose for new drafts"
              checked={runComposeHandler}
              onChange={(_, d) => setRunComposeHandler(d.checked === true)}
            />
          </div>
        </div>
      </div>

      {runtime.error || runtime.missing.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The add-in's event runtime did not start properly</MessageBarTitle>
            {runtime.error ?? ""} {runtime.missing.length ? `Not registered: ${runtime.missing.join(", ")}.` : ""} Outlook would treat the add-in as
            unavailable.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.workspace}>
        <div className={styles.main}>
          {phase.kind === "sent" ? (
            <SentView message={phase.message} note={phase.note} onNew={() => openAction("new")} />
          ) : item ? (
            <ComposeWindow
              key={item.conversationId}
              item={item}
              identities={identities}
              labels={LABELS}
              showLabels={emulator.supports("1.13")}
              paneLabel={paneLabel}
              paneOpen={paneOpen}
              preparing={preparing}
              sending={phase.kind === "sending"}
              slow={phase.kind === "sending" && phase.slow}
              onSend={() => void send()}
              onDiscard={() => {
                emulator.record("you", "discarded the draft", "", "info");
                openAction("new");
              }}
              onTogglePane={() => setPaneOpen((o) => !o)}
            />
          ) : (
            <div className={styles.centre}>
              <Spinner label="Opening a new message…" />
            </div>
          )}
        </div>
        {item && paneOpen && phase.kind !== "sent" && !preparing ? (
          <TaskPane key={`${item.conversationId}-${paneLaunch}-${requirementSet}`} title={paneLabel} width={paneWidth} onClose={() => setPaneOpen(false)} />
        ) : null}
      </div>

      <div className={styles.below}>
        <details className={styles.details}>
          <summary>What Outlook loaded</summary>
          <dl className={styles.facts}>
            <dt>Add-in</dt>
            <dd>
              {manifest.displayName} {manifest.version}, permissions {manifest.permissions}
              {manifest.extendedPermissions.length ? `, ${manifest.extendedPermissions.join(", ")}` : ""}
            </dd>
            <dt>Hosted at</dt>
            <dd>{runtime.addinBase ?? "unknown"} (served here from this page's address)</dd>
            <dt>Event runtime</dt>
            <dd>
              {runtime.scriptUrl ?? "none"}
              {runtime.scriptBytes ? `, ${Math.round(runtime.scriptBytes / 1024)} KB` : ""}
            </dd>
            {manifest.launchEvents.map((e) => (
              <React.Fragment key={e.type}>
                <dt>{e.type}</dt>
                <dd>
                  {e.functionName}
                  {e.sendMode ? `, send mode ${e.sendMode}` : ""}
                  {emulator.handlers.has(e.functionName) ? " (registered)" : " (not registered)"}
                </dd>
              </React.Fragment>
            ))}
            <dt>Send mode</dt>
            <dd>{sendMode}</dd>
            <dt>Policy</dt>
            <dd>
              {policy.council.name}, version {policy.version}
            </dd>
          </dl>
        </details>
        <details className={styles.details} open={params.has("activity")}>
          <summary>Activity: every Office.js call, newest first</summary>
          <ActivityLog entries={emulator.activity} />
        </details>
      </div>

      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>

      {phase.kind === "alert" ? (
        <SmartAlertDialog
          alert={phase.alert}
          onSendAnyway={() => {
            if (!emulator.item) return;
            emulator.record("you", "Send Anyway", "", "info");
            setPhase({
              kind: "sent",
              message: deliver(emulator, emulator.item),
              note: "You chose Send Anyway: the add-in warned about this message, and it went as it was.",
            });
          }}
          onTakeAction={() => {
            const action = phase.alert.takeAction;
            setPhase({ kind: "compose" });
            if (!action || !action.known) return;
            setPaneOpen(true);
            if (openPaneWithContext(emulator, action.contextData)) setPaneLaunch((n) => n + 1);
          }}
          onDontSend={() => {
            emulator.record("you", "Don't Send", "", "info");
            setPhase({ kind: "compose" });
          }}
        />
      ) : null}
    </div>
  );
}
