import type { ChangeEvent } from "react";
import { formatBytes } from "../lib/format";

export interface FilePickerProps {
  /** The input's id (its label and hint hang off it). */
  id: string;
  hintId: string;
  /** Changing it remounts the input, which clears the browser's selection. */
  inputKey: number;
  accept: string;
  label: string;
  buttonLabel: string;
  hint: string;
  /** The chosen file, once read. */
  file: { name: string; size: number } | null;
  /** "name (size)" for the chosen file. */
  selectedText(name: string, size: string): string;
  emptyText: string;
  readingText: string;
  reading: boolean;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  testIds?: { input?: string; selected?: string };
}

/**
 * A file input behind a Swedish button (the native control's own texts follow the browser's
 * language), with the chosen file's name and size, and a hint.
 */
export function FilePicker(props: FilePickerProps) {
  const { id, hintId, file } = props;
  return (
    <>
      <span id={`${id}-label`} className="field-label">
        {props.label}
      </span>
      <div className="file-picker">
        <input
          key={props.inputKey}
          id={id}
          type="file"
          className="visually-hidden file-input"
          accept={props.accept}
          aria-labelledby={`${id}-label`}
          aria-describedby={hintId}
          onChange={props.onChange}
          data-testid={props.testIds?.input}
        />
        <label htmlFor={id} className="button button-secondary file-picker-button" aria-hidden="true">
          {props.buttonLabel}
        </label>
        {file ? (
          <span className="selected-file" data-testid={props.testIds?.selected ?? "selected-file"}>
            {props.selectedText(file.name, formatBytes(file.size))}
          </span>
        ) : (
          <span className="meta file-picker-empty">{props.reading ? props.readingText : props.emptyText}</span>
        )}
      </div>
      <p id={hintId} className="meta">
        {props.hint}
      </p>
    </>
  );
}

/** A chosen file's text (UTF-8). */
export function readAsText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}
