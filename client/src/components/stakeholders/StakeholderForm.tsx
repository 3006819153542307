import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { graphql } from "../../gql";
import { useAnnounce } from "../LiveAnnouncer";
import { ErrorBanner } from "../Status";
import { inputProblems } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";

const CreateStakeholderMutation = graphql(`
  mutation CreateStakeholder($input: CreateStakeholderInput!) {
    createStakeholder(input: $input) {
      stakeholder {
        id
        ...StakeholderCard_Stakeholder
        ...StakeholderContact_Stakeholder
      }
    }
  }
`);

const UpdateStakeholderMutation = graphql(`
  mutation UpdateStakeholder($input: UpdateStakeholderInput!) {
    updateStakeholder(input: $input) {
      stakeholder {
        id
        ...StakeholderCard_Stakeholder
        ...StakeholderContact_Stakeholder
      }
    }
  }
`);

const TEXT_FIELDS = ["name", "title", "organization", "email", "phone"] as const;
const SCALE_FIELDS = ["influence", "interest"] as const;
type FieldName = (typeof TEXT_FIELDS)[number] | (typeof SCALE_FIELDS)[number] | "notes";
const FIELD_NAMES: readonly string[] = [...TEXT_FIELDS, ...SCALE_FIELDS, "notes"];

export interface StakeholderValues {
  id?: string;
  name?: string | null;
  title?: string | null;
  organization?: string | null;
  email?: string | null;
  phone?: string | null;
  influence?: number | null;
  interest?: number | null;
  notes?: string | null;
}

type FormState = Record<FieldName, string>;

function toFormState(values: StakeholderValues | undefined): FormState {
  return {
    name: values?.name ?? "",
    title: values?.title ?? "",
    organization: values?.organization ?? "",
    email: values?.email ?? "",
    phone: values?.phone ?? "",
    influence: values?.influence != null ? String(values.influence) : "",
    interest: values?.interest != null ? String(values.interest) : "",
    notes: values?.notes ?? "",
  };
}

/** The field each BAD_USER_INPUT problem belongs to (path ["input", field]); unknown paths go to "other". */
function problemsByField(error: CombinedError | undefined): Map<FieldName | "other", MessageKey> {
  const map = new Map<FieldName | "other", MessageKey>();
  for (const problem of inputProblems(error)) {
    const field = problem.path[1];
    if (field && FIELD_NAMES.includes(field)) {
      map.set(field as FieldName, `stakeholders.problem.${field as FieldName}`);
    } else {
      map.set("other", "stakeholders.problem.other");
    }
  }
  return map;
}

export interface StakeholderFormProps {
  mode: "create" | "edit";
  initial?: StakeholderValues;
  heading: string;
  /** Called after a successful save (with the saved name) or on cancel (without). */
  onDone(savedName?: string): void;
}

export function StakeholderForm({ mode, initial, heading, onDone }: StakeholderFormProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormState>(() => toFormState(initial));
  const [createState, create] = useMutation(CreateStakeholderMutation);
  const [updateState, update] = useMutation(UpdateStakeholderMutation);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const saving = createState.fetching || updateState.fetching;
  const problems = problemsByField(error);
  const hasFieldProblems = problems.size > 0;

  const set = (field: FieldName) => (value: string) => setValues((prev) => ({ ...prev, [field]: value }));
  const fieldId = (field: FieldName) => `${baseId}-${field}`;
  const errorId = (field: FieldName) => `${baseId}-${field}-error`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const text = (value: string) => (value.trim() === "" ? null : value.trim());
    const scale = (value: string) => (value === "" ? null : Number(value));
    const fields = {
      title: text(values.title),
      organization: text(values.organization),
      email: text(values.email),
      phone: text(values.phone),
      influence: scale(values.influence),
      interest: scale(values.interest),
      notes: text(values.notes),
    };
    const name = values.name.trim();
    const result =
      mode === "create"
        ? await create({ input: { name, ...fields } })
        : await update({ input: { id: initial?.id ?? "", name, ...fields } });
    if (result.error) {
      setError(result.error);
      // Move to the first field with a problem, or stay on the form for a general error.
      window.setTimeout(() => {
        const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
        invalid?.focus();
      }, 0);
      return;
    }
    announce(t(mode === "create" ? "stakeholders.created" : "stakeholders.updated", { name }));
    onDone(name);
  }

  function renderProblem(field: FieldName) {
    const key = problems.get(field);
    return key ? (
      <p className="field-error" id={errorId(field)}>
        {t(key)}
      </p>
    ) : null;
  }

  function inputProps(field: FieldName) {
    const invalid = problems.has(field);
    return {
      id: fieldId(field),
      name: field,
      value: values[field],
      "aria-invalid": invalid ? ("true" as const) : undefined,
      "aria-describedby": invalid ? errorId(field) : undefined,
    };
  }

  const textLabels: Record<(typeof TEXT_FIELDS)[number], MessageKey> = {
    name: "stakeholders.field.name",
    title: "stakeholders.field.title",
    organization: "stakeholders.field.organization",
    email: "stakeholders.field.email",
    phone: "stakeholders.field.phone",
  };
  const inputTypes: Record<(typeof TEXT_FIELDS)[number], string> = {
    name: "text",
    title: "text",
    organization: "text",
    email: "email",
    phone: "tel",
  };

  return (
    <form
      ref={formRef}
      className="stakeholder-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${baseId}-heading`}
      data-testid={mode === "create" ? "stakeholder-create-form" : "stakeholder-edit-form"}
    >
      <h3 id={`${baseId}-heading`}>{heading}</h3>
      {error && !hasFieldProblems ? <ErrorBanner error={error} /> : null}
      {problems.has("other") ? <p className="field-error">{t("stakeholders.problem.other")}</p> : null}
      <fieldset className="plain-fieldset" disabled={saving}>
        <div className="form-grid">
          {TEXT_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={fieldId(field)}>{t(textLabels[field])}</label>
              <input
                {...inputProps(field)}
                type={inputTypes[field]}
                required={field === "name"}
                autoComplete="off"
                onChange={(event) => set(field)(event.target.value)}
              />
              {renderProblem(field)}
            </div>
          ))}
          {SCALE_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={fieldId(field)}>{t(`stakeholders.field.${field}`)}</label>
              <select {...inputProps(field)} onChange={(event) => set(field)(event.target.value)}>
                <option value="">{t("stakeholders.field.unset")}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
              {renderProblem(field)}
            </div>
          ))}
        </div>
        <div className="field stakeholder-notes-field">
          <label htmlFor={fieldId("notes")}>{t("stakeholders.field.notes")}</label>
          <textarea {...inputProps("notes")} rows={3} onChange={(event) => set("notes")(event.target.value)} />
          {renderProblem("notes")}
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {saving ? t("stakeholders.saving") : mode === "create" ? t("stakeholders.create") : t("stakeholders.save")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone()}>
            {t("stakeholders.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
