import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, type CombinedError } from "urql";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { RegwatchSeverity, RegwatchTopicItem_RegwatchTopicFragment } from "../../gql/graphql";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { CreateRegwatchTopicMutation, DeleteRegwatchTopicMutation, RegwatchTopicsQuery, UpdateRegwatchTopicMutation } from "../../graphql/regwatch";
import { useI18n, type MessageKey } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { EmptyState, ErrorBanner, Loading } from "../Status";
import { SEVERITIES, formatIdentifier, severityLabel } from "./regwatchText";

export const RegwatchTopicItemFragment = graphql(`
  fragment RegwatchTopicItem_RegwatchTopic on RegwatchTopic {
    id
    name
    query
    identifiers
    severity
  }
`);

type Topic = RegwatchTopicItem_RegwatchTopicFragment;
type Field = "name" | "query";
const FIELDS: readonly Field[] = ["name", "query"];
const FIELD_ERRORS: Record<Field, MessageKey> = { name: "regwatch.topics.nameInvalid", query: "regwatch.topics.queryInvalid" };

export interface TopicValue {
  name: string;
  query: string;
  severity: RegwatchSeverity | null;
}

/** Adds or changes a topic: name, query (words, SFS numbers, CELEX ids), optional severity. */
function TopicForm(props: { initial?: Topic; legend: string; submitLabel: string; onSubmit(value: TopicValue): Promise<{ error?: CombinedError }>; onCancel?(): void; testId: string }) {
  const { initial, legend, submitLabel, onSubmit, onCancel, testId } = props;
  const { t } = useI18n();
  const ids = { name: useId(), query: useId(), severity: useId() };
  const refs = { name: useRef<HTMLInputElement>(null), query: useRef<HTMLInputElement>(null) };
  const [name, setName] = useState(initial?.name ?? "");
  const [query, setQuery] = useState(initial?.query ?? "");
  const [severity, setSeverity] = useState<RegwatchSeverity | "">(initial?.severity ?? "");
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  // An edit form opens with focus in it; the add form waits for the user.
  const editing = !!initial;
  const nameRef = refs.name;
  useEffect(() => {
    if (editing) nameRef.current?.focus();
  }, [editing, nameRef]);

  function show(found: Partial<Record<Field, MessageKey>>) {
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const local: Partial<Record<Field, MessageKey>> = {};
    if (!name.trim() || name.trim().length > 200) local.name = FIELD_ERRORS.name;
    if (!query.trim() || query.trim().length > 1000) local.query = FIELD_ERRORS.query;
    if (Object.keys(local).length) return show(local);
    setErrors({});
    setBusy(true);
    const result = await onSubmit({ name: name.trim(), query: query.trim(), severity: severity || null });
    setBusy(false);
    if (!result.error) {
      if (!initial) {
        setName("");
        setQuery("");
        setSeverity("");
      }
      return;
    }
    const found: Partial<Record<Field, MessageKey>> = {};
    for (const problem of inputProblems(result.error)) {
      const field = problem.path[problem.path.length - 1] as Field | undefined;
      if (field && FIELDS.includes(field)) found[field] = FIELD_ERRORS[field];
    }
    if (Object.keys(found).length) show(found);
    else setFormError(errorMessageKey(result.error));
  }

  const describedBy = (field: Field) => [`${ids[field]}-hint`, errors[field] ? `${ids[field]}-error` : ""].filter(Boolean).join(" ");

  return (
    <form className="settings-form rw-topic-form" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === "Escape" && onCancel?.()} noValidate data-testid={testId}>
      <fieldset className="form-section" disabled={busy}>
        <legend>{legend}</legend>
        {formError ? <ErrorBanner messageKey={formError} /> : null}
        <div className="form-grid rw-form-grid">
          {FIELDS.map((field) => (
            <div className={`field rw-field-${field}`} key={field}>
              <label htmlFor={ids[field]}>{t(`regwatch.topics.${field}`)}</label>
              <input
                ref={refs[field]}
                id={ids[field]}
                type="text"
                autoComplete="off"
                maxLength={field === "name" ? 200 : 1000}
                value={field === "name" ? name : query}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy(field)}
                onChange={(event) => (field === "name" ? setName : setQuery)(event.target.value)}
              />
              <p id={`${ids[field]}-hint`} className="field-hint">
                {t(`regwatch.topics.${field}Hint`)}
              </p>
              {errors[field] ? (
                <p id={`${ids[field]}-error`} className="field-error">
                  {t(errors[field])}
                </p>
              ) : null}
            </div>
          ))}
          <div className="field">
            <label htmlFor={ids.severity}>{t("regwatch.topics.severity")}</label>
            <select id={ids.severity} className="select" value={severity} aria-describedby={`${ids.severity}-hint`} onChange={(event) => setSeverity(event.target.value as RegwatchSeverity | "")}>
              <option value="">{t("regwatch.topics.severityAuto")}</option>
              {SEVERITIES.map((value) => (
                <option key={value} value={value}>
                  {severityLabel(value)}
                </option>
              ))}
            </select>
            <p id={`${ids.severity}-hint`} className="field-hint">
              {t("regwatch.topics.severityHint")}
            </p>
          </div>
        </div>
        <div className="form-actions button-row">
          <button type="submit" className="button">
            {busy ? t("regwatch.action.working") : submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t("regwatch.action.cancel")}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

function TopicItem(props: { topic: FragmentType<typeof RegwatchTopicItemFragment>; onSaved(message: string): void; onRemove(topic: Topic): void }) {
  const topic = getFragmentData(RegwatchTopicItemFragment, props.topic);
  const { onSaved, onRemove } = props;
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const [, update] = useMutation(UpdateRegwatchTopicMutation);

  const stopEditing = () => {
    setEditing(false);
    window.setTimeout(() => editRef.current?.focus(), 0);
  };
  async function save(value: TopicValue) {
    const result = await update({ input: { id: topic.id, ...value } });
    if (!result.error) {
      stopEditing();
      onSaved(t("regwatch.topics.saved", { name: value.name }));
    }
    return result;
  }

  return (
    <li className="card rw-topic" data-testid="regwatch-topic" data-id={topic.id}>
      {editing ? (
        <TopicForm initial={topic} legend={t("regwatch.topics.editLegend", { name: topic.name })} submitLabel={t("regwatch.topics.save")} onSubmit={save} onCancel={stopEditing} testId="regwatch-topic-edit-form" />
      ) : (
        <>
          <div className="rw-item-head">
            <h3 className="card-title">{topic.name}</h3>
            <span className="badge rw-badge">{topic.severity ? t("regwatch.topics.severityFixed", { severity: severityLabel(topic.severity) }) : t("regwatch.topics.severityAutoShort")}</span>
          </div>
          <dl className="facts rw-facts">
            <div>
              <dt>{t("regwatch.topics.query")}</dt>
              <dd>
                <code className="rw-query">{topic.query}</code>
              </dd>
            </div>
            {topic.identifiers.length ? (
              <div>
                <dt>{t("regwatch.topics.identifiers")}</dt>
                <dd>{topic.identifiers.map((id) => formatIdentifier(id, /^\d{4}:\d+$/.test(id) ? "SFS" : "CELEX")).join(", ")}</dd>
              </div>
            ) : null}
          </dl>
          <div className="button-row">
            <button ref={editRef} type="button" className="button button-secondary" aria-label={t("regwatch.topics.editNamed", { name: topic.name })} onClick={() => setEditing(true)}>
              {t("regwatch.topics.edit")}
            </button>
            <button type="button" className="button button-danger-secondary" aria-label={t("regwatch.topics.removeNamed", { name: topic.name })} onClick={() => onRemove(topic)}>
              {t("regwatch.topics.remove")}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** Bevakningar (admins): the topics alerts are matched against; add, change, remove. */
export function TopicsSection() {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegwatchTopicsQuery });
  const [, create] = useMutation(CreateRegwatchTopicMutation);
  const [, remove] = useMutation(DeleteRegwatchTopicMutation);
  const [confirming, setConfirming] = useState<Topic | null>(null);
  const [removeError, setRemoveError] = useState<MessageKey | null>(null);
  const [message, setMessage] = useState("");

  async function add(value: TopicValue) {
    setMessage("");
    const result = await create({ input: value });
    if (!result.error) {
      refetch({ requestPolicy: "network-only" });
      setMessage(t("regwatch.topics.added", { name: value.name }));
    }
    return result;
  }

  async function confirmRemove() {
    const topic = confirming;
    setConfirming(null);
    if (!topic) return;
    setRemoveError(null);
    const result = await remove({ input: { id: topic.id } });
    if (result.error) {
      setRemoveError(errorMessageKey(result.error));
      return;
    }
    refetch({ requestPolicy: "network-only" });
    setMessage(t("regwatch.topics.removed", { name: topic.name }));
    // Its buttons are gone: focus stays in the section.
    headingRef.current?.focus();
  }

  let list;
  if (!data && fetching) list = <Loading label={t("regwatch.topics.loading")} />;
  else if (!data) list = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else if (data.regwatchTopics.length === 0) list = <EmptyState messageKey="regwatch.topics.empty" />;
  else
    list = (
      <ul className="card-list rw-topic-list" data-testid="regwatch-topic-list">
        {data.regwatchTopics.map((topic) => (
          <TopicItem key={topic.id} topic={topic} onSaved={setMessage} onRemove={setConfirming} />
        ))}
      </ul>
    );

  return (
    <section className="panel settings-panel" aria-labelledby="rw-topics-title" data-testid="regwatch-topics">
      <div className="panel-header">
        <h2 id="rw-topics-title" ref={headingRef} tabIndex={-1}>
          {t("regwatch.topics.title")}
        </h2>
      </div>
      <p className="meta">{t("regwatch.topics.intro")}</p>
      <p className={message ? "success-message" : "visually-hidden"} role="status" data-testid="regwatch-topics-status">
        {message}
      </p>
      {removeError ? <ErrorBanner messageKey={removeError} /> : null}
      {list}
      <TopicForm legend={t("regwatch.topics.addLegend")} submitLabel={t("regwatch.topics.add")} onSubmit={add} testId="regwatch-topic-form" />
      <ConfirmDialog
        open={confirming !== null}
        title={t("regwatch.topics.confirm.title")}
        body={t("regwatch.topics.confirm.body", { name: confirming?.name ?? "" })}
        confirmLabel={t("regwatch.topics.confirm.confirm")}
        cancelLabel={t("regwatch.action.cancel")}
        danger
        onConfirm={() => void confirmRemove()}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
