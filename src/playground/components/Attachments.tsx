import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AttachRegular, DismissRegular, DocumentRegular } from "@fluentui/react-icons";
import type { EmulatedAttachment } from "../office-emulator";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  chip: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  size: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  add: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  input: { minWidth: "12rem", flexGrow: 1 },
});

const kb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export interface AttachmentsProps {
  attachments: EmulatedAttachment[];
  onAdd(name: string): void;
  onRemove(id: string): void;
}

/** The attachments on the message: add one by its file name, remove any. */
export function Attachments({ attachments, onAdd, onRemove }: AttachmentsProps): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const add = (): void => {
    const clean = name.trim();
    if (!clean) return;
    onAdd(clean);
    setName("");
  };
  return (
    <div className={styles.root}>
      {attachments.length ? (
        <ul className={styles.list} aria-label="Attachments">
          {attachments.map((a) => (
            <li key={a.id} className={styles.chip}>
              <DocumentRegular aria-hidden />
              <span className={styles.name} title={a.name}>
                {a.name}
              </span>
              <span className={styles.size}>{kb(a.size)}</span>
              <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label={`Remove ${a.name}`} onClick={() => onRemove(a.id)} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.add}>
        <Field label="Attach a file (by name)" size="small" className={styles.input}>
          <Input
            size="small"
            value={name}
            placeholder="e.g. Minutes - 6 May 2025.pdf"
            onChange={(_, d) => setName(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button size="small" icon={<AttachRegular />} onClick={add} disabled={!name.trim()}>
          Attach
        </Button>
      </div>
    </div>
  );
}
