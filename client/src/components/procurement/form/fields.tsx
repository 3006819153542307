import type { ReactNode } from "react";
import { fieldDomId, reformatAmount, type ProcurementForm } from "../../../lib/procurementForm";

/** Problems per field key (already translated). */
export type ProblemMap = ReadonlyMap<string, readonly string[]>;

export interface A11yProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

function errorId(field: string): string {
  return `${fieldDomId(field)}-error`;
}

export function a11y(field: string, problems: ProblemMap, hintId?: string): A11yProps {
  const invalid = (problems.get(field)?.length ?? 0) > 0;
  const describedBy = [hintId, invalid ? errorId(field) : undefined].filter(Boolean).join(" ");
  return { id: fieldDomId(field), "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
}

/** The field's problems, under it, named by its aria-describedby. */
export function FieldError({ field, problems }: { field: string; problems: ProblemMap }) {
  const list = problems.get(field);
  if (!list || list.length === 0) return null;
  return (
    <p className="field-error" id={errorId(field)} data-testid="field-error" data-field={field}>
      {list.join(" ")}
    </p>
  );
}

interface FieldProps {
  field: string;
  label: string;
  hint?: string;
  problems: ProblemMap;
  className?: string;
  children: (props: A11yProps) => ReactNode;
}

/** A labelled control with its hint and its problems, wired up with aria-describedby. */
export function Field({ field, label, hint, problems, className, children }: FieldProps) {
  const hintId = hint ? `${fieldDomId(field)}-hint` : undefined;
  const props = a11y(field, problems, hintId);
  return (
    <div className={`field${className ? ` ${className}` : ""}${props["aria-invalid"] ? " has-error" : ""}`}>
      <label htmlFor={props.id}>{label}</label>
      {children(props)}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} problems={problems} />
    </div>
  );
}

/** A checkbox with its label after it. */
export function Checkbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="checkbox">
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

interface AmountInputProps extends A11yProps {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  className?: string;
}

/** SEK amount: free typing, sv-SE grouping ("30 000 000") when the field is left. */
export function AmountInput({ value, onChange, label, className, ...rest }: AmountInputProps) {
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={`input-amount${className ? ` ${className}` : ""}`}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        const formatted = reformatAmount(e.target.value);
        if (formatted !== e.target.value) onChange(formatted);
      }}
    />
  );
}

/** What every part of the form gets: the form, a way to change it, and the problems per field. */
export interface FormSectionProps {
  form: ProcurementForm;
  setForm: (update: (form: ProcurementForm) => ProcurementForm) => void;
  problems: ProblemMap;
}
