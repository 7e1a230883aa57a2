import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Person } from "../office-emulator";
import { formatRecipients, parseRecipients } from "../recipients";

export interface RecipientFieldProps {
  label: string;
  people: Person[];
  onChange(people: Person[]): void;
  className?: string;
}

/**
 * A recipient line (To, Cc, Bcc): addresses separated by semicolons, committed when you leave the
 * field or press Enter — when Outlook would resolve them and raise RecipientsChanged.
 */
export function RecipientField({ label, people, onChange, className }: RecipientFieldProps): React.JSX.Element {
  const shown = formatRecipients(people);
  const [text, setText] = React.useState(shown);
  const [invalid, setInvalid] = React.useState<string[]>([]);
  // When the add-in changes the field (a fix), show its new value.
  React.useEffect(() => setText(shown), [shown]);

  const commit = (): void => {
    const parsed = parseRecipients(text);
    setInvalid(parsed.invalid);
    if (formatRecipients(parsed.people) !== shown) onChange(parsed.people);
    if (!parsed.invalid.length) setText(formatRecipients(parsed.people));
  };

  return (
    <Field
      label={label}
      orientation="horizontal"
      className={className}
      validationState={invalid.length ? "error" : "none"}
      validationMessage={invalid.length ? `Not an email address: ${invalid.join("; ")}` : undefined}
    >
      <Input
        appearance="underline"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
        autoComplete="off"
        spellCheck={false}
        data-field={label.toLowerCase()}
      />
    </Field>
  );
}
