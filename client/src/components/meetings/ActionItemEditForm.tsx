import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, type CombinedError } from "urql";
import { AssignActionItemMutation, CreateActionItemMutation, OwnerCandidatesQuery, UpdateActionItemMutation } from "../../graphql/meetings";
import { useI18n, type MessageKey } from "../../i18n";
import { fieldProblems } from "../../lib/useFieldProblems";
import { InlineError, SaveCancel } from "../FormParts";

export interface ActionItemValues {
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}

const FIELDS = ["title", "ownerId", "dueDate"] as const;

/**
 * An action item's title, owner and due date: corrects an extracted item (the person's version
 * is kept through re-extraction) or writes a new one for a meeting.
 */
export function ActionItemEditForm(props: {
  /** The item to correct; without it, a new item of `meetingId`. */
  item?: { id: string } & ActionItemValues;
  meetingId?: string;
  onDone(saved?: { id: string; title: string; before?: ActionItemValues }): void;
}) {
  const { item, meetingId, onDone } = props;
  const { t } = useI18n();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [{ data: owners }] = useQuery({ query: OwnerCandidatesQuery });
  const [values, setValues] = useState<ActionItemValues>({ title: item?.title ?? "", ownerId: item?.ownerId ?? null, dueDate: item?.dueDate ?? null });
  const [error, setError] = useState<CombinedError | null>(null);
  const [titleMissing, setTitleMissing] = useState(false);
  const [updateState, update] = useMutation(UpdateActionItemMutation);
  const [assignState, assign] = useMutation(AssignActionItemMutation);
  const [createState, create] = useMutation(CreateActionItemMutation);
  const saving = updateState.fetching || assignState.fetching || createState.fetching;
  const problems = fieldProblems(error, FIELDS);

  useEffect(() => titleRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const title = values.title.trim();
    if (!title) {
      setTitleMissing(true);
      titleRef.current?.focus();
      return;
    }
    setTitleMissing(false);
    if (!item) {
      const result = await create({ input: { meetingId: meetingId ?? "", title, ownerId: values.ownerId, dueDate: values.dueDate } });
      if (result.error) return setError(result.error);
      const created = result.data?.createActionItem.actionItem;
      return onDone(created ? { id: created.id, title } : undefined);
    }
    const before = { title: item.title, ownerId: item.ownerId, dueDate: item.dueDate };
    if (title !== item.title || values.dueDate !== item.dueDate) {
      const result = await update({ input: { id: item.id, title, dueDate: values.dueDate } });
      if (result.error) return setError(result.error);
    }
    if (values.ownerId !== item.ownerId) {
      const result = await assign({ input: { id: item.id, ownerId: values.ownerId } });
      if (result.error) return setError(result.error);
    }
    onDone({ id: item.id, title, before });
  }

  const problemKey: Record<(typeof FIELDS)[number], MessageKey> = {
    title: "actionItemForm.problem.title",
    ownerId: "actionItemForm.problem.owner",
    dueDate: "actionItemForm.problem.dueDate",
  };
  const problem = (field: (typeof FIELDS)[number]) =>
    problems.has(field) || (field === "title" && titleMissing) ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {t(problemKey[field])}
      </p>
    ) : null;
  const invalid = (field: (typeof FIELDS)[number]) =>
    problems.has(field) || (field === "title" && titleMissing) ? { "aria-invalid": "true" as const, "aria-describedby": `${id}-${field}-error` } : {};

  return (
    <form className="action-item-form" onSubmit={submit} noValidate data-testid="action-item-form">
      <fieldset className="plain-fieldset" disabled={saving}>
        <legend className="visually-hidden">{item ? t("actionItemForm.editLegend", { title: item.title }) : t("actionItemForm.newLegend")}</legend>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t("actionItemForm.title")}</label>
          <input id={`${id}-title`} ref={titleRef} value={values.title} maxLength={500} onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} {...invalid("title")} />
          {problem("title")}
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t("actionItemForm.owner")}</label>
            <select id={`${id}-owner`} value={values.ownerId ?? ""} onChange={(e) => setValues((v) => ({ ...v, ownerId: e.target.value || null }))} {...invalid("ownerId")}>
              <option value="">{t("actionItem.noOwner")}</option>
              {(owners?.assignableUsers ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            {problem("ownerId")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t("actionItemForm.dueDate")}</label>
            <input id={`${id}-due`} type="date" value={values.dueDate ?? ""} onChange={(e) => setValues((v) => ({ ...v, dueDate: e.target.value || null }))} {...invalid("dueDate")} />
            {problem("dueDate")}
          </div>
        </div>
        <InlineError error={problems.has("other") || problems.size === 0 ? error : null} />
        <SaveCancel saving={saving} label={item ? t("actionItemForm.save") : t("actionItemForm.create")} onCancel={() => onDone()} />
      </fieldset>
    </form>
  );
}
