/**
 * Text and number fields that commit on Enter or when left, so that typing a word or a number is one edit
 * of the notebook, not one per key.
 */
import { Field, Input } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import type { Language } from "../../../functions/excel/language";
import { NOTEBOOK_STRINGS } from "./notebook-strings";
import { numberText, parseNumber } from "./view-helpers";

/**
 * A draft of a field's text that is committed on Enter or when the field is left, so that typing a word is
 * one edit to undo, not one per letter. Escape puts the committed text back. `data-dirty` tells the view's
 * Ctrl+Z to leave the browser's own text undo alone while there is a draft.
 */
function useDraft(committed: string, commit: (draft: string) => string | undefined) {
  const [draft, setDraft] = useState(committed);
  const [shown, setShown] = useState(committed);
  if (shown !== committed) {
    setShown(committed);
    setDraft(committed);
  }
  const dirty = draft !== committed;
  const save = () => {
    if (!dirty) return;
    const settled = commit(draft);
    if (settled !== undefined) setDraft(settled);
  };
  return {
    value: draft,
    "data-dirty": dirty ? "true" : undefined,
    onChange: (_: unknown, data: { value: string }) => setDraft(data.value),
    onBlur: save,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "Enter") save();
      else if (event.key === "Escape" && dirty) {
        event.preventDefault();
        setDraft(committed);
      }
    },
  };
}

export interface TextFieldProps {
  /** The visible label, if any. */
  readonly label?: string;
  /** The accessible name, when it says more than the label (e.g. which action). */
  readonly name?: string;
  readonly value: string;
  /** Takes the text; returning `false` refuses it and puts the committed text back. */
  readonly onCommit: (value: string) => unknown;
  readonly placeholder?: string;
  readonly type?: "text" | "date";
  readonly autoFocus?: boolean;
}

export function TextField({
  label,
  name,
  value,
  onCommit,
  placeholder,
  type = "text",
  autoFocus,
}: TextFieldProps) {
  const draft = useDraft(value, (text) => (onCommit(text) === false ? value : text));
  return (
    <Field label={label}>
      <Input {...draft} type={type} aria-label={name} placeholder={placeholder} autoFocus={autoFocus} />
    </Field>
  );
}

export interface NumberFieldProps {
  readonly label: string;
  readonly name?: string;
  readonly value: number | null;
  /** The number typed, or `null` when the field was emptied. */
  readonly onCommit: (value: number | null) => void;
  readonly language: Language;
  readonly placeholder?: string;
}

export function NumberField({ label, name, value, onCommit, language, placeholder }: NumberFieldProps) {
  const draft = useDraft(numberText(value, language), (text) => {
    const parsed = parseNumber(text, language);
    if (parsed === "invalid") return undefined;
    onCommit(parsed);
    return numberText(parsed, language);
  });
  const invalid = parseNumber(draft.value, language) === "invalid";
  return (
    <Field
      label={label}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? NOTEBOOK_STRINGS[language].notANumber : undefined}
    >
      <Input {...draft} inputMode="decimal" aria-label={name} placeholder={placeholder} />
    </Field>
  );
}
